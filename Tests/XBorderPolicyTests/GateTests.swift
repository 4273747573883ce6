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
