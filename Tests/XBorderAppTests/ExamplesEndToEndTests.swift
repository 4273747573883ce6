import Foundation
import Testing
import XBorderApp
import XBorderCore
import XBorderTestSupport

/// `xborder scan examples/` must find every planted item of the sample and nothing else.
@Suite struct ExamplesEndToEndTests {
  struct Expected: Hashable, CustomStringConvertible {
    var path: String
    var line: Int
    var ruleId: String
    var description: String { "\(path):\(line) \(ruleId)" }
  }

  static func expected() throws -> Set<Expected> {
    let text = try String(contentsOf: RepositoryPaths.examples.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)
    return Set(
      text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("path\t") }.compactMap { line in
        let fields = line.split(separator: "\t").map(String.init)
        guard fields.count >= 3, let number = Int(fields[1]) else { return nil }
        return Expected(path: fields[0], line: number, ruleId: fields[2])
      })
  }

  static func scanExamples(output: String) throws -> ScanRun {
    var options = ScanOptions()
    options.paths = [RepositoryPaths.examples.path]
    options.output = output
    let pipeline = ScanPipeline(environment: ["XBORDER_FINGERPRINT_KEY": "test-key"], currentDirectory: output)
    return try pipeline.run(options)
  }

  @Test func findsExactlyThePlantedItems() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let run = try Self.scanExamples(output: directory.path)
    let found = Set(run.report.findings.map { Expected(path: $0.location.path, line: $0.location.line, ruleId: $0.ruleId) })
    let expected = try Self.expected()
    #expect(!expected.isEmpty)
    #expect(found.subtracting(expected).isEmpty, "unexpected findings: \(found.subtracting(expected).sorted { $0.description < $1.description })")
    #expect(expected.subtracting(found).isEmpty, "missed: \(expected.subtracting(found).sorted { $0.description < $1.description })")
    #expect(run.report.coverage.skipped.isEmpty)
  }

  @Test func reportsNeverContainAPlantedValue() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let run = try Self.scanExamples(output: directory.path)
    let files = try ReportWriter.write(run.report, formats: ["sarif", "markdown", "json"], to: directory.path)
    #expect(files.count == 3)
    let reports = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: "\n")
    for value in try Self.sensitiveTokens() {
      #expect(!reports.contains(value), "a report contains the full value \(value.prefix(3))…")
    }
  }

  /// Every long digit run and every e-mail address on the sample's planted lines: none may appear whole
  /// in a report.
  static func sensitiveTokens() throws -> Set<String> {
    let pattern = try NSRegularExpression(
      pattern: #"[0-9Xx+][0-9 \-Xx]{9,}[0-9Xx]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#)
    var tokens = Set<String>()
    for planted in try expected() {
      let url = RepositoryPaths.examples.appendingPathComponent(planted.path)
      let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      let text = String(lines[planted.line - 1])
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        guard let range = Range(match.range, in: text) else { continue }
        let token = String(text[range]).trimmingCharacters(in: .whitespaces)
        if token.filter(\.isNumber).count >= 11 || token.contains("@") { tokens.insert(token) }
      }
    }
    #expect(!tokens.isEmpty)
    return tokens
  }

  @Test func outputDoesNotDependOnTheNumberOfWorkers() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var reports: [ScanReport] = []
    for jobs in [1, 2, 4] {
      var options = ScanOptions()
      options.paths = [RepositoryPaths.examples.path]
      options.output = directory.path
      options.jobs = jobs
      let pipeline = ScanPipeline(environment: ["XBORDER_FINGERPRINT_KEY": "k"], currentDirectory: directory.path)
      reports.append(try pipeline.run(options).report)
    }
    #expect(reports[0].findings == reports[1].findings && reports[1].findings == reports[2].findings)
    #expect(reports[0].coverage == reports[2].coverage)
  }

  @Test func markdownShowsCoverage() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let run = try Self.scanExamples(output: directory.path)
    let files = try ReportWriter.write(run.report, formats: ["markdown"], to: directory.path)
    let markdown = try String(contentsOfFile: files[0], encoding: .utf8)
    #expect(markdown.contains("Coverage"))
    #expect(markdown.contains("orders.csv"))
  }
}
