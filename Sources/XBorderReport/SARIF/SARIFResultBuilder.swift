import XBorderCore

/// Turns findings into SARIF results.
enum SARIFResultBuilder {
  /// The result for `finding`: the snippet carries the masked value only; the message is the
  /// classifier's own or `<rule name> (<entity>): <masked value>`.
  static func result(_ finding: Finding, table: SARIFRuleTable, paths: SARIFPaths) -> SARIFResult {
    let location = finding.location
    let startColumn = max(1, location.startColumn)
    let region = SARIFRegion(
      startLine: max(1, location.line), startColumn: startColumn, endColumn: max(startColumn, location.endColumn),
      snippet: SARIFText(text: finding.maskedValue))
    let message = FindingText.message(finding, ruleName: table.displayName(of: finding.ruleId))
    return SARIFResult(
      ruleId: finding.ruleId, ruleIndex: table.index(of: finding.ruleId), level: finding.level.rawValue,
      message: SARIFText(text: message),
      locations: [SARIFLocation(physicalLocation: paths.physicalLocation(location.path, region: region))],
      partialFingerprints: [SARIFReporter.fingerprintKey: finding.fingerprint],
      suppressions: suppressions(finding),
      properties: SARIFResultProperties(
        entity: finding.entity.rawValue, confidence: finding.confidence.rawValue, reasons: finding.reasons,
        context: finding.context, facts: finding.properties))
  }

  /// The finding's suppressions without duplicates (SARIF wants them unique), or nil when there are none.
  static func suppressions(_ finding: Finding) -> [SARIFSuppression]? {
    guard finding.isSuppressed else { return nil }
    var seen = Set<SARIFSuppression>()
    return finding.suppressions.compactMap { suppression in
      let sarif = SARIFSuppression(
        kind: suppression.kind.rawValue,
        justification: suppression.justification.isEmpty ? nil : suppression.justification,
        properties: SARIFSuppressionProperties(source: suppression.source))
      return seen.insert(sarif).inserted ? sarif : nil
    }
  }

  /// At most `limit` findings, in report order; when some must go, active findings are kept before
  /// suppressed ones, so the cap never hides an open finding behind accepted ones.
  static func kept(_ findings: [Finding], limit: Int?) -> [Finding] {
    guard let limit, findings.count > limit else { return findings }
    let active = findings.indices.filter { !findings[$0].isSuppressed }
    let suppressed = findings.indices.filter { findings[$0].isSuppressed }
    return (active + suppressed).prefix(max(0, limit)).sorted().map { findings[$0] }
  }
}
