import Foundation
import XBorderCore
import XBorderRules

/// Gathers rule-pack texts: the shipped packs, then every `*.yaml`/`*.yml` in the user's folders.
public enum RuleSources {
  /// The packs compiled into the binary (`rules/packs/` at build time).
  public static var builtin: [RuleCatalog.Source] {
    BuiltinFile.files(under: "rules/packs/").map { RuleCatalog.Source(origin: "builtin:\($0.path)", text: $0.text) }
  }

  /// Reads the packs of one folder (or one pack file), sorted by name.
  public static func read(directory: String) throws(XBorderError) -> [RuleCatalog.Source] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw XBorderError(.config, "rule folder '\(directory)' does not exist", hint: "check the --rules path or 'rules:' in .xborder.yml")
    }
    let files: [String]
    if isDirectory.boolValue {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        .map { (directory as NSString).appendingPathComponent($0) }
    } else {
      files = [directory]
    }
    return try files.map { (path) throws(XBorderError) in
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        throw XBorderError(.config, "\(path): cannot read the rule pack (missing, unreadable or not UTF-8)")
      }
      return RuleCatalog.Source(origin: path, text: text)
    }
  }

  /// Builtin packs plus every folder's packs, compiled; `disabled` ids are left out.
  public static func loadCatalog(directories: [String], disabled: Set<String>, includeBuiltin: Bool = true)
    throws(XBorderError) -> RuleCatalog
  {
    var sources = includeBuiltin ? builtin : []
    for directory in directories { sources += try read(directory: directory) }
    return try RuleCatalog.load(sources, disabling: disabled)
  }
}
