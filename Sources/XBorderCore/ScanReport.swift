import Foundation

/// Everything the reporters need, and nothing else: reporters are pure functions of this value.
public struct ScanReport: Codable, Sendable, Hashable {
  public var tool: ToolInfo
  public var invocation: Invocation
  /// Every rule that ran, sorted by id.
  public var rules: [RuleDescriptor]
  /// Every finding, in `Finding.reportOrder`.
  public var findings: [Finding]
  public var coverage: Coverage
  public var notifications: [ToolNotification]
  public var gate: GateOutcome
  /// Per-column summaries of tabular files (CSV/TSV) that hold personal data, sorted by path and position.
  public var columns: [ColumnSummary]
  /// Findings beyond the per-file cap, counted per file, rule and context (`FindingOverflow.reportOrder`).
  public var overflow: [FindingOverflow]
  /// How many findings a file may list before the rest go to `overflow`.
  public var findingCapPerFile: Int
  /// Distinct values and estimated people per dataset, counted from every accepted match.
  public var population: EntityTally
  /// The transfer mechanism the policy's regime calls for (policies `pipl`, `gdpr`), else nil.
  public var assessment: TransferAssessment?
  /// What to do before the export, each item linked to its evidence.
  public var checklist: [ChecklistItem]

  public init(
    tool: ToolInfo, invocation: Invocation, rules: [RuleDescriptor], findings: [Finding], coverage: Coverage,
    notifications: [ToolNotification], gate: GateOutcome, columns: [ColumnSummary] = [],
    overflow: [FindingOverflow] = [], findingCapPerFile: Int = defaultFindingCapPerFile, population: EntityTally = EntityTally(),
    assessment: TransferAssessment? = nil, checklist: [ChecklistItem] = []
  ) {
    self.tool = tool
    self.invocation = invocation
    self.rules = rules
    self.findings = findings
    self.coverage = coverage
    self.notifications = notifications
    self.gate = gate
    self.columns = columns
    self.overflow = overflow
    self.findingCapPerFile = findingCapPerFile
    self.population = population
    self.assessment = assessment
    self.checklist = checklist
  }

  /// The per-file cap when none is given (`ScanLimits.defaultFindingCap` of the engine).
  public static let defaultFindingCapPerFile = 1_000

  /// All occurrences found: listed findings plus those counted beyond the per-file cap.
  public var occurrenceCount: Int { findings.count + overflow.reduce(0) { $0 + $1.count } }
}

/// The scanner's identity, as SARIF's `tool.driver` wants it.
public struct ToolInfo: Codable, Sendable, Hashable {
  public var name: String
  public var version: String
  public var informationUri: String
  public init(name: String, version: String, informationUri: String) {
    self.name = name
    self.version = version
    self.informationUri = informationUri
  }
}

/// How the scan was run.
public struct Invocation: Codable, Sendable, Hashable {
  public var commandLine: String
  /// Absolute path of the scan root; finding paths are relative to it.
  public var root: String
  public var startTime: Date
  public var endTime: Date
  /// The policy in force (e.g. `pipl`).
  public var policy: String
  /// False when the tool itself failed (not when findings fail the gate).
  public var executionSuccessful: Bool

  public init(
    commandLine: String, root: String, startTime: Date, endTime: Date, policy: String, executionSuccessful: Bool
  ) {
    self.commandLine = commandLine
    self.root = root
    self.startTime = startTime
    self.endTime = endTime
    self.policy = policy
    self.executionSuccessful = executionSuccessful
  }
}

/// The gate's decision and why.
public struct GateOutcome: Codable, Sendable, Hashable {
  public var failOn: FailThreshold
  public var minConfidence: Confidence
  public var passed: Bool
  /// Findings at or above the threshold, which made the gate fail.
  public var failingFindings: Int
  /// The failing findings counted by rule and level, with the threshold that made each fail.
  public var failures: [GateFailure]
  /// Per-entity or per-rule thresholds were in force, so `failOn` is not the only bar.
  public var hasOverrides: Bool

  public init(
    failOn: FailThreshold, minConfidence: Confidence, passed: Bool, failingFindings: Int, failures: [GateFailure] = [],
    hasOverrides: Bool = false
  ) {
    self.failOn = failOn
    self.minConfidence = minConfidence
    self.passed = passed
    self.failingFindings = failingFindings
    self.failures = failures
    self.hasOverrides = hasOverrides
  }
}

/// Failing findings of one rule at one level, and the threshold they met.
public struct GateFailure: Codable, Sendable, Hashable {
  public var ruleId: String
  public var level: Level
  public var count: Int
  /// The threshold that applied (`fail_on`, or an override).
  public var threshold: FailThreshold
  /// Where the threshold comes from: `fail_on`, `gate.entities.email`, `gate.rules.pii.email`.
  public var thresholdSource: String

  public init(ruleId: String, level: Level, count: Int, threshold: FailThreshold, thresholdSource: String) {
    self.ruleId = ruleId
    self.level = level
    self.count = count
    self.threshold = threshold
    self.thresholdSource = thresholdSource
  }
}
