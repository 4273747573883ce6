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

  /// Two rules: a 16-hex-digit id hinted by `hexHint`, and a word hinted by a literal that starts with a hex
  /// letter (so literals inside hex runs must still be seen).
  static func hexScanner(hexHint: String, usePrefilter: Bool = true) throws -> FileScanner {
    let rule = { (id: String, hint: String, regex: String) in
      """
        - id: \(id)
          name: N
          entity: device_id
          level: warning
          description: d
          help: h
          \(hint)
          patterns:
            - regex: '\(regex)'
          examples: []
          negative_examples: []
      """
    }
    let text = """
      pack: {id: test, name: Test}
      rules:
      \(rule("test.hex16", hexHint, "(?<![0-9A-Za-z])[0-9A-Fa-f]{16}(?![0-9A-Za-z])"))
      \(rule("test.word", "prefilter: {literals: ['beef']}", "beef[0-9]{2}"))
      """
    let catalog = try RuleCatalog.load([.init(origin: "test.yaml", text: text)])
    return FileScanner(
      rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)), usePrefilter: usePrefilter)
  }

  static let hexText =
    "id=9774d56d682e549c x 9774D56D682E549C1 y 0123456789abcdef\nbeef12 cafebeef34 9774d56d682e549cbeef56 "
    + "q9774d56d682e549c " + String(repeating: "a", count: 70) + " 1234567890123456"

  @Test func hexRunHintsFindTheSame() throws {
    let hinted = try Self.hexScanner(hexHint: "prefilter: {hex_runs: [[16, 16]]}")
    let plain = try Self.hexScanner(hexHint: "prefilter: {hex_runs: [[16, 16]]}", usePrefilter: false)
    let found = Self.offsets(hinted, Self.hexText)
    #expect(found == Self.offsets(plain, Self.hexText))
    // Three ids (the 17-digit run, the one glued to `beef`, the one after `q` are not whole), three words.
    #expect(found.count == 6)
  }

  @Test func wrongHexRunHintHidesMatches() throws {
    let wrong = try Self.hexScanner(hexHint: "prefilter: {hex_runs: [[15, 15]]}")
    #expect(Self.offsets(wrong, Self.hexText).count == 3)
  }

  @Test func emptyRunHintFailsLoading() {
    #expect(throws: XBorderError.self) { try Self.hexScanner(hexHint: "prefilter: {hex_runs: [[17, 16]]}") }
  }

  /// A rule whose two patterns have different anchors: a labelled form with its own hint, and a bare form
  /// under the rule's hint, whose literal is longer than the bare form can ever match.
  static func perPatternRules() throws -> [CompiledRule] {
    let text = """
      pack: {id: test, name: Test}
      rules:
        - id: test.member
          name: Member number
          entity: device_id
          level: warning
          description: d
          help: h
          prefilter: {literals: ['membership-number'], digit_runs: [[8, 8]]}
          patterns:
            - regex: '(?<![0-9])M[0-9]{8}(?![0-9])'
            - prefilter: {literals: ['会员']}
              regex: '会员[:：]?(?<value>[0-9]{6})(?![0-9])'
              capture: value
          examples: []
          negative_examples: []
      """
    return try RuleCatalog.load([.init(origin: "test.yaml", text: text)]).rules
  }

  static func perPatternScanner(usePrefilter: Bool = true) throws -> FileScanner {
    FileScanner(
      rules: try perPatternRules(), fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)),
      usePrefilter: usePrefilter)
  }

  static let memberText = "membership-number M12345678, 会员：123456 and M87654321 x M123456789 会员99999\n"

  @Test func patternHintsFindTheSameAsNoHints() throws {
    let hinted = Self.offsets(try Self.perPatternScanner(), Self.memberText)
    #expect(hinted == Self.offsets(try Self.perPatternScanner(usePrefilter: false), Self.memberText))
    #expect(hinted.count == 3)
  }

  @Test func patternHintReplacesTheRuleHint() throws {
    // Without its own hint the labelled form would fall under the rule's hint, which it does not keep:
    // 会员123456 holds no 8-digit run and no 'membership-number'.
    let rules = try Self.perPatternRules()
    #expect(rules[0].patterns.map { $0.prefilter?.literals.count } == [1, 1])
    #expect(rules[0].patterns[0].prefilter?.digitRuns == [8...8])
    #expect(rules[0].patterns[1].prefilter?.digitRuns == [])
  }
}
