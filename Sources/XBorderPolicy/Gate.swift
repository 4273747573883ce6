import XBorderCore

/// The CI gate: does this set of findings fail the build? A pure function, tested by truth table.
public enum Gate {
  /// Findings below `minConfidence` were already left out of the report; the gate fails when any
  /// remaining finding that is not suppressed is at or above the `failOn` level.
  /// Occurrences counted beyond the per-file cap (`overflow`) count like listed findings.
  public static func evaluate(
    _ findings: [Finding], overflow: [FindingOverflow] = [], failOn: FailThreshold, minConfidence: Confidence
  ) -> GateOutcome {
    let failing = failOn.level.map { threshold in
      findings.filter { !$0.isSuppressed && $0.level >= threshold && $0.confidence >= minConfidence }.count
        + overflow.filter { !$0.suppressed && $0.level >= threshold && $0.confidence >= minConfidence }
        .reduce(0) { $0 + $1.count }
    } ?? 0
    return GateOutcome(failOn: failOn, minConfidence: minConfidence, passed: failing == 0, failingFindings: failing)
  }
}
