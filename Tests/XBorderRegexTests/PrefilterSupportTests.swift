import Testing
@testable import XBorderRegex

@Suite struct PatternLengthTests {
  @Test func boundedPatternsHaveTheirLongestMatch() {
    #expect(PatternLength.maxBytes(#"(?<![0-9])[0-9]{14,19}(?![0-9])"#) == 19)
    #expect(PatternLength.maxBytes(#"1[3-9][0-9](?<sep>[ -]?)[0-9]{4}\k<sep>[0-9]{4}"#) == 13)
    #expect(PatternLength.maxBytes("ab|cde?") == 3)
    #expect(PatternLength.maxBytes("号") == 3)
  }

  @Test func charactersThatMayBeNonASCIICountFourBytes() {
    #expect(PatternLength.maxBytes(#"\p{Han}{2}"#) == 8)
    #expect(PatternLength.maxBytes("[^a]") == 4)
    #expect(PatternLength.maxBytes(".") == 4)
    #expect(PatternLength.maxBytes(#"\d"#) == 4)
    #expect(PatternLength.maxBytes("(?i:ab)") == 8)
    #expect(PatternLength.maxBytes("ab", caseless: true) == 8)
  }

  @Test func extendedModeSkipsSpaceAndComments() {
    #expect(PatternLength.maxBytes("(?x) a b # comment\n c") == 3)
    #expect(PatternLength.maxBytes("(?x)[ ]x") == 2)
  }

  @Test func unboundedOrUnknownGivesNil() {
    #expect(PatternLength.maxBytes("a+") == nil)
    #expect(PatternLength.maxBytes("a*") == nil)
    #expect(PatternLength.maxBytes("a{2,}") == nil)
    #expect(PatternLength.maxBytes(#"a\Kb"#) == nil)
    #expect(PatternLength.maxBytes("(a)(?1)") == nil)
    #expect(PatternLength.maxBytes("(a") == nil)
  }

  @Test func regexExposesIt() throws {
    #expect(try Regex("[0-9]{3}-[0-9]{4}").maxMatchLength == 8)
    #expect(try Regex("x+").maxMatchLength == nil)
  }
}

@Suite struct OffsetLimitTests {
  @Test func matchMustStartByTheLimitButMaySeeBeyondIt() throws {
    let regex = try Regex(#"(?<![0-9])[0-9]{4}(?![0-9])"#)
    let bytes = Array("ab 12345 x 6789 y".utf8)
    let session = MatchSession()
    let (limited, reaching, unlimited) = try bytes.withUnsafeBufferPointer { buffer in
      (
        try session.firstMatch(of: regex, in: buffer, from: 0, startingBy: 4)?.range,
        try session.firstMatch(of: regex, in: buffer, from: 0, startingBy: 11)?.range,
        try session.firstMatch(of: regex, in: buffer, from: 0)?.range
      )
    }
    // 1234 inside 12345 is rejected by the lookahead even though it starts before the limit.
    #expect(limited == nil)
    #expect(reaching == 11..<15)
    #expect(unlimited == 11..<15, "the limit is reset after the call")
  }
}

@Suite struct PortablePatternTests {
  @Test func dropsLookaroundsAndInlinesBackreferences() {
    #expect(PortablePattern.rewrite(#"(?<![0-9])1(?<sep>[ -]?)2\k<sep>3(?![0-9])"#) == "1(?:[ -]?)2(?:[ -]?)3")
  }

  @Test func foldsExtendedPatternsAndKeepsClassSpaces() {
    #expect(PortablePattern.rewrite("(?x)\n a [ ]b  # note\n c") == #"a[\x20]bc"#)
  }

  @Test func newlineBecomesLineStart() {
    #expect(PortablePattern.rewrite(#"(?:^|\n)-"#) == "(?:^|^)-")
  }

  @Test func possessiveQuantifiersBecomeGreedy() {
    #expect(PortablePattern.rewrite(#"[a-z]{0,62}+(?<!-)\.x++y?+"#) == #"[a-z]{0,62}\.x+y?"#)
    // A literal plus, a lazy quantifier and a class are left alone.
    #expect(PortablePattern.rewrite(#"\++a+?[+]+"#) == #"\++a+?[+]+"#)
  }

  @Test func numberedBackreferencesAreRefused() {
    #expect(PortablePattern.rewrite(#"(a)\1"#) == nil)
  }
}
