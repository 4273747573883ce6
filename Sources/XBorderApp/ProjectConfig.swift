import Foundation
import XBorderCore
import XBorderYAML
import Yams

/// The project configuration file `.xborder.yml`, found at the scan root. Command-line flags override it.
///
/// Every key is optional; an unknown key is an error so that a typo cannot silently change a scan.
public struct ProjectConfig: Sendable, Equatable {
  /// Extra rule-pack folders, resolved against the config file's folder.
  public var ruleDirectories: [String] = []
  /// Rule ids to switch off.
  public var disabledRules: [String] = []
  public var include: [String] = []
  public var exclude: [String] = []
  /// A preset name (`pipl`, `gdpr`) or a policy file path.
  public var policy: String?
  public var failOn: FailThreshold?
  public var minConfidence: Confidence?
  public var maxFileSize: Int?
  public var maxFindingsPerFile: Int?
  /// Report folder, resolved against the config file's folder.
  public var output: String?
  public var formats: [String]?
  public var followSymlinks: Bool?
  /// File holding the fingerprint key, resolved against the config file's folder.
  public var fingerprintKeyFile: String?
  /// CSV of `CIDR,COUNTRY` lines placing public IP literals, resolved against the config file's folder.
  public var ipRegionsFile: String?
  /// Gate overrides (`gate: {entities: {email: none}, rules: {pii.cn.mobile: warning}}`).
  public var gateEntities: [Entity: FailThreshold] = [:]
  public var gateRules: [String: FailThreshold] = [:]
  /// Baseline file, resolved against the config file's folder.
  public var baselineFile: String?
  /// Inline `xborder:allow` comments must give a reason to suppress.
  public var requireReason: Bool?

  /// The file name looked for at the scan root.
  public static let fileName = ".xborder.yml"

  static let knownKeys: Set<String> = [
    "rules", "disable", "include", "exclude", "policy", "fail_on", "min_confidence", "max_file_size", "output",
    "formats", "follow_symlinks", "fingerprint_key_file", "ip_regions", "max_findings_per_file", "gate", "baseline",
    "require_reason",
  ]

  public init() {}

  /// Reads and checks the config at `path`; relative paths inside it are resolved against its folder.
  public static func load(path: String) throws(XBorderError) -> ProjectConfig {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw XBorderError(.config, "\(path): cannot read the config file: \(error.localizedDescription)")
    }
    return try parse(text, origin: path, baseDirectory: (path as NSString).deletingLastPathComponent)
  }

  /// Parses config text; `origin` names the file in messages.
  public static func parse(_ text: String, origin: String, baseDirectory: String) throws(XBorderError) -> ProjectConfig {
    let root: Any?
    do {
      root = try YAMLGuard.load(text)
    } catch {
      throw XBorderError(.config, "\(origin): not valid YAML: \(error)", hint: "check indentation and quoting")
    }
    guard let root else { return ProjectConfig() }
    guard let map = root as? [String: Any] else {
      throw XBorderError(.config, "\(origin): the top level must be a mapping of keys to values")
    }
    let unknown = Set(map.keys).subtracting(knownKeys).sorted()
    guard unknown.isEmpty else {
      throw XBorderError(
        .config, "\(origin): unknown key(s): \(unknown.joined(separator: ", "))",
        hint: "known keys: \(knownKeys.sorted().joined(separator: ", "))")
    }
    var reader = ConfigReader(map: map, origin: origin, baseDirectory: baseDirectory)
    return try reader.read()
  }
}

/// Reads typed values out of the decoded YAML map, with messages naming the key.
private struct ConfigReader {
  let map: [String: Any]
  let origin: String
  let baseDirectory: String

  mutating func read() throws(XBorderError) -> ProjectConfig {
    var config = ProjectConfig()
    config.ruleDirectories = try strings("rules").map(resolve)
    config.disabledRules = try strings("disable")
    config.include = try strings("include")
    config.exclude = try strings("exclude")
    config.policy = try string("policy").map { $0.contains("/") || $0.hasSuffix(".yaml") ? resolve($0) : $0 }
    config.failOn = try enumValue("fail_on", FailThreshold.self)
    config.minConfidence = try enumValue("min_confidence", Confidence.self)
    config.maxFileSize = try string("max_file_size").map { (raw) throws(XBorderError) in
      guard let bytes = ByteSize.parse(raw) else {
        throw XBorderError(.config, "\(origin): max_file_size '\(raw)' is not a size", hint: "write e.g. 104857600, 100MiB or 1GiB")
      }
      return bytes
    }
    config.maxFindingsPerFile = try count("max_findings_per_file")
    config.output = try string("output").map(resolve)
    config.formats = map["formats"] == nil ? nil : try strings("formats")
    config.followSymlinks = try bool("follow_symlinks")
    config.fingerprintKeyFile = try string("fingerprint_key_file").map(resolve)
    config.ipRegionsFile = try string("ip_regions").map(resolve)
    config.baselineFile = try string("baseline").map(resolve)
    config.requireReason = try bool("require_reason")
    try readGate(into: &config)
    return config
  }

