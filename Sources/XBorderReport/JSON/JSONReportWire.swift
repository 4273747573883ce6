// Wire types of `xborder.json`, schema version 1 (reports/schemas/xborder-report.schema.json).
// Adding an optional field keeps version 1; renaming, removing or retyping one bumps the version.
// The reader (`JSONReportReader`) accepts version-1 documents written before the optional fields existed.

import XBorderCore

/// The whole JSON report.
struct JSONReportDocument: Codable {
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
  /// Findings listed per file before the rest are only counted (optional in version 1).
  var findingCapPerFile: Int?
  /// Occurrences beyond that cap, counted per file, rule, level, confidence and context.
  var overflow: [FindingOverflow]?
  /// Distinct values and estimated people (optional in version 1: absent from older documents).
  var population: JSONPopulation?
  /// The transfer-mechanism assessment of policies `pipl` and `gdpr`.
  var assessment: TransferAssessment?
  /// The governance checklist.
  var checklist: [ChecklistItem]?
}

/// The scanner's identity.
struct JSONTool: Codable {
  var name: String
  var version: String
  var informationUri: String
}

/// How the scan ran; times are ISO 8601 UTC.
struct JSONInvocation: Codable {
  var commandLine: String
  var root: String
  var startTime: String
  var endTime: String
  var durationMs: Int
  var executionSuccessful: Bool
  /// Exact times as Unix seconds, so a re-rendered report keeps sub-second durations.
  var startTimeUnix: Double?
  var endTimeUnix: Double?
}

/// The policy in force.
struct JSONPolicy: Codable {
  var name: String
}

/// The gate's settings and decision.
struct JSONGate: Codable {
  var failOn: String
  var minConfidence: String
  var passed: Bool
  var failingFindings: Int
  /// Why it failed: failing findings by rule and level with the threshold that applied; absent when none.
  var failures: [JSONGateFailure]?
}

/// Failing findings of one rule at one level.
struct JSONGateFailure: Codable {
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
struct JSONCoverage: Codable {
  var complete: Bool
  var filesScanned: Int
  var bytesScanned: Int
  var filesSkipped: Int
  var ignoredCount: Int
  var scanned: [JSONScannedFile]
  var skipped: [JSONSkippedFile]
}

/// A scanned file.
struct JSONScannedFile: Codable {
  var path: String
  var bytes: Int
  var encoding: String
}

/// A skipped file and why.
struct JSONSkippedFile: Codable {
  var path: String
  var reason: String
  var detail: String
}

/// Finding counts; `byLevel` and `byConfidence` always hold every key, `byRule` every rule.
/// The `by…` maps count every finding, suppressed or not; `activeFindings` are those the gate weighs.
/// Listed findings plus occurrences counted beyond the per-file cap (`overflow`).
struct JSONSummary: Codable {
  var totalFindings: Int
  var activeFindings: Int
  var suppressedFindings: Int
  var byEntity: [String: Int]
  var byLevel: [String: Int]
  var byConfidence: [String: Int]
  var byRule: [String: Int]
}

/// A rule that ran.
struct JSONRule: Codable {
  var id: String
  var name: String
  var entity: String
  var level: String
  var securitySeverity: Double
  var origin: String
  var tags: [String]
  var description: String?
  var help: String?
}

/// One finding, flat; `maskedValue` (and a destination's properties) the only trace of the matched text.
struct JSONFinding: Codable {
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
  var byteOffset: Int?
  var byteLength: Int?
}

/// Why a finding is accepted.
struct JSONSuppression: Codable {
  /// `inSource` (an inline allow comment) or `external` (a policy exception, a baseline).
  var kind: String
  var justification: String
  var source: String
}

/// A problem the tool met while running.
struct JSONNotification: Codable {
  var level: String
  var message: String
  var path: String?
  var ruleId: String?
}

/// Counting results: totals over the scan, then per dataset with the mergeable counters.
struct JSONPopulation: Codable {
  /// Estimated distinct people over all datasets.
  var subjects: JSONCount
  /// Of those, people with at least one sensitive value (PIPL Art. 28).
  var sensitiveSubjects: JSONCount
  /// Distinct normalized values per entity over all datasets.
  var entities: [String: JSONCount]
  var datasets: [JSONDataset]
}

/// One count: the estimate, whether it is exact, and its relative standard error (0 when exact).
struct JSONCount: Codable {
  var estimate: Int
  var exact: Bool
  var relativeStandardError: Double
  /// The mergeable counter (keyed hashes or HyperLogLog registers); only in `datasets`.
  var counter: DistinctCounter?
}

/// The counts of one file or archive member.
struct JSONDataset: Codable {
  var path: String
  var records: Int
  var subjects: JSONCount
  var sensitiveSubjects: JSONCount
  var entities: [String: JSONCount]
  /// Records keyed by each entity (the basis of the subject estimate).
  var subjectBasis: [String: Int]
}
