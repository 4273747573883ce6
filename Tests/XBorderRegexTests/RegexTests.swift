import Testing
@testable import XBorderRegex

@Suite struct RegexTests {
  private func matches(_ pattern: String, _ text: String) throws -> [String] {
    let regex = try Regex(pattern)
    let session = MatchSession()
    let bytes = Array(text.utf8)
    var found: [String] = []
    try bytes.withUnsafeBufferPointer { buffer in
      try session.forEachMatch(of: regex, in: buffer) { match in
        found.append(String(decoding: bytes[match.range], as: UTF8.self))
        return true
      }
    }
    return found
  }

  @Test func findsEveryNonOverlappingMatch() throws {
    #expect(try matches(#"\d{3}"#, "a123b456789") == ["123", "456", "789"])
  }

  @Test func byteOffsetsAfterChineseText() throws {
    let regex = try Regex(#"(?<![0-9])1[3-9]\d{9}(?![0-9])"#)
    let bytes = Array("手机13812345678".utf8)
    let session = MatchSession()
    let range = try bytes.withUnsafeBufferPointer { try session.firstMatch(of: regex, in: $0, from: 0)?.range }
    #expect(range == 6..<17)
  }

  @Test func digitLookaroundsWorkNextToHanCharacters() throws {
    // \b is not a boundary between a Han character and a digit under UCP; lookarounds are.
    #expect(try matches(#"(?<!\d)\d{4}(?!\d)"#, "号1234号12345") == ["1234"])
  }

  @Test func namedGroupsAreReported() throws {
    let regex = try Regex(#"id=(?<value>\d+)"#)
    #expect(regex.groupNumber(named: "value") == 1)
    let bytes = Array("id=42".utf8)
    // A match points into its session's match data: the session must outlive it (AddressSanitizer found a
    // use after free here when the session was a temporary).
    let session = MatchSession()
    let group = try bytes.withUnsafeBufferPointer {
      try session.firstMatch(of: regex, in: $0, from: 0)?.range(ofGroup: 1)
    }
    #expect(group == 3..<5)
  }

  @Test func compileErrorCarriesOffset() {
    #expect(throws: RegexCompileError.self) { try Regex("abc(") }
    do {
      _ = try Regex("ab[")
    } catch {
      #expect(error.offset == 3)
      #expect(error.message.contains("missing terminating ]"))
    }
  }

  @Test func invalidUTF8IsTolerated() throws {
    let regex = try Regex(#"\d{3}"#)
    let bytes: [UInt8] = [0xFF, 0x31, 0x32, 0x33, 0xC3, 0x28, 0x34, 0x35, 0x36]
    var found: [Range<Int>] = []
    try bytes.withUnsafeBufferPointer { buffer in
      try MatchSession().forEachMatch(of: regex, in: buffer) { found.append($0.range); return true }
    }
    #expect(found == [1..<4, 6..<9])
  }

  @Test func catastrophicBacktrackingHitsTheLimit() throws {
    let regex = try Regex(#"(a+)+$"#)
    let bytes = Array((String(repeating: "a", count: 40) + "!").utf8)
    let session = MatchSession(limits: .init(matchLimit: 10_000))
    #expect {
      try bytes.withUnsafeBufferPointer { _ = try session.firstMatch(of: regex, in: $0, from: 0) }
    } throws: { error in
      (error as? RegexMatchError)?.isResourceLimit == true
    }
  }

  @Test func emptyMatchesAdvance() throws {
    #expect(try matches("x*", "ab").count == 3)
  }
}
