import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

/// Suppressed findings, destinations, custom messages and optional columns in the Markdown report.
@Suite("Markdown: suppressions, destinations and columns")
struct MarkdownExtrasTests {
  let text = MarkdownReporter().markdown(CanonicalReport.report)

  /// The text of the `## title` section, up to the next `## ` heading.
  private func section(_ title: String, in text: String) -> String {
    guard let start = text.range(of: "## \(title)\n") else { return "" }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }

  @Test("Suppressed findings have their own section with kind, justification and source")
  func suppressedSection() {
    let suppressed = section("Suppressed findings", in: text)
    #expect(suppressed.contains("2 findings were accepted"))
    #expect(suppressed.contains("| File | Line:Col | Rule | Value | Kind | Justification | Source |"))
    #expect(
      suppressed.contains(
        "| `src/upload.swift` | 21:18 | `dest.cloud.foreign-region` | `oss-cn-hongkong.aliyuncs.com` | external | "
          + "standard contract filed 2026-03-01 with HK processor | `policy pipl: allow[0]` |"))
    let inline = "| `tests/fixtures/users.json` | 4:15 | `pii.email` | `t***@example.com` | in source |"
    #expect(suppressed.contains(inline))
  }

  @Test("Suppressed findings are not listed or counted as active findings")
  func notActive() {
    let byFile = section("Findings by file", in: text)
    #expect(!byFile.contains("oss-cn-hongkong"))
    #expect(!byFile.contains("tests/fixtures/users.json"))
    #expect(!section("Top files", in: text).contains("tests/fixtures/users.json"))
    let summary = section("Summary by entity and level", in: text)
    #expect(summary.contains("| Entity | error | warning | note | Active | Suppressed |"))
    #expect(summary.contains("| **Total** | **2** | **3** | **1** | **6** | **2** |"))
  }

  @Test("A report without suppressions has no Suppressed column or section")
  func noSuppressions() {
    var report = CanonicalReport.report
    report.findings.removeAll(where: \.isSuppressed)
    let text = MarkdownReporter().markdown(report)
    #expect(!text.contains("Suppressed"))
    #expect(text.contains("| Entity | error | warning | note | Total |"))
    #expect(text.contains("(6 findings in all)."))
  }

  @Test("When every finding is suppressed the gate verdict speaks of active findings")
  func allSuppressed() {
    var report = CanonicalReport.report
    report.findings = report.findings.filter(\.isSuppressed)
    report.gate = GateOutcome(failOn: .warning, minConfidence: .medium, passed: true, failingFindings: 0)
    let text = MarkdownReporter().markdown(report)
    #expect(text.contains("✅ **Gate passed** — no active finding at level `warning`"))
    #expect(text.contains("(2 findings in all, 2 suppressed)."))
    #expect(text.contains("No active findings: every finding is suppressed"))
    #expect(!text.contains("## Findings by file"))
    #expect(text.contains("## Suppressed findings"))
  }

  @Test("With per-entity or per-rule thresholds the verdict does not name one level, even when fail_on is none")
  func gateOverridesVerdict() {
    var report = CanonicalReport.report
    report.gate = GateOutcome(
      failOn: .none, minConfidence: .medium, passed: false, failingFindings: 2,
      failures: [
        GateFailure(
          ruleId: "pii.cn.resident-id", level: .error, count: 2, threshold: .note,
          thresholdSource: "gate.rules.pii.cn.resident-id")
      ], hasOverrides: true)
    var text = MarkdownReporter().markdown(report)
    #expect(text.contains("❌ **Gate failed** — 2 findings reached their threshold with confidence `medium`"))
    #expect(!text.contains("the gate is off"))
    #expect(text.contains("set by `gate.rules.pii.cn.resident-id`"))
    report.gate = GateOutcome(
      failOn: .none, minConfidence: .medium, passed: true, failingFindings: 0, hasOverrides: true)
    text = MarkdownReporter().markdown(report)
    #expect(text.contains("✅ **Gate passed** — no active finding reached its threshold"))
    #expect(!text.contains("the gate is off"))
  }

  @Test("Suppressed findings beyond the cap are counted, not listed; several suppressions stack in a cell")
  func suppressedCap() {
    var report = CanonicalReport.report
    let both = [CanonicalReport.contractException, CanonicalReport.inlineAllow]
    report.findings = (1...4).map {
      CanonicalReport.finding(
        "pii.email", .email, .warning, .high, "a.txt", $0, 1, "x***@example.com", suppressions: both)
    }
    let text = MarkdownReporter(maxSuppressedFindings: 3).markdown(report)
    #expect(text.contains("| `a.txt` | 3:1 |"))
    #expect(!text.contains("| `a.txt` | 4:1 |"))
    #expect(text.contains("… 1 more suppressed finding is in the JSON/SARIF report."))
    #expect(text.contains("| external<br>in source |"))
  }

  @Test("Destinations show country and provider; the host is repeated only when it differs from the value")
  func destinationCell() {
    #expect(text.contains("| `api.mixpanel.com` | US (Mixpanel) |"))
    var finding = CanonicalReport.findings[0]
    finding.properties = ["destination": "s3.us-east-1.amazonaws.com", "region": "us-east-1", "provider": "AWS"]
    #expect(MarkdownDestination.cell(finding) == "`s3.us-east-1.amazonaws.com` → us-east-1 (AWS)")
    finding.properties = ["category": "analytics"]
    #expect(MarkdownDestination.cell(finding) == nil)
  }

  @Test("Context, Destination and Message columns appear only in files that use them")
  func optionalColumns() {
    let byFile = section("Findings by file", in: text)
    let header = "| Line:Col | Rule | Entity | Level | Confidence | Value"
    #expect(byFile.contains("### `src/upload.swift` — 1 finding\n\n\(header) |\n"))
    #expect(byFile.contains("### `web/analytics.ts` — 1 finding\n\n\(header) | Destination | Message |\n"))
    #expect(byFile.contains("### `docs/read me.md` — 1 finding\n\n\(header) | Context |\n"))
  }

  @Test("A custom message is shown; the default one is not repeated in the table")
  func customMessage() {
    let message = "Analytics events are sent to Mixpanel in the US, which policy pipl does not list as permitted."
    #expect(text.contains("| \(message) |"))
    #expect(!text.contains("PRC resident ID number (cn_resident_id)"))
  }

  @Test("The report ends with exactly one newline", arguments: ["canonical", "empty"])
  func finalNewline(name: String) {
    let report = name == "empty" ? CanonicalReport.empty : CanonicalReport.report
    let text = MarkdownReporter().markdown(report)
    #expect(text.hasSuffix("\n"))
    #expect(!text.hasSuffix("\n\n"))
  }
}
