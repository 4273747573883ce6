/// One element of a compiled glob.
enum GlobToken: Sendable, Hashable {
  /// Matches exactly this scalar (escapes already removed).
  case literal(Unicode.Scalar)
  /// `?`: any one scalar within a path component.
  case anyScalar
  /// `*`: any run of scalars within a path component.
  case star
  /// `[...]`: one scalar from (or, negated, not from) a set.
  case characterClass(CharacterClass)
  /// An unescaped `/`, splitting the pattern into path components.
  case separator

  /// True when this single-scalar token accepts `scalar` (`star` and `separator` never do).
  func accepts(_ scalar: Unicode.Scalar) -> Bool {
    switch self {
    case .literal(let expected): scalar == expected
    case .anyScalar: true
    case .characterClass(let set): set.contains(scalar)
    case .star, .separator: false
    }
  }
}

/// The set inside `[...]`: scalars, ranges and POSIX classes such as `[:digit:]`.
struct CharacterClass: Sendable, Hashable {
  /// One member of the set.
  enum Item: Sendable, Hashable {
    case range(ClosedRange<UInt32>)
    case named(NamedClass)
  }

  /// The POSIX classes git's wildmatch understands.
  enum NamedClass: String, Sendable, Hashable, CaseIterable {
    case alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit

    /// ASCII semantics, like git (no locale).
    func contains(_ value: UInt32) -> Bool {
      switch self {
      case .alnum: Self.alpha.contains(value) || Self.digit.contains(value)
      case .alpha: Self.lower.contains(value) || Self.upper.contains(value)
      case .blank: value == 0x20 || value == 0x09
      case .cntrl: value < 0x20 || value == 0x7F
      case .digit: (0x30...0x39).contains(value)
      case .graph: (0x21...0x7E).contains(value)
      case .lower: (0x61...0x7A).contains(value)
      case .print: (0x20...0x7E).contains(value)
      case .punct: Self.graph.contains(value) && !Self.alnum.contains(value)
      case .space: value == 0x20 || (0x09...0x0D).contains(value)
      case .upper: (0x41...0x5A).contains(value)
      case .xdigit: Self.digit.contains(value) || (0x41...0x46).contains(value) || (0x61...0x66).contains(value)
      }
    }
  }

  var isNegated: Bool
  var items: [Item]

  /// Whether `scalar` is in the set (a path separator never is).
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar != "/" else { return false }
    let value = scalar.value
    let member = items.contains { item in
      switch item {
      case .range(let range): range.contains(value)
      case .named(let named): named.contains(value)
      }
    }
    return member != isNegated
  }
}
