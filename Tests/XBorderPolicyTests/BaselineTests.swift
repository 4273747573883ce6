import Foundation
import Testing
import XBorderCore
import XBorderPolicy

/// Baselines: creation from findings, the stable file format, matching, expiry and key mismatch.
@Suite struct BaselineTests {
  private func finding(_ fingerprint: String, rule: String = "pii.email", path: String = "a.csv", line: Int = 1)
    -> Finding
  {
    Finding(
      ruleId: rule, entity: .email, level: .error, confidence: .high, reasons: [],
      location: SourceLocation(path: path, line: line, startColumn: 1, endColumn: 2, byteOffset: 0, byteLength: 1),
      maskedValue: "a***@example.com", fingerprint: fingerprint)
  }

  private let today = ISODate("2026-06-01")!

  @Test func createdFromUnsuppressedFindingsSortedAndDeduplicated() {
    var policyAllowed = finding("ccc", path: "z.csv")
    policyAllowed.suppressions = [FindingSuppression(kind: .external, justification: "j", source: "policy")]
    let baseline = Baseline.of(
      [finding("bbb", path: "b.csv"), finding("aaa", path: "a.csv"), finding("aaa", path: "a.csv", line: 9),
       policyAllowed],
      keyCheck: "k")
    #expect(baseline.entries.map(\.fingerprint) == ["aaa", "bbb"])
  }

  @Test func fileFormatIsStableOneEntryPerLineAndRoundTrips() throws {
    let baseline = Baseline(
      entries: [
        .init(fingerprint: "f2", rule: "pii.email", path: "b/x.csv", reason: "legacy", owner: "ops",
          expires: "2027-01-31"),
        .init(fingerprint: "f1", rule: "pii.cn.mobile", path: "a.csv"),
      ], keyCheck: "abc")
    let text = BaselineFile.encode(baseline)
    #expect(text == """
      {
        "version": 1,
        "keyCheck": "abc",
        "entries": [
          {"fingerprint":"f1","path":"a.csv","rule":"pii.cn.mobile"},
          {"expires":"2027-01-31","fingerprint":"f2","owner":"ops","path":"b/x.csv","reason":"legacy","rule":"pii.email"}
        ]
      }

      """)
    let decoded = try BaselineFile.decode(Data(text.utf8), origin: "b.json")
    #expect(decoded == baseline)
    #expect(BaselineFile.encode(decoded) == text)
  }

  @Test func recreatingKeepsReasonsOfEntriesThatStillMatch() {
    let previous = Baseline(entries: [.init(fingerprint: "aaa", rule: "pii.email", path: "a.csv", reason: "kept")])
    let next = Baseline.of(
      [finding("aaa"), finding("new")], keyCheck: "k", previous: previous,
      defaults: .init(reason: "initial import", owner: "ops", expires: ISODate("2027-01-01")))
    #expect(next.entries.map(\.reason) == ["kept", "initial import"])
    #expect(next.entries.last?.owner == "ops")
    #expect(next.entries.last?.expires == "2027-01-01")
  }

  @Test func matchingFindingsAreSuppressedExternally() {
    let baseline = Baseline(entries: [.init(fingerprint: "aaa", rule: "pii.email", path: "a.csv", reason: "old")])
    let outcome = BaselineMatcher.apply(
      baseline, to: [finding("aaa", line: 40), finding("bbb")], today: today, source: ".xborder-baseline.json",
      keyCheck: "k")
    #expect(outcome.findings.map(\.isSuppressed) == [true, false])
    let suppression = outcome.findings[0].suppressions[0]
    #expect(suppression.kind == .external)
    #expect(suppression.justification == "old")
    #expect(suppression.source == ".xborder-baseline.json")
    #expect(outcome.unmatchedEntries == 0)
  }

  @Test func expiredEntriesStopSuppressingAndSaySo() {
    let baseline = Baseline(entries: [
      .init(fingerprint: "aaa", rule: "pii.email", path: "a.csv", expires: "2026-05-31"),
      .init(fingerprint: "bbb", rule: "pii.email", path: "a.csv", expires: "2026-06-01"),
    ])
    let outcome = BaselineMatcher.apply(
      baseline, to: [finding("aaa"), finding("bbb")], today: today, source: "b.json", keyCheck: "k")
    #expect(outcome.findings.map(\.isSuppressed) == [false, true], "the expiry day itself still suppresses")
    #expect(outcome.expired == 1)
    #expect(outcome.findings[0].properties["baseline_expired"] == "2026-05-31")
    #expect(outcome.notifications.count == 1)
    #expect(outcome.notifications[0].message.contains("expired on 2026-05-31"))
  }

  @Test func unmatchedEntriesAndAnotherKeyAreReported() {
    let baseline = Baseline(
      entries: [.init(fingerprint: "gone", rule: "pii.email", path: "a.csv"),
                .init(fingerprint: "other", rule: "pii.email", path: "unscanned.csv")],
      keyCheck: "old-key")
    let outcome = BaselineMatcher.apply(
      baseline, to: [finding("x")], today: today, source: "b.json", keyCheck: "new-key", scannedPaths: ["a.csv"])
    #expect(outcome.unmatchedEntries == 1)
    #expect(outcome.notifications.contains { $0.message.contains("another fingerprint key") })
  }

  @Test func badFilesAreConfigErrors() {
    #expect(throws: XBorderError.self) { try BaselineFile.decode(Data("{".utf8), origin: "b.json") }
    #expect(throws: XBorderError.self) {
      try BaselineFile.decode(Data(#"{"version": 2, "entries": []}"#.utf8), origin: "b.json")
    }
    #expect(throws: XBorderError.self) {
      try BaselineFile.decode(
        Data(#"{"version":1,"entries":[{"fingerprint":"f","rule":"r","path":"p","expires":"soon"}]}"#.utf8),
        origin: "b.json")
    }
  }
}
