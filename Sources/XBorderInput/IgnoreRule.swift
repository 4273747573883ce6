/// One pattern line of a `.gitignore` or `.xborderignore` file.
struct IgnoreRule: Sendable, Hashable {
  /// The compiled pattern.
  var glob: Glob
  /// A `!` line: re-includes what an earlier rule ignored.
  var isNegated: Bool

  /// The rule on `line`, or nil for blank lines, comments and patterns git would never match.
  ///
  /// Follows gitignore(5): `#` starts a comment, `\#` and `\!` are literal, trailing spaces are dropped
  /// unless escaped with `\`, a leading `!` negates. A trailing `\r` (CRLF files) is dropped too.
  init?(line: Substring) {
    var text = line
    if text.last == "\r" { text = text.dropLast() }
    text = Self.trimmingTrailingSpaces(text)
    guard !text.isEmpty, text.first != "#" else { return nil }
    let negated = text.first == "!"
    if negated { text = text.dropFirst() }
    guard !text.isEmpty, let glob = try? Glob(String(text)) else { return nil }
    self.glob = glob
    self.isNegated = negated
  }

  /// Drops trailing spaces, keeping one escaped by an odd number of backslashes before it.
  private static func trimmingTrailingSpaces(_ text: Substring) -> Substring {
    var end = text.endIndex
    while end > text.startIndex {
      let previous = text.index(before: end)
      guard text[previous] == " " else { break }
      var backslashes = 0
      var cursor = previous
      while cursor > text.startIndex, text[text.index(before: cursor)] == "\\" {
        backslashes += 1
        cursor = text.index(before: cursor)
      }
      if backslashes % 2 == 1 { break }
      end = previous
    }
    return text[text.startIndex..<end]
  }
}
