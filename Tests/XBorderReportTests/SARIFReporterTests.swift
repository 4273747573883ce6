import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

@Suite("SARIF reporter")
struct SARIFReporterTests {
  let log: JSONTree
  let run: JSONTree

  init() throws {
    log = try JSONTree(SARIFReporter().render(CanonicalReport.report))
    run = try #require(log["runs"]?[0])
  }

  var results: [JSONTree] { run["results"]?.array ?? [] }
  var rules: [JSONTree] { run["tool"]?["driver"]?["rules"]?.array ?? [] }
  var notifications: [JSONTree] { run["invocations"]?[0]?["toolExecutionNotifications"]?.array ?? [] }

  @Test("Header: $schema, version, driver identity")
  func header() {
    #expect(log["$schema"]?.string == "https://json.schemastore.org/sarif-2.1.0.json")
    #expect(log["version"]?.string == "2.1.0")
    let driver = run["tool"]?["driver"]
    #expect(driver?["name"]?.string == "xborder")
    #expect(driver?["semanticVersion"]?.string == "1.2.0")
    #expect(driver?["informationUri"]?.string == "https://example.com/xborder")
  }

  @Test("columnKind is unicodeCodePoints")
  func columnKind() {
    #expect(run["columnKind"]?.string == "unicodeCodePoints")
  }

  @Test("Every ruleIndex points at the rule named by ruleId")
  func ruleIndex() throws {
    #expect(results.count == CanonicalReport.findings.count)
    for result in results {
      let index = try #require(result["ruleIndex"]?.int)
      #expect(rules[index]["id"]?.string == result["ruleId"]?.string)
    }
  }

  @Test("Results keep report order; snippets and messages carry the masked value only")
  func maskedValues() {
    for (result, finding) in zip(results, CanonicalReport.findings) {
      #expect(result["ruleId"]?.string == finding.ruleId)
      let region = result["locations"]?[0]?["physicalLocation"]?["region"]
      #expect(region?["snippet"]?["text"]?.string == finding.maskedValue)
      #expect(region?["startColumn"]?.int == finding.location.startColumn)
      #expect(region?["endColumn"]?.int == finding.location.endColumn)
      let suffix = "(\(finding.entity.rawValue)): \(finding.maskedValue)"
      let text = result["message"]?["text"]?.string
      #expect(text == finding.message || text?.hasSuffix(suffix) == true)
      #expect(result["partialFingerprints"]?["xborderFingerprint/v1"]?.string == finding.fingerprint)
    }
    let first = results.first?["message"]?["text"]?.string
    #expect(first == "PRC resident ID number (cn_resident_id): 110***********002X")
  }

