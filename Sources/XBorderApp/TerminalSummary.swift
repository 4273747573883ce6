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
    lines += assessmentLines(report)
    if !reportFiles.isEmpty { lines.append("Reports: " + reportFiles.joined(separator: ", ")) }
    lines += gateLines(report.gate)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func findingLines(_ report: ScanReport) -> [String] {
    let findings = report.findings.filter { !$0.isSuppressed }
    let suppressed = report.findings.count - findings.count
    let levels = Level.allCases.reversed().map { level in "\(level.rawValue) \(findings.filter { $0.level == level }.count)" }
    var lines = [
      "Findings: \(findings.count) (\(levels.joined(separator: ", "))) at confidence ≥ \(report.gate.minConfidence.rawValue)"
        + (suppressed > 0 ? "; \(suppressed) suppressed (listed in the reports)" : "")
    ]
    guard !findings.isEmpty else { return lines }
    let byEntity = Dictionary(grouping: findings, by: \.entity).map { ($0.key, $0.value.count) }
      .sorted { ($1.1, $0.0.rawValue) < ($0.1, $1.0.rawValue) }
    lines.append("  " + byEntity.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", "))
    let byFile = Dictionary(grouping: findings, by: \.location.path).map { ($0.key, $0.value.count) }
      .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    lines.append("Top files:")
    for (path, count) in byFile.prefix(5) { lines.append("  \(count)\t\(path)") }
    if byFile.count > 5 { lines.append("  … and \(byFile.count - 5) more file(s)") }
    return lines
  }

  /// People and the PIPL route, one line each (decision support; details in the reports).
  private static func assessmentLines(_ report: ScanReport) -> [String] {
    var lines: [String] = []
    if !report.population.isEmpty {
      let people = report.population.subjects
      let sensitive = report.population.sensitiveSubjects
      let mark = people.isExact ? "" : "≈"
      lines.append("People: \(mark)\(people.estimate) estimated (\(mark)\(sensitive.estimate) with sensitive PI)")
    }
    if let pipl = report.assessment?.pipl {
      lines.append(
        "PIPL route: \(pipl.route.title) (\(pipl.cumulativeSubjects) people since 1 January incl. prior; "
          + "decision support, not legal advice; see the checklist in the Markdown report)")
    }
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
