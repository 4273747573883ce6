import XBorderCore

/// Title, verdict, run facts and tool notifications.
enum MarkdownHeader {
  typealias M = MarkdownText

  /// Title, the one-line verdict and a short list of run facts.
  static func blocks(_ report: ScanReport) -> [String] {
    var blocks = ["# \(M.text(report.tool.name)) report", verdict(report)]
    if let why = gateFailures(report.gate) { blocks.append(why) }
    if !report.invocation.executionSuccessful {
      blocks.append(
        "> [!CAUTION]\n> **The scan itself failed**, so this report may be incomplete; "
          + "see *Tool notifications* below.")
    }
    blocks.append(facts(report))
    return blocks
  }

  /// `✅ Gate passed` / `❌ Gate failed`, and why, on one line.
  static func verdict(_ report: ScanReport) -> String {
    let gate = report.gate
    let suppressed = report.findings.count { $0.isSuppressed }
    let found = M.count(report.findings.count, "finding")
    let aside = suppressed > 0 ? ", \(M.grouped(suppressed)) suppressed" : ""
    let total = "\(found) in all\(aside)"
    if gate.hasOverrides { return verdictWithOverrides(gate, total: total, suppressed: suppressed) }
    guard let level = gate.failOn.level else {
      return "✅ **Gate passed** — the gate is off (fail on `none`); \(found) reported\(aside)."
    }
    let bar = "at level `\(level.rawValue)` or above with confidence `\(gate.minConfidence.rawValue)` or higher"
    if gate.passed {
      return "✅ **Gate passed** — no \(suppressed > 0 ? "active " : "")finding \(bar) (\(total))."
    }
    if gate.failingFindings == 0 {
      return "❌ **Gate failed** — no finding is \(bar), so the policy failed the scan for another reason "
        + "(see *Coverage* and *Tool notifications*)."
    }
    let failing = M.count(gate.failingFindings, "finding")
    return "❌ **Gate failed** — \(failing) \(bar) (\(total))."
  }

  /// The verdict when per-entity or per-rule thresholds apply: no single level describes the bar.
  private static func verdictWithOverrides(_ gate: GateOutcome, total: String, suppressed: Int) -> String {
    let bar =
      "with confidence `\(gate.minConfidence.rawValue)` or higher (fail on `\(gate.failOn.rawValue)`, "
      + "with per-entity or per-rule thresholds)"
    if gate.passed {
      return "✅ **Gate passed** — no \(suppressed > 0 ? "active " : "")finding reached its threshold \(bar) (\(total))."
    }
    return "❌ **Gate failed** — \(M.count(gate.failingFindings, "finding")) reached their threshold \(bar) (\(total))."
  }

  /// Which findings failed the gate, by rule and level, and how to accept known ones; nil when none did.
  static func gateFailures(_ gate: GateOutcome) -> String? {
    guard !gate.passed, !gate.failures.isEmpty else { return nil }
    var lines = gate.failures.prefix(20).map { failure in
      "- \(M.code(failure.ruleId)): \(M.grouped(failure.count)) at `\(failure.level.rawValue)` (fails at "
        + "`\(failure.threshold.rawValue)` or above, set by \(M.code(failure.thresholdSource)))"
    }
    if gate.failures.count > 20 { lines.append("- … \(gate.failures.count - 20) more rule/level groups") }
    lines.append(
      "\nTo accept findings that are known and intended: `xborder baseline create` (commit "
        + "`.xborder-baseline.json`), or a comment on or above the line: `xborder:allow RULE-ID -- reason`.")
    return "**Why the gate failed:**\n\n" + lines.joined(separator: "\n")
  }

  private static func facts(_ report: ScanReport) -> String {
    let run = report.invocation
    let seconds = Double(Timestamps.milliseconds(from: run.startTime, to: run.endTime)) / 1000
    let duration = seconds < 10 ? "\(seconds) s" : "\(Int(seconds.rounded())) s"
    return [
      "- **Scan root:** \(M.code(run.root))",
      "- **Policy:** \(M.code(run.policy)) · **fail on:** `\(report.gate.failOn.rawValue)` · "
        + "**min confidence:** `\(report.gate.minConfidence.rawValue)`",
      "- **Started:** \(Timestamps.iso8601(run.startTime)) · **duration:** \(duration)",
      "- **Tool:** \(M.text(report.tool.name)) \(M.text(report.tool.version))",
      "- **Command:** \(M.code(run.commandLine))",
    ].joined(separator: "\n")
  }

  /// `## Tool notifications` with at most `maxListed` entries; nothing when there are none.
  static func notificationBlocks(_ notifications: [ToolNotification], maxListed: Int) -> [String] {
    guard !notifications.isEmpty else { return [] }
    var lines = notifications.prefix(max(0, maxListed)).map { note in
      var line = "- **\(note.level.rawValue)**"
      if let path = note.path { line += " \(M.code(path))" }
      if let rule = note.ruleId { line += " (rule \(M.code(rule)))" }
      return line + ": " + M.text(note.message)
    }
    if notifications.count > maxListed {
      lines.append("- … and \(M.grouped(notifications.count - maxListed)) more in the JSON/SARIF report")
    }
    return ["## Tool notifications", lines.joined(separator: "\n")]
  }
}
