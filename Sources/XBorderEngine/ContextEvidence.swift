import XBorderCore
import XBorderRules

/// Keywords found near a match, and what they do to its confidence.
struct ContextEvidence {
  /// The nearest confirming keyword and its weighted distance.
  var keyword: (text: String, distance: Int)?
  /// The nearest excluding keyword and its weighted distance.
  var exclusion: (text: String, distance: Int)?

  /// Searches `window` code points on both sides of `match`, within its line, for the rule's keywords.
  ///
  /// The window stops at line breaks: in tabular data the neighbouring line is another record, whose
  /// labels say nothing about this value (column headers are structure context, not keywords).
  ///
  /// Distances are in bytes; a keyword after the value counts double, because labels usually precede
  /// values (`手机: 138…`), so `手机: 138…, 订单号: …` stays a phone.
  static func find(
    around match: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, rule: CompiledRule
  ) -> ContextEvidence {
    guard !rule.keywords.isEmpty || !rule.exclusionKeywords.isEmpty else { return ContextEvidence() }
    let before = walkBack(from: match.lowerBound, codePoints: rule.contextWindow, in: bytes)..<match.lowerBound
    let after = match.upperBound..<walkForward(from: match.upperBound, codePoints: rule.contextWindow, in: bytes)
    return ContextEvidence(
      keyword: nearest(rule.keywords, before: before, after: after, in: bytes),
      exclusion: nearest(rule.exclusionKeywords, before: before, after: after, in: bytes))
  }

  /// The first keyword found in a column or key name (ASCII case-insensitive), e.g. `手机` in `收件人手机`.
  static func firstKeyword(_ keywords: [Keyword], inName bytes: [UInt8]) -> Keyword? {
    guard !keywords.isEmpty else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
      keywords.first { firstOccurrence(of: $0.lowercasedBytes, in: 0..<buffer.count, of: buffer) != nil }
    }
  }

  private static func nearest(
    _ keywords: [Keyword], before: Range<Int>, after: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (text: String, distance: Int)? {
    var best: (text: String, distance: Int)?
    for keyword in keywords {
      if let end = lastOccurrence(of: keyword.lowercasedBytes, in: before, of: bytes) {
        let distance = before.upperBound - end
        if distance < best?.distance ?? .max { best = (keyword.text, distance) }
      }
      if let start = firstOccurrence(of: keyword.lowercasedBytes, in: after, of: bytes) {
        let distance = 2 * (start - after.lowerBound) + 1
        if distance < best?.distance ?? .max { best = (keyword.text, distance) }
      }
    }
    return best
  }

  /// End offset of the last occurrence of `needle` in `range` (ASCII case-insensitive).
  private static func lastOccurrence(of needle: [UInt8], in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    var start = range.upperBound - needle.count
    while start >= range.lowerBound {
      if matches(needle, at: start, in: bytes) { return start + needle.count }
      start -= 1
    }
    return nil
  }

  private static func firstOccurrence(of needle: [UInt8], in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    for start in range.lowerBound...(range.upperBound - needle.count) where matches(needle, at: start, in: bytes) {
      return start
    }
    return nil
  }

  private static func matches(_ needle: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for (index, expected) in needle.enumerated() {
      var byte = bytes[start + index]
      if byte >= 65 && byte <= 90 { byte += 32 }
      if byte != expected { return false }
    }
    // Short ASCII keywords ("id", "tel") must stand alone, not inside a longer word ("paid", "hotel").
    guard needle.count < 4, needle.allSatisfy({ $0 < 0x80 }) else { return true }
    return !isASCIILetter(at: start - 1, in: bytes) && !isASCIILetter(at: start + needle.count, in: bytes)
  }

  private static func isASCIILetter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index >= 0, index < bytes.count else { return false }
    let byte = bytes[index] | 0x20
    return byte >= 97 && byte <= 122
  }

  private static func walkBack(from offset: Int, codePoints: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = offset
    var counted = 0
    while index > 0, counted < codePoints, bytes[index - 1] != 0x0A {
      index -= 1
      if bytes[index] & 0xC0 != 0x80 { counted += 1 }
    }
    return index
  }

  private static func walkForward(from offset: Int, codePoints: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = offset
    var counted = 0
    while index < bytes.count, counted < codePoints, bytes[index] != 0x0A, bytes[index] != 0x0D {
      index += 1
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      counted += 1
    }
    return index
  }
}