  /// `gate: {fail_on: LEVEL, entities: {ENTITY: LEVEL}, rules: {RULE-ID: LEVEL}}`; `gate.fail_on` is the
  /// same setting as the top-level `fail_on`, so giving both is an error.
  private func readGate(into config: inout ProjectConfig) throws(XBorderError) {
    guard let raw = map["gate"] else { return }
    guard let gate = raw as? [String: Any] else {
      throw XBorderError(.config, "\(origin): 'gate' must be a mapping", hint: Self.gateExample)
    }
    let unknown = Set(gate.keys).subtracting(["fail_on", "entities", "rules"]).sorted()
    guard unknown.isEmpty else {
      throw XBorderError(
        .config, "\(origin): unknown key(s) under 'gate': \(unknown.joined(separator: ", "))", hint: Self.gateExample)
    }
    if gate["fail_on"] != nil {
      guard config.failOn == nil else {
        throw XBorderError(.config, "\(origin): both 'fail_on' and 'gate.fail_on' are set", hint: "keep one of them")
      }
      config.failOn = try threshold(gate["fail_on"], key: "gate.fail_on")
    }
    for (name, value) in try mapping(gate["entities"], key: "gate.entities") {
      guard let entity = Entity(rawValue: name) else {
        throw XBorderError(
          .config, "\(origin): gate.entities: unknown entity '\(name)'",
          hint: "entities: \(Entity.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      config.gateEntities[entity] = try threshold(value, key: "gate.entities.\(name)")
    }
    for (rule, value) in try mapping(gate["rules"], key: "gate.rules") {
      config.gateRules[rule] = try threshold(value, key: "gate.rules.\(rule)")
    }
  }

  private static let gateExample =
    "e.g. gate: {fail_on: error, entities: {email: none}, rules: {pii.cn.mobile: warning}}"

  private func mapping(_ value: Any?, key: String) throws(XBorderError) -> [String: Any] {
    guard let value else { return [:] }
    guard let map = value as? [String: Any] else {
      throw XBorderError(.config, "\(origin): '\(key)' must be a mapping", hint: Self.gateExample)
    }
    return map
  }

  private func threshold(_ value: Any?, key: String) throws(XBorderError) -> FailThreshold {
    // YAML reads a bare `none` as a string, but `no`/`off` would be booleans: ask for the names.
    guard let raw = value as? String, let threshold = FailThreshold(rawValue: raw) else {
      throw XBorderError(
        .config, "\(origin): '\(key)' is '\(value.map { "\($0)" } ?? "")'",
        hint: "use one of: \(FailThreshold.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return threshold
  }

  private func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
  }

  private func string(_ key: String) throws(XBorderError) -> String? {
    guard let value = map[key] else { return nil }
    if let text = value as? String { return text }
    if let number = value as? Int { return String(number) }
    throw XBorderError(.config, "\(origin): '\(key)' must be a string")
  }

  private func strings(_ key: String) throws(XBorderError) -> [String] {
    guard let value = map[key] else { return [] }
    if let single = value as? String { return [single] }
    guard let list = value as? [Any], let texts = list as? [String] else {
      throw XBorderError(.config, "\(origin): '\(key)' must be a list of strings")
    }
    return texts
  }

  private func count(_ key: String) throws(XBorderError) -> Int? {
    guard let value = map[key] else { return nil }
    guard let number = value as? Int, number >= 0 else {
      throw XBorderError(.config, "\(origin): '\(key)' must be a whole number, 0 or more")
    }
    return number
  }

  private func bool(_ key: String) throws(XBorderError) -> Bool? {
    guard let value = map[key] else { return nil }
    guard let flag = value as? Bool else { throw XBorderError(.config, "\(origin): '\(key)' must be true or false") }
    return flag
  }

  private func enumValue<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(XBorderError) -> T?
  where T.RawValue == String {
    guard let raw = try string(key) else { return nil }
    guard let value = T(rawValue: raw) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw XBorderError(.config, "\(origin): '\(key)' is '\(raw)'", hint: "use one of: \(allowed)")
    }
    return value
  }
}

/// Sizes written as bytes or with a unit: `1048576`, `512KiB`, `100MiB`, `1GiB` (also KB/MB/GB as powers of 1024).
public enum ByteSize {
  public static func parse(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.prefix { $0.isNumber }
    guard let number = Int(digits) else { return nil }
    let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
    let multipliers: [String: Int] = [
      "": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
      "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
    ]
    guard let multiplier = multipliers[unit] else { return nil }
    return number * multiplier
  }
}
