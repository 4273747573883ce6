// Wire types of `xborder.json`, schema version 1 (reports/schemas/xborder-report.schema.json).
// Adding an optional field keeps version 1; renaming, removing or retyping one bumps the version.

import XBorderCore

/// The whole JSON report.
struct JSONReportDocument: Encodable {
  var schemaVersion = JSONReporter.schemaVersion
  var tool: JSONTool
  var invocation: JSONInvocation
  var policy: JSONPolicy
  var gate: JSONGate
  var coverage: JSONCoverage
  var summary: JSONSummary
  var rules: [JSONRule]
  var findings: [JSONFinding]
  var notifications: [JSONNotification]
  /// Per-column summaries of tabular files (CSV/TSV) holding personal data.
  var columns: [ColumnSummary]
  /// Findings listed per file before the rest are only counted.
  var findingCapPerFile: Int
  /// Occurrences beyond that cap, counted per file, rule, level, confidence and context.
  var overflow: [FindingOverflow]
}

/// The scanner's identity.
struct JSONTool: Encodable {
  var name: String
  var version: String
  var informationUri: String
}

/// How the scan ran; times are ISO 8601 UTC.
struct JSONInvocation: Encodable {
  var commandLine: String
  var root: String
  var startTime: String
  var endTime: String
  var durationMs: Int
  var executionSuccessful: Bool
}

/// The policy in force.
struct JSONPolicy: Encodable {
  var name: String
}

/// The gate's settings and decision.
struct JSONGate: Encodable {
  var failOn: String
  var minConfidence: String
  var passed: Bool
  var failingFindings: Int
  /// Why it failed: failing findings by rule and level with the threshold that applied; absent when none.
  var failures: [JSONGateFailure]?
}

/// Failing findings of one rule at one level.
struct JSONGateFailure: Encodable {
  var ruleId: String
  var level: String
  var count: Int
  var threshold: String
  var thresholdSource: String

  init(_ failure: GateFailure) {
    ruleId = failure.ruleId
    level = failure.level.rawValue
    count = failure.count
    threshold = failure.threshold.rawValue
    thresholdSource = failure.thresholdSource
  }
}

/// Every scanned and skipped file.
struct JSONCoverage: Encodable {
  var complete: Bool
  var filesScanned: Int
  var bytesScanned: Int
  var filesSkipped: Int
  var ignoredCount: Int
  var scanned: [JSONScannedFile]
  var skipped: [JSONSkippedFile]
}

/// A scanned file.
struct JSONScannedFile: Encodable {
  var path: String
  var bytes: Int
  var encoding: String
}

/// A skipped file and why.
struct JSONSkippedFile: Encodable {
  var path: String
  var reason: String
  var detail: String
}

/// Finding counts; `byLevel` and `byConfidence` always hold every key, `byRule` every rule.
/// The `by…` maps count every finding, suppressed or not; `activeFindings` are those the gate weighs.
struct JSONSummary: Encodable {
  /// Listed findings plus occurrences counted beyond the per-file cap (`overflow`).
  var totalFindings: Int
  var activeFindings: Int
  var suppressedFindings: Int
  var byEntity: [String: Int]
  var byLevel: [String: Int]
  var byConfidence: [String: Int]
  var byRule: [String: Int]
}

/// A rule that ran.
struct JSONRule: Encodable {
  var id: String
  var name: String
  var entity: String
  var level: String
  var securitySeverity: Double
  var origin: String
  var tags: [String]
}

/// One finding, flat; `maskedValue` (and a destination's properties) the only trace of the matched text.
struct JSONFinding: Encodable {
  var ruleId: String
  var entity: String
  var level: String
  var confidence: String
  var reasons: [String]
  var path: String
  var line: Int
  var startColumn: Int
  var endColumn: Int
  var maskedValue: String
  var fingerprint: String
  var context: String?
  /// The classifier's message, else `<rule name> (<entity>): <masked value>`.
  var message: String
  /// Classifier facts such as a destination's `country` and `provider`; empty when none.
  var properties: [String: String]
  /// True when at least one suppression applies: reported, but not weighed by the gate.
  var suppressed: Bool
  var suppressions: [JSONSuppression]
}

/// Why a finding is accepted.
struct JSONSuppression: Encodable {
  /// `inSource` (an inline allow comment) or `external` (a policy exception, a baseline).
  var kind: String
  var justification: String
  var source: String
}

/// A problem the tool met while running.
struct JSONNotification: Encodable {
  var level: String
  var message: String
  var path: String?
  var ruleId: String?
}
