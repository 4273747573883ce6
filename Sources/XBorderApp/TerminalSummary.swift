import Foundation
import XBorderCore

/// The one-screen summary printed at the end of a scan. Pure: report and report paths in, text out.
public enum TerminalSummary {
  /// The summary of a finished run, with its baseline and diff-scan lines.
  public static func render(_ run: ScanRun, reportFiles: [String]) -> String {
    render(run.report, reportFiles: reportFiles, notes: notes(run))
  }

  /// `notes` are printed after the findings (baseline and diff-scan status).
  public static func render(_ report: ScanReport, reportFiles: [String], notes: [String] = []) -> String {
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
    lines += notes
    lines += assessmentLines(report)
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

  /// Baseline and diff-scan status lines of a run.
  static func notes(_ run: ScanRun) -> [String] {
    var lines: [String] = []
    if let diff = run.diffScan {
      lines.append(
        "Diff scan: \(diff.changedFiles) of \(diff.walkedFiles) file(s) changed since \(diff.revision) "
          + "(or untracked) were scanned; the others were not")
    }
    if let baseline = run.baseline {
      var line = "Baseline \(baseline.path): \(baseline.suppressed) finding(s) accepted (\(baseline.entries) entries)"
      if baseline.keyMismatch {
        line += "; WARNING: it was made with another fingerprint key, so none of its entries can match: set "
          + "XBORDER_FINGERPRINT_KEY (or fingerprint_key_file) to the key it was made with"
      } else if baseline.unmatched > 0 {
        line += "; \(baseline.unmatched) entries match nothing any more (run 'xborder baseline create' to drop them)"
      }
      lines.append(line)
      if baseline.expired > 0 {
        lines.append("  WARNING: \(baseline.expired) baseline entr\(baseline.expired == 1 ? "y has" : "ies have") "
          + "expired: those findings count again (see the tool notifications in the reports)")
      }
    }
    let rejected = run.report.findings.count { $0.properties["inline_suppression_rejected"] != nil }
    if rejected > 0 {
      lines.append(
        "  \(rejected) xborder:allow comment(s) without a reason were ignored (--require-reason): "
          + "write 'xborder:allow RULE-ID -- reason'")
    }
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

  /// Passed, or exactly which findings failed it (by rule and level, with the threshold that applied)
  /// and the ways to make it pass.
  static func gateLines(_ gate: GateOutcome) -> [String] {
    if gate.passed {
      if gate.hasOverrides { return ["Gate: passed (no unsuppressed finding reached its threshold)"] }
      guard let threshold = gate.failOn.level else { return ["Gate: passed (--fail-on none)"] }
      return ["Gate: passed (no unsuppressed finding at level ≥ \(threshold.rawValue))"]
    }
    var lines = [
      "Gate: FAILED: \(gate.failingFindings) unsuppressed finding(s) at confidence ≥ \(gate.minConfidence.rawValue) "
        + "reached their threshold (exit code 1):"
    ]
    for failure in gate.failures.prefix(10) {
      lines.append(
        "  \(failure.count) × \(failure.ruleId) at level \(failure.level.rawValue) "
          + "(fails at ≥ \(failure.threshold.rawValue), from \(failure.thresholdSource))")
    }
    if gate.failures.count > 10 { lines.append("  … and \(gate.failures.count - 10) more rule/level group(s)") }
    lines += [
      "  To pass: mask or remove the values before export; or accept what is known and intended:",
      "    - baseline the current findings: xborder baseline create [PATH] (writes .xborder-baseline.json; commit it)",
      "    - or allow one line: a comment on it or just above it: # xborder:allow RULE-ID -- reason",
      "    - or tune the gate: --fail-on, 'gate:' entity/rule overrides in .xborder.yml, --disable RULE-ID",
    ]
    return lines
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
