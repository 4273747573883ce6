import Foundation
import Testing
import XBorderTestSupport

/// A file with more findings than the per-file cap, and a `.csv.gz`, end to end through the CLI.
@Suite(.serialized) struct LargeFileEndToEndTests {
  static func phoneTable(rows: Int) -> String {
    "order_no,收件人电话\n" + (0..<rows).map { "ORD\($0),139\(String(format: "%08d", 12_340_000 + $0))\n" }.joined()
  }

  @Test func findingsOverTheCapAreCountedInEveryReportAndFailTheGate() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/orders.csv", Self.phoneTable(rows: 1_500))
    let output = try CommandRunner.run(
      ["scan", "data", "--output", "out", "--max-findings-per-file", "100", "--fail-on", "warning"], in: directory.path)
    #expect(output.exitCode == 1)
    #expect(output.stdout.contains("Findings: 1500"), "\(output.stdout)")
    #expect(output.stdout.contains("1400 of them beyond the cap of 100"))

    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.url.appendingPathComponent("out/xborder.json")))
    let document = try #require(json as? [String: Any])
    let findings = try #require(document["findings"] as? [Any])
    let overflow = try #require(document["overflow"] as? [[String: Any]])
    let gate = try #require(document["gate"] as? [String: Any])
    #expect(findings.count == 100)
    #expect(overflow.first?["count"] as? Int == 1_400)
    #expect(overflow.first?["context"] as? String == #"column "收件人电话""#)
    #expect(gate["failingFindings"] as? Int == 1_500)

    let markdown = try String(contentsOf: directory.url.appendingPathComponent("out/xborder.md"), encoding: .utf8)
    #expect(markdown.contains("## Occurrences beyond the per-file cap"))
    #expect(markdown.contains("1,400"))
    let sarif = try String(contentsOf: directory.url.appendingPathComponent("out/xborder.sarif"), encoding: .utf8)
    #expect(sarif.contains("beyond the per-file cap"))
    for report in ["xborder.json", "xborder.md", "xborder.sarif"] {
      let text = try String(contentsOf: directory.url.appendingPathComponent("out/" + report), encoding: .utf8)
      #expect(!text.contains("13912340500"), "\(report) holds a full value")
    }
    let check = try CommandRunner.python([
      RepositoryPaths.root.appendingPathComponent("scripts/validate-sarif.py").path, "--json-schema",
      RepositoryPaths.root.appendingPathComponent("reports/schemas/xborder-report.schema.json").path,
      directory.path + "/out/xborder.json",
    ])
    #expect(check.exitCode == 0, "\(check.output)")
  }

  @Test func csvGzIsScannedWithColumnContext() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/orders.csv", Self.phoneTable(rows: 20))
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-n", directory.path + "/data/orders.csv"]
    try gzip.run()
    gzip.waitUntilExit()
    try #require(gzip.terminationStatus == 0)
    let output = try CommandRunner.run(
      ["scan", "data", "--output", "out", "--format", "json", "--fail-on", "warning"], in: directory.path)
    #expect(output.exitCode == 1, "\(output.stderr)")
    let text = try String(contentsOf: directory.url.appendingPathComponent("out/xborder.json"), encoding: .utf8)
    #expect(text.contains(#""path" : "orders.csv.gz!\/orders.csv""#) || text.contains(#""path" : "orders.csv.gz!/orders.csv""#))
    #expect(text.contains(#"column \"收件人电话\""#))
  }
}
