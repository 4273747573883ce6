import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

@Suite("JSON reporter")
struct JSONReporterTests {
  let document: JSONTree

  init() throws {
    document = try JSONTree(JSONReporter().render(CanonicalReport.report))
  }

  @Test("Top-level keys are the documented ones, schemaVersion 1")
  func topLevel() {
    #expect(
      document.keys == [
        "assessment", "checklist", "columns", "coverage", "findingCapPerFile", "findings", "gate", "invocation",
        "notifications", "overflow", "policy", "population", "rules", "schemaVersion", "summary", "tool",
      ])
    #expect(document["schemaVersion"]?.int == 1)
  }

  @Test("Summary counts every level and confidence, and every rule that ran")
  func summary() {
    let summary = document["summary"]
    #expect(summary?["totalFindings"]?.int == 8)
    #expect(summary?["activeFindings"]?.int == 6)
    #expect(summary?["suppressedFindings"]?.int == 2)
    #expect(summary?["byLevel"]?.keys == ["error", "note", "warning"])
    #expect(summary?["byLevel"]?["error"]?.int == 2)
    #expect(summary?["byConfidence"]?["low"]?.int == 0)
    #expect(summary?["byEntity"]?["cn_resident_id"]?.int == 2)
    #expect(summary?["byRule"]?.keys == CanonicalReport.rules.map(\.id).sorted())
  }

  @Test("Findings are flat and keep report order; context only when known")
  func findings() throws {
    let findings = document["findings"]?.array ?? []
    #expect(findings.map { $0["maskedValue"]?.string } == CanonicalReport.findings.map(\.maskedValue))
    let first = try #require(findings.first)
    #expect(first["path"]?.string == "data/客户 名单.csv")
    #expect(first["context"]?.string == #"column "身份证号""#)
    #expect(findings.last?["context"] == nil)
  }

  @Test("Invocation times are UTC ISO 8601 with a duration")
  func invocation() {
    #expect(document["invocation"]?["startTime"]?.string == "2025-01-15T08:30:00Z")
    #expect(document["invocation"]?["durationMs"]?.int == 2_500)
  }
}
