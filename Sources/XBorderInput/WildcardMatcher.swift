/// Matches one path component against `*`, `?`, classes and literals.
enum WildcardMatcher {
  /// Classic linear-ish wildcard match: on a mismatch, retry from the last `*` one scalar further.
  static func matches(_ tokens: [GlobToken], _ text: [Unicode.Scalar]) -> Bool {
    var token = 0
    var position = 0
    var starToken = -1
    var starPosition = 0
    while position < text.count {
      if token < tokens.count, tokens[token] == .star {
        starToken = token
        starPosition = position
        token += 1
      } else if token < tokens.count, tokens[token].accepts(text[position]) {
        token += 1
        position += 1
      } else if starToken >= 0 {
        token = starToken + 1
        starPosition += 1
        position = starPosition
      } else {
        return false
      }
    }
    while token < tokens.count, tokens[token] == .star { token += 1 }
    return token == tokens.count
  }
}
