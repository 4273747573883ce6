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
    around match: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, window: Int, keywords: KeywordIndex,
    exclusions: KeywordIndex
  ) -> ContextEvidence {
    guard !keywords.isEmpty || !exclusions.isEmpty else { return ContextEvidence() }
    let before = walkBack(from: match.lowerBound, codePoints: window, in: bytes)..<match.lowerBound
    let after = match.upperBound..<walkForward(from: match.upperBound, codePoints: window, in: bytes)
    return ContextEvidence(
      keyword: keywords.nearest(before: before, after: after, in: bytes),
      exclusion: exclusions.nearest(before: before, after: after, in: bytes))
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
