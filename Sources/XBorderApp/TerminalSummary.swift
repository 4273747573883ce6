import Foundation
import XBorderCore

/// The one-screen summary printed at the end of a scan. Pure: report and report paths in, text out.
public enum TerminalSummary {
  public static func render(_ report: ScanReport, reportFiles: [String]) -> String {
    var lines: [String] = []
    let coverage = report.coverage
    let seconds = report.invocation.endTime.timeIntervalSince(report.invocation.startTime)
    lines.append(
      "xborder \(report.tool.version): scanned \(coverage.scanned.count) file(s), "
        + "\(formatBytes(coverage.bytesScanned)) in \(String(format: "%.2f", seconds)) s; policy \(report.invocation.policy)")
    if !coverage.skipped.isEmpty {
      let byReason = Dictionary(grouping: coverage.skipped, by: \.reason).map { "\($0.key.rawValue): \($0.value.count)" }
      lines.append("  skipped \(coverage.skipped.count) file(s) (\(byReason.sorted().joined(separator: ", ")))")
    }
    if !coverage.isComplete {
      lines.append("  WARNING: coverage is incomplete: some files could not be scanned (see the coverage section)")
    }
    if !report.notifications.isEmpty {
      lines.append("  \(report.notifications.count) tool notification(s): see the reports")
    }
    lines += findingLines(report)
    if !reportFiles.isEmpty { lines.append("Reports: " + reportFiles.joined(separator: ", ")) }
    lines += gateLines(report.gate)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func findingLines(_ report: ScanReport) -> [String] {
    let active = report.findings.filter { !$0.isSuppressed }
    let counts = FindingCounts(active, overflow: report.overflow.filter { !$0.suppressed })
    let suppressed = FindingCounts(report.findings.filter(\.isSuppressed), overflow: report.overflow.filter(\.suppressed))
    let levels = Level.allCases.reversed().map { "\($0.rawValue) \(counts.byLevel[$0] ?? 0)" }
    var lines = [
      "Findings: \(counts.total) (\(levels.joined(separator: ", "))) at confidence ≥ \(report.gate.minConfidence.rawValue)"
        + (suppressed.total > 0 ? "; \(suppressed.total) suppressed (listed in the reports)" : "")
    ]
    guard counts.total > 0 else { return lines }
    let byEntity = counts.byEntity.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }
    lines.append("  " + byEntity.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
    if !report.overflow.isEmpty {
      let beyond = report.overflow.reduce(0) { $0 + $1.count }
      lines.append(
        "  \(beyond) of them beyond the cap of \(report.findingCapPerFile) listed findings per file: counted per rule and "
          + "column in the reports")
    }
    let byFile = counts.topFiles(limit: 5)
    lines.append("Top files:")
    for file in byFile { lines.append("  \(file.count)\t\(file.path)") }
    if counts.byFile.count > 5 { lines.append("  … and \(counts.byFile.count - 5) more file(s)") }
    return lines
  }

  private static func gateLines(_ gate: GateOutcome) -> [String] {
    guard let threshold = gate.failOn.level else { return ["Gate: passed (--fail-on none)"] }
    if gate.passed { return ["Gate: passed (no finding at level ≥ \(threshold.rawValue))"] }
    return [
      "Gate: FAILED: \(gate.failingFindings) finding(s) at level ≥ \(threshold.rawValue) "
        + "and confidence ≥ \(gate.minConfidence.rawValue) (exit code 1)",
      "  To pass: mask or remove the values before export, disable a rule that does not apply (--disable ID or "
        + "'disable:' in .xborder.yml), or change the threshold (--fail-on warning|note|none).",
    ]
  }

  static func formatBytes(_ bytes: Int) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    return unit == 0 ? "\(bytes) B" : String(format: "%.1f", value) + " " + units[unit]
  }
}
