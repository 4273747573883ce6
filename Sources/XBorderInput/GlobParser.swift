/// Splits a gitignore-style pattern into tokens: `\` escapes, `*`, `?`, `[...]` and `/` separators.
struct GlobParser {
  private let pattern: String
  private let scalars: [Unicode.Scalar]
  private var index = 0

  /// Tokens of `pattern`; throws on an unclosed `[` or a trailing lone `\`, which git never matches.
  static func tokenize(_ pattern: String) throws(GlobError) -> [GlobToken] {
    var parser = GlobParser(pattern: pattern)
    return try parser.tokens()
  }

  private init(pattern: String) {
    self.pattern = pattern
    self.scalars = Array(pattern.unicodeScalars)
  }

  private mutating func tokens() throws(GlobError) -> [GlobToken] {
    var tokens: [GlobToken] = []
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\\": tokens.append(.literal(try escaped()))
      case "*": tokens.append(.star)
      case "?": tokens.append(.anyScalar)
      case "/": tokens.append(.separator)
      case "[": tokens.append(.characterClass(try characterClass()))
      default: tokens.append(.literal(scalar))
      }
    }
    return tokens
  }

  /// The scalar after a `\`.
  private mutating func escaped() throws(GlobError) -> Unicode.Scalar {
    guard index < scalars.count else { throw failure("a trailing '\\' escapes nothing") }
    defer { index += 1 }
    return scalars[index]
  }

  /// Parses after `[` up to and including the closing `]`.
  private mutating func characterClass() throws(GlobError) -> CharacterClass {
    var set = CharacterClass(isNegated: false, items: [])
    if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
      set.isNegated = true
      index += 1
    }
    var first = true
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar == "]" && !first { return set }
      first = false
      if scalar == "[", let named = namedClass() {
        set.items.append(.named(named))
        continue
      }
      let low = scalar == "\\" ? try escaped() : scalar
      set.items.append(.range(low.value...(try rangeEnd(after: low)?.value ?? low.value)))
    }
    throw failure("'[' is never closed")
  }

  /// After a member `low`: the end of a `low-high` range, if one follows.
  private mutating func rangeEnd(after low: Unicode.Scalar) throws(GlobError) -> Unicode.Scalar? {
    guard index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" else { return nil }
    index += 2
    let high = scalars[index - 1] == "\\" ? try escaped() : scalars[index - 1]
    guard high.value >= low.value else { throw failure("range '\(low)-\(high)' is reversed") }
    return high
  }

  /// A `[:name:]` class right after its `[`, consumed when the name is known.
  private mutating func namedClass() -> CharacterClass.NamedClass? {
    guard index < scalars.count, scalars[index] == ":" else { return nil }
    var end = index + 1
    while end + 1 < scalars.count, !(scalars[end] == ":" && scalars[end + 1] == "]") { end += 1 }
    guard end + 1 < scalars.count else { return nil }
    let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
    guard let named = CharacterClass.NamedClass(rawValue: name) else { return nil }
    index = end + 2
    return named
  }

  private func failure(_ message: String) -> GlobError {
    GlobError(pattern: pattern, message: message)
  }
}
