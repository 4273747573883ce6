import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// The prefilter seam: hinted rules find the same as unhinted ones, and `--profile-rules` counts.
@Suite struct PrefilterTests {
  static func pack(hint: String) -> String {
    """
    pack: {id: test, name: Test}
    rules:
      - id: test.mobile
        name: Mobile
        entity: cn_mobile
        level: warning
        description: d
        help: h
        \(hint)
        patterns:
          - regex: '(?<![0-9])(?<value>1[3-9][0-9]{9})(?![0-9])'
            capture: value
        validators: [cn_mobile]
        examples: []
        negative_examples: []
    """
  }

  static func scanner(hint: String, usePrefilter: Bool = true, profile: Bool = false) throws -> FileScanner {
    let catalog = try RuleCatalog.load([.init(origin: "test.yaml", text: pack(hint: hint))])
    return FileScanner(
      rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)), usePrefilter: usePrefilter,
      profile: profile)
  }

  static func offsets(_ scanner: FileScanner, _ text: String) -> [Int] {
    Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0, path: "f.txt") }.findings.map(\.location.byteOffset)
  }

  static let text = "a 13912347865 b 139123478651 c 13987651234\n手机13852947361，x\n" + String(repeating: "9", count: 70)

  @Test func soundHintFindsTheSame() throws {
    let hinted = try Self.scanner(hint: "prefilter: {digit_runs: [[11, 11]]}")
    let plain = try Self.scanner(hint: "")
    #expect(Self.offsets(hinted, Self.text) == Self.offsets(plain, Self.text))
    #expect(Self.offsets(plain, Self.text).count == 3)
  }

  @Test func wrongHintHidesMatchesWhichIsWhyHintsAreTested() throws {
    // A hint promising 12-digit runs is false for 11-digit mobiles: nothing is searched where they are.
    let wrong = try Self.scanner(hint: "prefilter: {digit_runs: [[12, 12]]}")
    #expect(Self.offsets(wrong, Self.text).isEmpty)
    let ignored = try Self.scanner(hint: "prefilter: {digit_runs: [[12, 12]]}", usePrefilter: false)
    #expect(Self.offsets(ignored, Self.text).count == 3)
  }

  @Test func literalsInsideDigitRunsAreAnchors() throws {
    // Every match must contain the literal: 139… does, 138… does not.
    let hinted = try Self.scanner(hint: "prefilter: {literals: ['139']}")
    #expect(Self.offsets(hinted, Self.text).count == 2)
  }

  @Test func unboundedPatternWithHintFailsLoading() {
    let text = Self.pack(hint: "prefilter: {literals: ['@']}").replacingOccurrences(of: "[0-9]{9}", with: "[0-9]+")
    #expect(throws: XBorderError.self) { try RuleCatalog.load([.init(origin: "t.yaml", text: text)]) }
  }

  @Test func profileCountsCandidatesAndAccepted() throws {
    let scanner = try Self.scanner(hint: "prefilter: {digit_runs: [[11, 11]]}", profile: true)
    _ = Self.offsets(scanner, Self.text)
    _ = Self.offsets(scanner, "13912347865")
    let entry = try #require(scanner.profile?.entries.first)
    #expect((entry.ruleId, entry.candidates, entry.accepted, entry.prefiltered) == ("test.mobile", 4, 4, true))
    #expect(scanner.profile?.render().contains("test.mobile") == true)
  }
}
