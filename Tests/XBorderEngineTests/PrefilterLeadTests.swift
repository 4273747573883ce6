import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// `starts_within`: a match starts at most that many bytes before its anchor, so windows start there.
@Suite struct PrefilterLeadTests {
  /// A scheme of 1–10 letters before `://`, a host after it: the longest match is 10 + 3 + 40 = 53 bytes.
  static func pack(hint: String) -> String {
    """
    pack: {id: test, name: Test}
    rules:
      - id: test.link
        name: Link
        entity: device_id
        level: warning
        description: d
        help: h
        \(hint)
        patterns:
          - regex: '(?<![A-Za-z])[a-z]{1,10}://[a-z]{1,40}'
        examples: []
        negative_examples: []
    """
  }

  static func rules(hint: String) throws -> [CompiledRule] {
    try RuleCatalog.load([.init(origin: "test.yaml", text: pack(hint: hint))]).rules
  }

  static func offsets(hint: String, usePrefilter: Bool = true) throws -> [Int] {
    let scanner = FileScanner(
      rules: try rules(hint: hint), fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)),
      usePrefilter: usePrefilter)
    return Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0, path: "f.txt") }.findings
      .map(\.location.byteOffset)
  }

  /// Schemes of 1, 5, 10 and 3 letters, far enough apart that their windows are not merged; a host
  /// followed by a second `://`.
  static let filler = String(repeating: "-", count: 60)
  static let text = "x://aa \(filler) https://example \(filler) abcdefghij://host://more\n"
    + String(repeating: "z", count: 80) + "\nftp://files"

  @Test func trueLeadFindsTheSame() throws {
    let plain = try Self.offsets(hint: "")
    #expect(plain.count == 4)
    #expect(try Self.offsets(hint: "prefilter: {literals: ['://'], starts_within: 10}") == plain)
    #expect(try Self.offsets(hint: "prefilter: {literals: ['://']}") == plain)
  }

  @Test func tooShortLeadHidesLongSchemes() throws {
    // Promising 5 bytes is false for the 10-letter scheme: its start lies outside every window.
    let wrong = "prefilter: {literals: ['://'], starts_within: 5}"
    let longScheme = Array(Self.text.utf8).firstRange(of: Array("abcdefghij".utf8))!.lowerBound
    #expect(try Self.offsets(hint: wrong, usePrefilter: false).contains(longScheme))
    #expect(try !Self.offsets(hint: wrong).contains(longScheme))
  }

  @Test func leadIsCompiledOrDefaultsToTheLongestMatch() throws {
    let declared = try Self.rules(hint: "prefilter: {literals: ['://'], starts_within: 10}")
    #expect(declared[0].patterns[0].prefilter?.maxLead == 10)
    let defaulted = try Self.rules(hint: "prefilter: {literals: ['://']}")
    #expect(defaulted[0].patterns[0].prefilter?.maxLead == 53)
    #expect(defaulted[0].patterns[0].prefilter?.maxMatchLength == 53)
  }

  @Test func leadOutsideTheMatchFailsLoading() {
    for bad in ["starts_within: -1", "starts_within: 54"] {
      #expect(throws: XBorderError.self) { try Self.rules(hint: "prefilter: {literals: ['://'], \(bad)}") }
    }
  }
}

/// Literals that share first bytes: a one-byte literal and longer ones on the same letter (either case),
/// and two Han characters with the same UTF-8 lead byte (号 E5 8F B7, 名 E5 90 8D).
@Suite struct PrefilterLiteralTableTests {
  static func offsets(hint: String, usePrefilter: Bool = true) throws -> [Int] {
    let text = """
      pack: {id: test, name: Test}
      rules:
        - id: test.code
          name: Code
          entity: device_id
          level: warning
          description: d
          help: h
          \(hint)
          patterns:
            - regex: '(?<![A-Za-z])(?i:ab|ac|a|号|名)[0-9]{2}(?![0-9])'
          examples: []
          negative_examples: []
      """
    let scanner = FileScanner(
      rules: try RuleCatalog.load([.init(origin: "test.yaml", text: text)]).rules,
      fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)), usePrefilter: usePrefilter)
    let sample = "AB12 ac34 a56 Ac78 号90 名12 呼34 x ab1 a\nab99 " + String(repeating: "-", count: 60) + " 名56"
    return Array(sample.utf8).withUnsafeBufferPointer { scanner.scan($0, path: "f.txt") }.findings
      .map(\.location.byteOffset)
  }

  @Test func everyLiteralIsSeenWhateverItShares() throws {
    let plain = try Self.offsets(hint: "")
    #expect(plain.count == 8)
    #expect(try Self.offsets(hint: "prefilter: {literals: ['a', 'ab', 'AC', '号', '名'], starts_within: 0}") == plain)
  }

  @Test func aMissingLiteralIsNotSeen() throws {
    // Without '名' the last match has no anchor ('号', with the same lead byte, does not stand in for it);
    // 名12 is still found, inside the window merged from its neighbours' anchors.
    let hinted = try Self.offsets(hint: "prefilter: {literals: ['a', '号'], starts_within: 0}")
    #expect(hinted.count == 7)
    #expect(hinted == Array(try Self.offsets(hint: "").dropLast()))
  }
}
