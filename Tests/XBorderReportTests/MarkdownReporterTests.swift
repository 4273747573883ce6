import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

@Suite("Markdown reporter")
struct MarkdownReporterTests {
  let text = MarkdownReporter().markdown(CanonicalReport.report)

  @Test("The verdict says the gate failed and why")
  func verdict() {
    let verdict = "❌ **Gate failed** — 5 findings at level `warning` or above with confidence `medium` or higher"
    #expect(text.contains(verdict + " (8 findings in all, 2 suppressed)."))
    #expect(MarkdownReporter().markdown(CanonicalReport.empty).contains("✅ **Gate passed**"))
  }

  @Test("Incomplete coverage gets a warning block naming the gaps")
  func incompleteCoverage() {
    #expect(text.contains("> [!WARNING]\n> **Coverage is incomplete:** 3 files"))
    #expect(!MarkdownReporter().markdown(CanonicalReport.empty).contains("[!WARNING]"))
  }

  @Test("Pipes and backticks in cells cannot break the table")
  func escaping() {
    #expect(text.contains("`` key `contact\\|email` ``"))
    #expect(MarkdownText.code("a`b") == "``a`b``")
    #expect(MarkdownText.code("`x") == "`` `x ``")
    #expect(MarkdownText.codeCell("a|b") == "`a\\|b`")
    #expect(MarkdownText.text("*not* <b>|x</b>") == "\\*not\\* \\<b\\>\\|x\\</b\\>")
  }

  @Test("Every table row has as many cells as its header")
  func tableShape() {
    for table in text.components(separatedBy: "\n\n") where table.hasPrefix("|") {
      let rows = table.split(separator: "\n")
      let widths = rows.map { cellCount(String($0)) }
      #expect(Set(widths).count == 1, "\(table)")
    }
  }

  @Test("Findings beyond the per-file cap are counted, not listed")
  func findingCap() {
    let findings = (1...205).map {
      CanonicalReport.finding("pii.cn.mobile", .cnMobile, .warning, .high, "big.csv", $0, 1, "138******78")
    }
    var report = CanonicalReport.report
    report.findings = findings
    let text = MarkdownReporter().markdown(report)
    #expect(text.contains("| 200:1 |"))
    #expect(!text.contains("| 201:1 |"))
    #expect(text.contains("… 5 more findings in this file are in the JSON/SARIF report."))
  }

  @Test("Skipped paths beyond the per-reason cap are counted, not listed")
  func skippedCap() {
    var report = CanonicalReport.empty
    report.coverage.skipped = (1...53).map { SkippedFile(path: "big/\($0).bin", reason: .tooLarge, detail: "") }
    let text = MarkdownReporter().markdown(report)
    #expect(text.contains("- `big/50.bin`"))
    #expect(!text.contains("- `big/51.bin`"))
    #expect(text.contains("- … and 3 more"))
  }

  @Test("Top files are ordered by finding count, then path")
  func topFiles() throws {
    let section = try #require(text.components(separatedBy: "## Top files\n\n").last)
    let rows = section.split(separator: "\n").prefix(5).map(String.init)
    #expect(rows[2] == "| `data/客户 名单.csv` | 3 | error |")
    #expect(rows[3] == "| `docs/read me.md` | 1 | warning |")
  }

  @Test("Numbers are grouped without the machine locale")
  func numbers() {
    #expect(MarkdownText.grouped(1_234_567) == "1,234,567")
    #expect(MarkdownText.grouped(999) == "999")
    #expect(MarkdownText.bytes(22_020) == "22,020 bytes (21.5 KiB)")
  }

  /// Cells in a GFM row, ignoring escaped pipes.
  private func cellCount(_ row: String) -> Int {
    row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count - 1
  }
}
