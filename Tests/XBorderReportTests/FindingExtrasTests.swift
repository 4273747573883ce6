import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

/// Classifier properties, suppressions and custom messages in SARIF and JSON.
@Suite("Properties, suppressions and messages")
struct FindingExtrasTests {
  let sarifResults: [JSONTree]
  let jsonFindings: [JSONTree]

  init() throws {
    let log = try JSONTree(SARIFReporter().render(CanonicalReport.report))
    sarifResults = log["runs"]?[0]?["results"]?.array ?? []
    jsonFindings = try JSONTree(JSONReporter().render(CanonicalReport.report))["findings"]?.array ?? []
  }

  /// The only canonical finding in `path` whose value is `value` (the first one when `value` is nil).
  private func sarifResult(at path: String, value: String? = nil) throws -> JSONTree {
    try #require(
      sarifResults.first { result in
        let location = result["locations"]?[0]?["physicalLocation"]
        return location?["artifactLocation"]?["uri"]?.string == path
          && (value == nil || location?["region"]?["snippet"]?["text"]?.string == value)
      })
  }

  private func jsonFinding(at path: String, value: String? = nil) throws -> JSONTree {
    try #require(
      jsonFindings.first {
        $0["path"]?.string == path && (value == nil || $0["maskedValue"]?.string == value)
      })
  }

  private let hongKong = "oss-cn-hongkong.aliyuncs.com"

  @Test("SARIF: classifier properties sit in the result's bag under their own names")
  func sarifProperties() throws {
    let properties = try sarifResult(at: "web/analytics.ts")["properties"]
    #expect(properties?["country"]?.string == "US")
    #expect(properties?["provider"]?.string == "Mixpanel")
    #expect(properties?["destination"]?.string == "api.mixpanel.com")
    #expect(properties?["policy"]?.string == "pipl")
    #expect(properties?["entity"]?.string == "foreign_destination")
    #expect(properties?["confidence"]?.string == "high")
  }

  @Test("SARIF: a fact named like one of ours is renamed, never replaces it, and the log stays valid")
  func sarifReservedNames() throws {
    var report = CanonicalReport.report
    report.findings[0].properties = ["entity": "spoof", "tags": "x", "reasons": "y", "country": "US"]
    let data = try SARIFReporter().render(report)
    let properties = try JSONTree(data)["runs"]?[0]?["results"]?[0]?["properties"]
    #expect(properties?["entity"]?.string == "cn_resident_id")
    #expect(properties?["reasons"]?.array.count == 2)
    #expect(properties?["tags"] == nil)
    #expect(properties?["classifier.entity"]?.string == "spoof")
    #expect(properties?["classifier.tags"]?.string == "x")
    #expect(properties?["country"]?.string == "US")
    let outcome = try SchemaValidation.validate(data, fileName: "reserved.sarif")
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test("SARIF: suppressions carry kind, accepted status, justification and source; active results have none")
  func sarifSuppressions() throws {
    let suppressions = try sarifResult(at: "src/upload.swift", value: hongKong)["suppressions"]?.array ?? []
    #expect(suppressions.count == 1)
    let external = try #require(suppressions.first)
    #expect(external["kind"]?.string == "external")
    #expect(external["status"]?.string == "accepted")
    #expect(external["justification"]?.string == "standard contract filed 2026-03-01 with HK processor")
    #expect(external["properties"]?["source"]?.string == "policy pipl: allow[0]")
    let inSource = try sarifResult(at: "tests/fixtures/users.json")["suppressions"]?[0]
    #expect(inSource?["kind"]?.string == "inSource")
    #expect(try sarifResult(at: "web/analytics.ts")["suppressions"] == nil)
    let suppressedCount = sarifResults.filter { $0["suppressions"] != nil }.count
    #expect(suppressedCount == CanonicalReport.findings.filter(\.isSuppressed).count)
  }

  @Test("SARIF: identical suppressions are written once (the schema wants them unique)")
  func sarifDuplicateSuppressions() {
    var finding = CanonicalReport.findings[0]
    finding.suppressions = [CanonicalReport.contractException, CanonicalReport.contractException]
    #expect(SARIFResultBuilder.suppressions(finding)?.count == 1)
  }

  @Test("SARIF: a custom message replaces the default text")
  func sarifMessage() throws {
    let text = try sarifResult(at: "web/analytics.ts")["message"]?["text"]?.string
    #expect(text == "Analytics events are sent to Mixpanel in the US, which policy pipl does not list as permitted.")
    let suppressed = try sarifResult(at: "src/upload.swift", value: hongKong)["message"]?["text"]?.string
    #expect(suppressed == "Foreign cloud region (foreign_destination): oss-cn-hongkong.aliyuncs.com")
  }

  @Test("SARIF: the result cap keeps active findings before suppressed ones, in report order")
  func capKeepsActive() {
    let kept = SARIFResultBuilder.kept(CanonicalReport.findings, limit: 6)
    #expect(kept.count == 6)
    #expect(kept.allSatisfy { !$0.isSuppressed })
    #expect(kept == kept.sorted(by: Finding.reportOrder))
    #expect(SARIFResultBuilder.kept(CanonicalReport.findings, limit: nil) == CanonicalReport.findings)
  }

  @Test("JSON: every finding has a properties object, empty when the classifier added nothing")
  func jsonProperties() throws {
    let mixpanel = try jsonFinding(at: "web/analytics.ts")["properties"]
    #expect(mixpanel?.keys == ["category", "country", "destination", "policy", "provider", "region"])
    #expect(mixpanel?["country"]?.string == "US")
    #expect(jsonFindings.allSatisfy { $0["properties"] != nil && $0["suppressions"] != nil })
    #expect(try jsonFinding(at: "docs/read me.md")["properties"] == .object([:]))
    let text = String(decoding: try JSONReporter().render(CanonicalReport.report), as: UTF8.self)
    #expect(text.contains(#""properties" : {},"#) || text.contains(#""properties": {},"#))
  }

  @Test("JSON: suppressions keep their kind, justification and source; suppressed is set")
  func jsonSuppressions() throws {
    let external = try jsonFinding(at: "src/upload.swift", value: hongKong)
    #expect(external["suppressed"]?.bool == true)
    #expect(external["suppressions"]?[0]?["kind"]?.string == "external")
    #expect(external["suppressions"]?[0]?["source"]?.string == "policy pipl: allow[0]")
    let inline = try jsonFinding(at: "tests/fixtures/users.json")
    #expect(inline["suppressions"]?[0]?["kind"]?.string == "inSource")
    #expect(try jsonFinding(at: "web/analytics.ts")["suppressed"]?.bool == false)
    #expect(try jsonFinding(at: "web/analytics.ts")["suppressions"] == .array([]))
  }

  @Test("JSON: message is the custom one when given, else the default form")
  func jsonMessage() throws {
    let custom = try jsonFinding(at: "web/analytics.ts")["message"]?.string
    #expect(custom == CanonicalReport.findings.first { $0.location.path == "web/analytics.ts" }?.message)
    #expect(jsonFindings.first?["message"]?.string == "PRC resident ID number (cn_resident_id): 110***********002X")
  }

  @Test("Empty containers are written as {} and [], string contents untouched")
  func emptyContainers() throws {
    let value: [String: [String]] = ["a": [], "b": ["{", "[\\n]"]]
    let text = String(decoding: try JSONOutput.encode(value), as: UTF8.self)
    #expect(text.contains(#""a" : []"#) || text.contains(#""a": []"#))
    #expect(text.contains(#""[\\n]""#))
    #expect(try JSONDecoder().decode([String: [String]].self, from: Data(text.utf8)) == value)
  }
}
