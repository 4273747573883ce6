import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// `starts_within`: a match starts at most that many bytes before its anchor, so windows start there.
@Suite struct PrefilterLeadTests {
  /// A scheme of 1–10 letters before `://`, a host after it: the longest match is 10 + 3 + 40 = 53 bytes.
  static func body(_ hint: String) -> String {
    "\(hint)\npatterns:\n  - regex: '(?<![A-Za-z])[a-z]{1,10}://[a-z]{1,40}'"
  }

  static func offsets(hint: String, usePrefilter: Bool = true) throws -> [Int] {
    OneRulePack.offsets(try OneRulePack.scanner(usePrefilter: usePrefilter, body(hint)), text)
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
    let declared = try OneRulePack.rules(Self.body("prefilter: {literals: ['://'], starts_within: 10}"))
    #expect(declared[0].patterns[0].prefilter?.maxLead == 10)
    let defaulted = try OneRulePack.rules(Self.body("prefilter: {literals: ['://']}"))
    #expect(defaulted[0].patterns[0].prefilter?.maxLead == 53)
    #expect(defaulted[0].patterns[0].prefilter?.maxMatchLength == 53)
  }

  @Test func leadOutsideTheMatchFailsLoading() {
    for bad in ["starts_within: -1", "starts_within: 54"] {
      #expect(throws: XBorderError.self) {
        try OneRulePack.rules(Self.body("prefilter: {literals: ['://'], \(bad)}"))
      }
    }
  }
}

/// Literals that share first bytes: a one-byte literal and longer ones on the same letter (either case),
/// and two Han characters with the same UTF-8 lead byte (号 E5 8F B7, 名 E5 90 8D).
@Suite struct PrefilterLiteralTableTests {
  static let sample =
    "AB12 ac34 a56 Ac78 号90 名12 呼34 x ab1 a\nab99 " + String(repeating: "-", count: 60) + " 名56"

  static func offsets(hint: String) throws -> [Int] {
    let body = "\(hint)\npatterns:\n  - regex: '(?<![A-Za-z])(?i:ab|ac|a|号|名)[0-9]{2}(?![0-9])'"
    return OneRulePack.offsets(try OneRulePack.scanner(body), sample)
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
