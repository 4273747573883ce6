// SARIF 2.1.0 wire types for the invocation and the run's property bag.

/// How the tool ran, and what it met on the way.
struct SARIFInvocation: Encodable {
  var executionSuccessful: Bool
  var commandLine: String
  var startTimeUtc: String
  var endTimeUtc: String
  var toolExecutionNotifications: [SARIFNotification]
}

/// A tool problem or a skipped file.
struct SARIFNotification: Encodable {
  var level: String
  var message: SARIFText
  var locations: [SARIFLocation]?
  var associatedRule: SARIFRuleReference?
  var properties: SARIFNotificationProperties?
}

/// A `reportingDescriptorReference` to a rule in `driver.rules`.
struct SARIFRuleReference: Encodable {
  var id: String
  var index: Int?
}

/// Why a notification exists when it stands for a skipped file.
struct SARIFNotificationProperties: Encodable {
  var kind: String
  var reason: String?
}

/// Run property bag: coverage, policy and gate, so a SARIF reader sees what was not scanned.
struct SARIFRunProperties: Encodable {
  var coverage: SARIFCoverageProperties
  var policy: String
  var gate: SARIFGateProperties
}

/// Coverage summary; `complete` is false when files that may hold personal data went unscanned.
struct SARIFCoverageProperties: Encodable {
  var filesScanned: Int
  var bytesScanned: Int
  var filesSkipped: Int
  var ignoredCount: Int
  var complete: Bool
  /// Findings left out of this SARIF file by the result cap (absent when none were).
  var resultsOmitted: Int?
}

/// The gate's settings and decision.
struct SARIFGateProperties: Encodable {
  var failOn: String
  var minConfidence: String
  var passed: Bool
  var failingFindings: Int
  /// Failing findings by rule and level, with the threshold that applied; absent when none failed.
  var failures: [JSONGateFailure]?
}
