import Foundation
import XBorderCore

/// The machine-readable report with a documented, versioned schema (`xborder.json`).
///
/// Unlike SARIF it lists every scanned file and every finding without caps. The shape is defined
/// by `reports/schemas/xborder-report.schema.json`; keys are sorted so output diffs cleanly.
public struct JSONReporter: Reporter {
  /// `json`.
  public static let id = "json"
  /// `xborder.json`.
  public static let fileName = "xborder.json"
  /// The `schemaVersion` this reporter writes.
  public static let schemaVersion = 1

  /// A JSON reporter.
  public init() {}

  /// Renders `report` as pretty-printed JSON with sorted keys.
  public func render(_ report: ScanReport) throws -> Data {
    try JSONOutput.encode(document(report))
  }

  /// The wire document for `report`.
  func document(_ report: ScanReport) -> JSONReportDocument {
    let run = report.invocation
    let ruleNames = FindingText.ruleNames(report.rules)
    return JSONReportDocument(
      tool: JSONTool(name: report.tool.name, version: report.tool.version, informationUri: report.tool.informationUri),
      invocation: JSONInvocation(
        commandLine: run.commandLine, root: run.root, startTime: Timestamps.iso8601(run.startTime),
        endTime: Timestamps.iso8601(run.endTime),
        durationMs: Timestamps.milliseconds(from: run.startTime, to: run.endTime),
        executionSuccessful: run.executionSuccessful, startTimeUnix: run.startTime.timeIntervalSince1970,
        endTimeUnix: run.endTime.timeIntervalSince1970),
      policy: JSONPolicy(name: run.policy),
      gate: JSONGate(
        failOn: report.gate.failOn.rawValue, minConfidence: report.gate.minConfidence.rawValue,
        passed: report.gate.passed, failingFindings: report.gate.failingFindings,
        failures: report.gate.failures.isEmpty ? nil : report.gate.failures.map(JSONGateFailure.init)),
      coverage: Self.coverage(report.coverage), summary: Self.summary(report),
      rules: report.rules.sorted { $0.id < $1.id }.map(Self.rule),
      findings: report.findings.map { Self.finding($0, ruleNames: ruleNames) },
      notifications: report.notifications.map {
        JSONNotification(level: $0.level.rawValue, message: $0.message, path: $0.path, ruleId: $0.ruleId)
      },
      columns: report.columns, findingCapPerFile: report.findingCapPerFile, overflow: report.overflow,
      population: JSONPopulationWire.population(report.population), assessment: report.assessment,
      checklist: report.checklist)
  }

  private static func coverage(_ coverage: Coverage) -> JSONCoverage {
    JSONCoverage(
      complete: coverage.isComplete, filesScanned: coverage.scanned.count, bytesScanned: coverage.bytesScanned,
      filesSkipped: coverage.skipped.count, ignoredCount: coverage.ignoredCount,
      scanned: coverage.scanned.map { JSONScannedFile(path: $0.path, bytes: $0.bytes, encoding: $0.encoding) },
      skipped: coverage.skipped.map { JSONSkippedFile(path: $0.path, reason: $0.reason.rawValue, detail: $0.detail) })
  }

  private static func summary(_ report: ScanReport) -> JSONSummary {
    let counts = report.findingCounts
    var byRule = Dictionary(uniqueKeysWithValues: Set(report.rules.map(\.id)).map { ($0, 0) })
    byRule.merge(counts.byRule) { _, found in found }
    let suppressed = report.findings.count { $0.isSuppressed }
      + report.overflow.filter(\.suppressed).reduce(0) { $0 + $1.count }
    return JSONSummary(
      totalFindings: counts.total, activeFindings: counts.total - suppressed, suppressedFindings: suppressed,
      byEntity: Dictionary(uniqueKeysWithValues: counts.byEntity.map { ($0.key.rawValue, $0.value) }),
      byLevel: Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0.rawValue, counts.byLevel[$0] ?? 0) }),
      byConfidence: Dictionary(
        uniqueKeysWithValues: Confidence.allCases.map { ($0.rawValue, counts.byConfidence[$0] ?? 0) }),
      byRule: byRule)
  }

  private static func rule(_ rule: RuleDescriptor) -> JSONRule {
    JSONRule(
      id: rule.id, name: rule.name, entity: rule.entity.rawValue, level: rule.level.rawValue,
      securitySeverity: rule.securitySeverity, origin: rule.origin, tags: rule.tags, description: rule.description,
      help: rule.help)
  }

  private static func finding(_ finding: Finding, ruleNames: [String: String]) -> JSONFinding {
    let location = finding.location
    return JSONFinding(
      ruleId: finding.ruleId, entity: finding.entity.rawValue, level: finding.level.rawValue,
      confidence: finding.confidence.rawValue, reasons: finding.reasons, path: location.path, line: location.line,
      startColumn: location.startColumn, endColumn: location.endColumn, maskedValue: finding.maskedValue,
      fingerprint: finding.fingerprint, context: finding.context,
      message: FindingText.message(finding, ruleName: ruleNames[finding.ruleId] ?? finding.ruleId),
      properties: finding.properties, suppressed: finding.isSuppressed,
      suppressions: finding.suppressions.map {
        JSONSuppression(kind: $0.kind.rawValue, justification: $0.justification, source: $0.source)
      }, byteOffset: location.byteOffset, byteLength: location.byteLength)
  }
}
