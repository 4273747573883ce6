/// Findings of one file beyond the per-file cap, for one rule, level, confidence and context: counted
/// exactly and summarised with a few masked samples instead of being listed one by one, so a file with
/// millions of matches keeps memory and reports bounded. They still count for the gate.
public struct FindingOverflow: Codable, Sendable, Hashable {
  /// One example occurrence: masked value and line.
  public struct Sample: Codable, Sendable, Hashable {
    public var maskedValue: String
    public var line: Int
    public init(maskedValue: String, line: Int) {
      self.maskedValue = maskedValue
      self.line = line
    }
  }

  /// The most samples kept per group.
  public static let maxSamples = 3

  public var path: String
  public var ruleId: String
  public var entity: Entity
  public var level: Level
  public var confidence: Confidence
  /// The column or key the occurrences sit in, when known (e.g. `column "phone"`).
  public var context: String?
  /// True when the occurrences are suppressed (e.g. a policy exception for a destination).
  public var suppressed: Bool
  /// Exact number of occurrences not listed as findings.
  public var count: Int
  /// The first few occurrences, masked.
  public var samples: [Sample]

  public init(
    path: String, ruleId: String, entity: Entity, level: Level, confidence: Confidence, context: String?,
    suppressed: Bool, count: Int, samples: [Sample]
  ) {
    self.path = path
    self.ruleId = ruleId
    self.entity = entity
    self.level = level
    self.confidence = confidence
    self.context = context
    self.suppressed = suppressed
    self.count = count
    self.samples = samples
  }

  /// Report order: by path, then rule, then the larger count first.
  public static func reportOrder(_ lhs: FindingOverflow, _ rhs: FindingOverflow) -> Bool {
    (lhs.path, lhs.ruleId, rhs.count, lhs.context ?? "") < (rhs.path, rhs.ruleId, lhs.count, rhs.context ?? "")
  }
}
