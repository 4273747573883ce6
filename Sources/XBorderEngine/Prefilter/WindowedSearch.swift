import XBorderRegex

/// Runs one regex over a buffer like `MatchSession.forEachMatch`, but tries start positions only inside
/// `windows` (sorted, non-overlapping ranges of allowed starts).
///
/// Same matches as the full search whenever no match starts outside the windows: the search resumes
/// where the last match ended exactly as the full search does, and PCRE2's offset limit bounds each
/// attempt without cutting the subject, so lookarounds and greedy repeats see the whole buffer.
enum WindowedSearch {
  static func forEachMatch(
    of regex: Regex, in bytes: UnsafeBufferPointer<UInt8>, windows: [Range<Int>], session: MatchSession,
    _ body: (RegexMatch) -> Void
  ) throws(RegexMatchError) {
    var position = 0
    for window in windows {
      let lastStart = min(window.upperBound - 1, bytes.count)
      var from = max(position, characterStart(window.lowerBound, in: bytes))
      while from <= lastStart, let match = try session.firstMatch(of: regex, in: bytes, from: from, startingBy: lastStart) {
        body(match)
        position = MatchSession.resumePosition(after: match.range, in: bytes, limit: bytes.count)
        from = position
      }
    }
  }

  /// Moves a window start back to the first byte of its UTF-8 character (a wider window stays sound).
  private static func characterStart(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var start = min(offset, bytes.count)
    while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }
}
