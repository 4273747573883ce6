import Foundation
import Testing
import XBorderApp
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// examples/EXPECTED.tsv lists exactly what the shipped rules find in examples/ at confidence ≥ medium.
///
/// This scans each file with `FileScanner` directly (no file walker, no CLI), so it checks the rules
/// and the planted data; the end-to-end test of `xborder scan examples/` checks the rest.
@Suite("Bundled examples")
struct ExamplesDirectoryTests {
  struct Expected: Hashable, Comparable, CustomStringConvertible {
    var path: String
    var line: Int
    var ruleId: String
    var description: String { "\(path)\t\(line)\t\(ruleId)" }
    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.path, lhs.line, lhs.ruleId) < (rhs.path, rhs.line, rhs.ruleId) }
  }

  /// Every regular file under examples/, hidden ones included, as paths relative to examples/.
  static func exampleFiles() throws -> [String] {
    let root = RepositoryFiles.examplesDirectory.resolvingSymlinksInPath()
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    else { return [] }
    var paths: [String] = []
    for case let url as URL in enumerator
    where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
      let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
      paths.append(String(relative))
    }
    return paths.sorted()
  }

  static func expected() throws -> [Expected] {
    let url = RepositoryFiles.examplesDirectory.appendingPathComponent("EXPECTED.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    #expect(lines.first == "path\tline\trule_id", "EXPECTED.tsv starts with its header")
    lines.removeFirst()
    return try lines.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      try #require(fields.count == 3, "bad EXPECTED.tsv line: \(line)")
      return Expected(path: fields[0], line: try #require(Int(fields[1])), ruleId: fields[2])
    }
  }

  @Test func expectedFileIsSortedAndUnique() throws {
    let rows = try Self.expected()
    #expect(rows == rows.sorted())
    #expect(Set(rows).count == rows.count)
  }

  @Test func everyPlantedFindingIsFoundAndNothingElse() throws {
    let catalog = try RepositoryFiles.catalog.get()
    let scanner = FileScanner(
      rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("examples".utf8)),
      classifiers: StandardClassifiers.make(policy: try PolicyLoader.preset("pipl")))
    var found: [Expected] = []
    var details: [Expected: String] = [:]
    let files = try Self.exampleFiles()
    for expectedFile in ["orders.csv", "events.jsonl", "config/app.yaml", ".env", "README.md", "EXPECTED.tsv"] {
      #expect(files.contains(expectedFile), "examples/\(expectedFile) is missing")
    }
    for path in files {
      let bytes = Array(try Data(contentsOf: RepositoryFiles.examplesDirectory.appendingPathComponent(path)))
      let result = bytes.withUnsafeBufferPointer { scanner.scan($0, path: path) }
      #expect(result.notifications.isEmpty, "\(path): \(result.notifications)")
      for finding in result.findings where finding.confidence >= .medium {
        let row = Expected(path: path, line: finding.location.line, ruleId: finding.ruleId)
        found.append(row)
        let reasons = finding.reasons.joined(separator: ", ")
        details[row] = "\(finding.maskedValue) [\(finding.confidence.rawValue): \(reasons)]"
      }
    }
    let expected = try Self.expected()
    #expect(Set(found).count == found.count, "one finding per (path, line, rule) is planted; got duplicates")
    for row in Set(found).subtracting(expected).sorted() {
      Issue.record("unexpected finding \(row): \(details[row] ?? "")")
    }
    for row in Set(expected).subtracting(found).sorted() {
      Issue.record("planted finding not found: \(row)")
    }
  }

  @Test func ruleTextsDoNotQuoteSampleValues() throws {
    // Reports carry each rule's description and help; a planted value quoted there would show up whole
    // in every report (the end-to-end test forbids that). Same token shapes as that test.
    let pattern = try NSRegularExpression(
      pattern: #"[0-9Xx][0-9 \-Xx]{9,}[0-9Xx]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#)
    var tokens = Set<String>()
    for path in try Self.exampleFiles() where !path.hasSuffix(".md") && !path.hasSuffix(".tsv") {
      let url = RepositoryFiles.examplesDirectory.appendingPathComponent(path)
      let text = try String(contentsOf: url, encoding: .utf8)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        guard let range = Range(match.range, in: text) else { continue }
        let token = String(text[range])
        if token.filter(\.isNumber).count >= 11 || token.contains("@") { tokens.insert(token) }
      }
    }
    #expect(!tokens.isEmpty)
    for rule in try RepositoryFiles.catalog.get().rules {
      let texts = rule.descriptor.name + "\n" + rule.descriptor.description + "\n" + rule.descriptor.help
      for token in tokens.sorted() where texts.contains(token) {
        Issue.record("\(rule.id): description or help quotes the sample value \(token)")
      }
    }
  }

  @Test func readmeListsEveryPlantedFinding() throws {
    let readme = try String(
      contentsOf: RepositoryFiles.examplesDirectory.appendingPathComponent("README.md"), encoding: .utf8)
    for row in try Self.expected() {
      let cell = "| `\(row.path)` | \(row.line) | `\(row.ruleId)` |"
      #expect(readme.contains(cell), "README.md has no table row starting \(cell)")
    }
  }
}