  @Test("Paths are percent-encoded URI references relative to %SRCROOT%")
  func uris() {
    let artifact = results.first?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]
    #expect(artifact?["uri"]?.string == "data/%E5%AE%A2%E6%88%B7%20%E5%90%8D%E5%8D%95.csv")
    #expect(artifact?["uriBaseId"]?.string == "%SRCROOT%")
    let root = run["originalUriBaseIds"]?["%SRCROOT%"]?["uri"]?.string
    #expect(root == "file:///home/ci/%E5%AE%A2%E6%88%B7%20%E9%A1%B9%E7%9B%AE/")
  }

  @Test("Rules carry GitHub's properties: string security-severity, precision, unique tags")
  func ruleProperties() throws {
    let resident = try #require(rules.first { $0["id"]?.string == "pii.cn.resident-id" })
    #expect(resident["name"]?.string == "PRCResidentIDNumber")
    #expect(resident["help"]?["markdown"]?.string?.contains("**Fix:**") == true)
    #expect(resident["defaultConfiguration"]?["level"]?.string == "error")
    #expect(resident["properties"]?["security-severity"]?.string == "8.5")
    #expect(resident["properties"]?["precision"]?.string == "high")
    let tags = resident["properties"]?["tags"]?.array.compactMap(\.string) ?? []
    #expect(tags == ["security", "privacy", "cn_resident_id", "pii", "pipl", "sensitive"])
    let email = try #require(rules.first { $0["id"]?.string == "pii.email" })
    #expect(email["properties"]?["precision"]?.string == "very-high")
  }

  @Test("One notification per tool notification and per skipped file, with levels by reason")
  func toolNotifications() {
    let report = CanonicalReport.report
    #expect(notifications.count == report.notifications.count + report.coverage.skipped.count)
    let skipped = notifications.filter { $0["properties"]?["kind"]?.string == "skipped-file" }
    let levels = Dictionary(
      uniqueKeysWithValues: skipped.map {
        ($0["properties"]?["reason"]?.string ?? "", $0["level"]?.string ?? "")
      })
    #expect(
      levels == [
        "binary": "note", "too_large": "warning", "unreadable": "warning", "symlink": "note",
        "unsupported_encoding": "warning",
      ])
    let first = notifications.first
    #expect(first?["associatedRule"]?["id"]?.string == "pii.cn.mobile")
    #expect(first?["associatedRule"]?["index"]?.int == 2)
    let uri = first?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]?.string
    #expect(uri == "legacy/%E8%AE%A2%E5%8D%95.txt")
    #expect(notifications[1]["locations"] == nil)
  }

  @Test("Run properties report coverage, policy and gate")
  func runProperties() {
    let properties = run["properties"]
    #expect(properties?["coverage"]?["complete"]?.bool == false)
    #expect(properties?["coverage"]?["filesScanned"]?.int == 6)
    #expect(properties?["coverage"]?["ignoredCount"]?.int == 12)
    #expect(properties?["policy"]?.string == "pipl")
    #expect(properties?["gate"]?["passed"]?.bool == false)
    #expect(run["invocations"]?[0]?["startTimeUtc"]?.string == "2025-01-15T08:30:00Z")
  }

  @Test("Results beyond maxResults are left out and announced")
  func resultCap() throws {
    let capped = try JSONTree(SARIFReporter(maxResults: 2).render(CanonicalReport.report))
    let run = try #require(capped["runs"]?[0])
    #expect(run["results"]?.array.count == 2)
    #expect(run["properties"]?["coverage"]?["resultsOmitted"]?.int == 6)
    let notes = run["invocations"]?[0]?["toolExecutionNotifications"]?.array ?? []
    #expect(notes.contains { $0["properties"]?["kind"]?.string == "results-omitted" })
  }

  @Test("A finding whose rule is not described gets a stand-in rule, so ruleIndex stays valid")
  func unknownRule() throws {
    var report = CanonicalReport.report
    report.rules.removeAll { $0.id == "pii.email" }
    let run = try #require(JSONTree(SARIFReporter().render(report))["runs"]?[0])
    let rules = run["tool"]?["driver"]?["rules"]?.array ?? []
    let result = try #require(run["results"]?.array.first { $0["ruleId"]?.string == "pii.email" })
    let index = try #require(result["ruleIndex"]?.int)
    #expect(rules[index]["id"]?.string == "pii.email")
  }

  @Test("Absolute path labels become file URIs without a base id")
  func absolutePath() {
    let location = SARIFPaths(scanRoot: "/repo", sourceRoot: nil).physicalLocation("/mnt/外部/a b.txt")
    #expect(location.artifactLocation.uri == "file:///mnt/%E5%A4%96%E9%83%A8/a%20b.txt")
    #expect(location.artifactLocation.uriBaseId == nil)
  }

  @Test("A source root above the scan root puts the subfolder in front of every path")
  func sourceRoot() throws {
    let reporter = SARIFReporter(sourceRoot: "/home/ci/")
    let run = try #require(JSONTree(reporter.render(CanonicalReport.report))["runs"]?[0])
    #expect(run["originalUriBaseIds"]?["%SRCROOT%"]?["uri"]?.string == "file:///home/ci/")
    let uri = run["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]?.string
    #expect(uri == "%E5%AE%A2%E6%88%B7%20%E9%A1%B9%E7%9B%AE/data/%E5%AE%A2%E6%88%B7%20%E5%90%8D%E5%8D%95.csv")
  }

  @Test(
    "Source roots: inside, equal, outside and the file-system root",
    arguments: [
      ("/repo/svc/api", "/repo", "file:///repo/", "svc/api/"), ("/repo", "/repo/", "file:///repo/", ""),
      ("/other", "/repo", "file:///other/", ""), ("/repo", "/", "file:///", "repo/"),
      ("/repository", "/repo", "file:///repository/", ""),
    ])
  func sourceRoots(scan: String, source: String, rootURI: String, prefix: String) {
    let paths = SARIFPaths(scanRoot: scan, sourceRoot: source)
    #expect(paths.rootURI == rootURI)
    #expect(paths.prefix == prefix)
  }

  @Test(
    "semanticVersion only for SemVer 2.0",
    arguments: [
      ("1.2.0", "1.2.0"), ("v0.3.1-rc.1+build.7", "0.3.1-rc.1+build.7"), ("dev", nil), ("1.2", nil),
      ("01.2.3", nil),
    ] as [(String, String?)])
  func semanticVersion(version: String, expected: String?) {
    #expect(SemanticVersion.normalized(version) == expected)
  }
}
