import XBorderCore

/// What the gate weighs: a default threshold, per-entity and per-rule overrides (`gate:` in
/// `.xborder.yml`), and the confidence floor.
public struct GatePolicy: Sendable, Hashable {
  public var failOn: FailThreshold
  public var minConfidence: Confidence
  /// Thresholds for every rule of an entity, e.g. `email: none`.
  public var entities: [Entity: FailThreshold]
  /// Thresholds for one rule; they win over entity thresholds.
  public var rules: [String: FailThreshold]

  public init(
    failOn: FailThreshold, minConfidence: Confidence, entities: [Entity: FailThreshold] = [:],
    rules: [String: FailThreshold] = [:]
  ) {
    self.failOn = failOn
    self.minConfidence = minConfidence
    self.entities = entities
    self.rules = rules
  }

  /// The threshold that applies to `finding` and where it comes from: rule override, then entity
  /// override, then `fail_on`.
  public func threshold(for finding: Finding) -> (threshold: FailThreshold, source: String) {
    threshold(ruleId: finding.ruleId, entity: finding.entity)
  }

  /// The threshold for a rule of an entity and where it comes from.
  public func threshold(ruleId: String, entity: Entity) -> (threshold: FailThreshold, source: String) {
    if let rule = rules[ruleId] { return (rule, "gate.rules.\(ruleId)") }
    if let override = entities[entity] { return (override, "gate.entities.\(entity.rawValue)") }
    return (failOn, "fail_on")
  }

  /// Whether `finding` alone fails the gate.
  public func fails(_ finding: Finding) -> Bool {
    fails(
      ruleId: finding.ruleId, entity: finding.entity, level: finding.level, confidence: finding.confidence,
      suppressed: finding.isSuppressed)
  }

  /// Whether an occurrence with these traits fails the gate (listed, or counted beyond the per-file cap).
  public func fails(ruleId: String, entity: Entity, level: Level, confidence: Confidence, suppressed: Bool) -> Bool {
    guard !suppressed, confidence >= minConfidence else { return false }
    guard let threshold = threshold(ruleId: ruleId, entity: entity).threshold.level else { return false }
    return level >= threshold
  }
}

/// The CI gate: does this set of findings fail the build? A pure function, tested by truth table.
public enum Gate {
  /// The gate fails when any finding that is not suppressed, is at or above `minConfidence`, is at or
  /// above the threshold that applies to it. The outcome counts the failing findings by rule and level.
  /// Occurrences counted beyond the per-file cap (`overflow`) count like listed findings.
  public static func evaluate(
    _ findings: [Finding], overflow: [FindingOverflow] = [], policy: GatePolicy
  ) -> GateOutcome {
    var counts: [GateFailure.Key: Int] = [:]
    for finding in findings where policy.fails(finding) {
      let (threshold, source) = policy.threshold(for: finding)
      let key = GateFailure.Key(
        ruleId: finding.ruleId, level: finding.level, threshold: threshold, thresholdSource: source)
      counts[key, default: 0] += 1
    }
    for group in overflow
    where policy.fails(
      ruleId: group.ruleId, entity: group.entity, level: group.level, confidence: group.confidence,
      suppressed: group.suppressed)
    {
      let (threshold, source) = policy.threshold(ruleId: group.ruleId, entity: group.entity)
      let key = GateFailure.Key(ruleId: group.ruleId, level: group.level, threshold: threshold, thresholdSource: source)
      counts[key, default: 0] += group.count
    }
    let failures = counts.map { GateFailure(key: $0.key, count: $0.value) }.sorted(by: GateFailure.order)
    let failing = failures.reduce(0) { $0 + $1.count }
    return GateOutcome(
      failOn: policy.failOn, minConfidence: policy.minConfidence, passed: failing == 0, failingFindings: failing,
      failures: failures, hasOverrides: !policy.entities.isEmpty || !policy.rules.isEmpty)
  }

  /// The gate with one threshold for every finding.
  public static func evaluate(
    _ findings: [Finding], overflow: [FindingOverflow] = [], failOn: FailThreshold, minConfidence: Confidence
  ) -> GateOutcome {
    evaluate(findings, overflow: overflow, policy: GatePolicy(failOn: failOn, minConfidence: minConfidence))
  }
}

extension GateFailure {
  fileprivate struct Key: Hashable {
    var ruleId: String
    var level: Level
    var threshold: FailThreshold
    var thresholdSource: String
  }

  fileprivate init(key: Key, count: Int) {
    self.init(
      ruleId: key.ruleId, level: key.level, count: count, threshold: key.threshold,
      thresholdSource: key.thresholdSource)
  }

  /// Most severe first, then most findings, then rule id.
  fileprivate static func order(_ lhs: GateFailure, _ rhs: GateFailure) -> Bool {
    if lhs.level != rhs.level { return lhs.level > rhs.level }
    if lhs.count != rhs.count { return lhs.count > rhs.count }
    return lhs.ruleId < rhs.ruleId
  }
}
