import XBorderCore

/// Turns findings into SARIF results.
enum SARIFResultBuilder {
  /// The result for `finding`: message and snippet carry the masked value only.
  static func result(_ finding: Finding, table: SARIFRuleTable, paths: SARIFPaths) -> SARIFResult {
    let location = finding.location
    let startColumn = max(1, location.startColumn)
    let region = SARIFRegion(
      startLine: max(1, location.line), startColumn: startColumn, endColumn: max(startColumn, location.endColumn),
      snippet: SARIFText(text: finding.maskedValue))
    let message = "\(table.displayName(of: finding.ruleId)) (\(finding.entity.rawValue)): \(finding.maskedValue)"
    return SARIFResult(
      ruleId: finding.ruleId, ruleIndex: table.index(of: finding.ruleId), level: finding.level.rawValue,
      message: SARIFText(text: message),
      locations: [SARIFLocation(physicalLocation: paths.physicalLocation(location.path, region: region))],
      partialFingerprints: [SARIFReporter.fingerprintKey: finding.fingerprint],
      properties: SARIFResultProperties(
        entity: finding.entity.rawValue, confidence: finding.confidence.rawValue, reasons: finding.reasons,
        context: finding.context))
  }
}
