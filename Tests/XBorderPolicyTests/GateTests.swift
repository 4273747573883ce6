import Testing
import XBorderCore
import XBorderPolicy

@Suite struct GateTests {
  private func finding(_ level: Level, _ confidence: Confidence) -> Finding {
    Finding(
      ruleId: "pii.test", entity: .email, level: level, confidence: confidence, reasons: [],
      location: SourceLocation(path: "a", line: 1, startColumn: 1, endColumn: 2, byteOffset: 0, byteLength: 1),
      maskedValue: "*", fingerprint: "f")
  }

  /// Truth table: (finding level, fail-on) → passes?
  @Test(arguments: [
    (Level.error, FailThreshold.error, false), (.warning, .error, true), (.note, .error, true),
    (.error, .warning, false), (.warning, .warning, false), (.note, .warning, true),
    (.error, .note, false), (.warning, .note, false), (.note, .note, false),
    (.error, .none, true), (.warning, .none, true), (.note, .none, true),
  ])
  func truthTable(level: Level, failOn: FailThreshold, passes: Bool) {
    let outcome = Gate.evaluate([finding(level, .high)], failOn: failOn, minConfidence: .medium)
    #expect(outcome.passed == passes)
    #expect(outcome.failingFindings == (passes ? 0 : 1))
  }

  @Test func noFindingsPass() {
    #expect(Gate.evaluate([], failOn: .note, minConfidence: .low).passed)
  }

  @Test func findingsBelowMinConfidenceDoNotFail() {
    #expect(Gate.evaluate([finding(.error, .low)], failOn: .error, minConfidence: .medium).passed)
    #expect(!Gate.evaluate([finding(.error, .low)], failOn: .error, minConfidence: .low).passed)
  }
}

/// The gate with per-entity and per-rule overrides (`gate:` in `.xborder.yml`).
@Suite struct GateOverrideTests {
  private func finding(
    _ rule: String, _ entity: Entity, _ level: Level, confidence: Confidence = .high, suppressed: Bool = false
  ) -> Finding {
    Finding(
      ruleId: rule, entity: entity, level: level, confidence: confidence, reasons: [],
      location: SourceLocation(path: "a", line: 1, startColumn: 1, endColumn: 2, byteOffset: 0, byteLength: 1),
      maskedValue: "*", fingerprint: "f",
      suppressions: suppressed ? [FindingSuppression(kind: .external, justification: "j", source: "s")] : [])
  }

  struct Row: CustomTestStringConvertible, Sendable {
    var level: Level
    var failOn: FailThreshold
    var entity: FailThreshold?
    var rule: FailThreshold?
    var confidence: Confidence = .high
    var suppressed = false
    var fails: Bool
    var source = "fail_on"
    var testDescription: String {
      "\(level) fail_on=\(failOn) entity=\(entity.map(\.rawValue) ?? "-") rule=\(rule.map(\.rawValue) ?? "-") "
        + "conf=\(confidence) suppressed=\(suppressed) → \(fails ? "fail" : "pass")"
    }
  }

  /// Truth table: rule override beats entity override beats fail_on; suppressed and low-confidence
  /// findings never fail; `none` at any layer passes that finding.
  static let table: [Row] = [
    Row(level: .error, failOn: .error, fails: true),
    Row(level: .warning, failOn: .error, fails: false),
    Row(level: .warning, failOn: .error, entity: .warning, fails: true, source: "gate.entities.email"),
    Row(level: .error, failOn: .error, entity: FailThreshold.none, fails: false),
    Row(
      level: .error, failOn: .error, entity: FailThreshold.none, rule: .error, fails: true,
      source: "gate.rules.pii.email"),
    Row(level: .note, failOn: FailThreshold.none, rule: .note, fails: true, source: "gate.rules.pii.email"),
    Row(level: .note, failOn: FailThreshold.none, entity: .note, fails: true, source: "gate.entities.email"),
    Row(level: .error, failOn: .note, entity: .note, rule: FailThreshold.none, fails: false),
    Row(level: .warning, failOn: .note, rule: .error, fails: false),
    Row(level: .error, failOn: .error, rule: .error, confidence: .low, fails: false),
    Row(level: .error, failOn: .error, entity: .note, suppressed: true, fails: false),
    Row(level: .note, failOn: .warning, entity: .error, rule: .note, fails: true, source: "gate.rules.pii.email"),
  ]

  @Test(arguments: table)
  func truthTable(row: Row) {
    let policy = GatePolicy(
      failOn: row.failOn, minConfidence: .medium, entities: row.entity.map { [.email: $0] } ?? [:],
      rules: row.rule.map { ["pii.email": $0] } ?? [:])
    let outcome = Gate.evaluate(
      [finding("pii.email", .email, row.level, confidence: row.confidence, suppressed: row.suppressed)],
      policy: policy)
    #expect(outcome.passed == !row.fails)
    #expect(outcome.failingFindings == (row.fails ? 1 : 0))
    #expect(outcome.hasOverrides == (row.entity != nil || row.rule != nil))
    if row.fails { #expect(outcome.failures.first?.thresholdSource == row.source) }
  }

  @Test func overridesOfOtherEntitiesAndRulesDoNotApply() {
    let policy = GatePolicy(
      failOn: .error, minConfidence: .medium, entities: [.cnMobile: .note], rules: ["pii.x": .note])
    #expect(Gate.evaluate([finding("pii.email", .email, .warning)], policy: policy).passed)
  }

  @Test func failuresAreCountedByRuleAndLevel() {
    let findings = [
      finding("pii.email", .email, .warning), finding("pii.email", .email, .warning),
      finding("pii.cn.mobile", .cnMobile, .error), finding("pii.email", .email, .error),
      finding("pii.ip.v4", .ipAddress, .note),
    ]
    let outcome = Gate.evaluate(findings, policy: GatePolicy(failOn: .warning, minConfidence: .medium))
    #expect(outcome.failingFindings == 4)
    #expect(outcome.failures.map { "\($0.ruleId)/\($0.level)/\($0.count)" } == [
      "pii.cn.mobile/error/1", "pii.email/error/1", "pii.email/warning/2",
    ])
  }
}
