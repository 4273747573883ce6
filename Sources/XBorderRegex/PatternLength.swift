/// The longest match a PCRE2 pattern can produce, in UTF-8 bytes, read from the pattern text.
///
/// Conservative by construction: any construct it does not fully understand (recursion, `\K`, branch
/// reset, `\X`, verbs) or an unbounded repeat (`*`, `+`, `{n,}`) gives nil, and character-level atoms
/// count the most bytes they could take (4 for a class, `.`, `\w` or anything caseless, since under UTF and
/// UCP those may match non-ASCII). Lookarounds consume nothing and count 0.
public enum PatternLength {
  public static func maxBytes(_ pattern: String, extended: Bool = false, caseless: Bool = false) -> Int? {
    var parser = Parser(scalars: Array(pattern.unicodeScalars), extended: extended, caseless: caseless)
    guard let length = parser.alternation(), parser.atEnd else { return nil }
    return length
  }

  /// Lengths above this are treated as unbounded (and guard the arithmetic against overflow).
  static let cap = 1 << 20

  struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var extended: Bool
    var caseless: Bool
    var groupCount = 0
    var groupLengths: [Int: Int] = [:]
    var namedGroups: [String: Int] = [:]

    init(scalars: [Unicode.Scalar], extended: Bool, caseless: Bool) {
      self.scalars = scalars
      self.extended = extended
      self.caseless = caseless
    }

    var atEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
      index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// alternatives separated by `|`, up to `)` or the end; flag changes stay local to the group.
    mutating func alternation() -> Int? {
      let saved = (extended, caseless)
      defer { (extended, caseless) = saved }
      var best = 0
      while true {
        guard let length = sequence() else { return nil }
        best = max(best, length)
        guard current == "|" else { return best }
        index += 1
      }
    }

    mutating func sequence() -> Int? {
      var total = 0
      while let char = current, char != "|", char != ")" {
        if extended, skipExtendedSpace() { continue }
        guard let atom = atom(), let repeated = quantified(atom) else { return nil }
        total += repeated
        if total > PatternLength.cap { return nil }
      }
      return total
    }

    /// Skips whitespace and `#` comments in extended mode; true when something was skipped.
    mutating func skipExtendedSpace() -> Bool {
      guard let char = current else { return false }
      if char.properties.isWhitespace {
        index += 1
        return true
      }
      guard char == "#" else { return false }
      while let next = current, next != "\n" { index += 1 }
      return true
    }

    mutating func quantified(_ length: Int) -> Int? {
      if extended { while skipExtendedSpace() {} }
      var result = length
      switch current {
      case "?": index += 1
      case "*", "+": return nil
      case "{":
        guard let (_, upper) = braceQuantifier() else { return length }
        guard let upper else { return nil }
        result = length * upper
      default: return length
      }
      if current == "?" || current == "+" { index += 1 }
      return result > PatternLength.cap ? nil : result
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position (consumed); nil when the brace is a literal.
    mutating func braceQuantifier() -> (Int, Int?)? {
      var cursor = index + 1
      func number() -> Int? {
        var value: Int?
        while cursor < scalars.count, let digit = Int(String(scalars[cursor])), scalars[cursor].isASCII {
          value = (value ?? 0) * 10 + digit
          if value! > PatternLength.cap { return nil }
          cursor += 1
        }
        return value
      }
      guard let lower = number() else { return nil }
      var upper: Int? = lower
      if cursor < scalars.count, scalars[cursor] == "," {
        cursor += 1
        upper = number()
      }
      guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
      index = cursor + 1
      return (lower, upper)
    }

    mutating func atom() -> Int? {
      guard let char = current else { return nil }
      switch char {
      case "(": return group()
      case "[": return characterClass()
      case "\\": return escape()
      case "^", "$":
        index += 1
        return 0
      case ".":
        index += 1
        return 4
      case "*", "+", "?": return nil  // a quantifier with nothing to repeat
      default:
        index += 1
        return literalWidth(char)
      }
    }

    func literalWidth(_ char: Unicode.Scalar) -> Int {
      caseless && char.properties.isAlphabetic ? 4 : String(char).utf8.count
    }

    mutating func group() -> Int? {
      index += 1
      guard current == "?" else { return capturing(name: nil) }
      index += 1
      switch current {
      case ":", ">":
        index += 1
        return closed(alternation())
      case "=", "!":
        index += 1
        return closed(alternation()).map { _ in 0 }
      case "#":
        while let next = current, next != ")" { index += 1 }
        return closed(0)
      case "<":
        if peek(1) == "=" || peek(1) == "!" {
          index += 2
          return closed(alternation()).map { _ in 0 }
        }
        index += 1
        return capturing(name: readName(until: ">"))
      case "P":
        guard peek(1) == "<" else { return nil }
        index += 2
        return capturing(name: readName(until: ">"))
      case "'":
        index += 1
        return capturing(name: readName(until: "'"))
      default:
        return inlineFlags()
      }
    }

    /// `(?i)`, `(?x-i)` (rest of the enclosing group) or `(?i:…)` (just this group).
    mutating func inlineFlags() -> Int? {
      var on = true
      var newExtended = extended
      var newCaseless = caseless
      while let char = current {
        switch char {
        case "-": on = false
        case "i": newCaseless = on
        case "x": newExtended = on
        case "m", "s", "n", "U", "J": break
        case ")":
          index += 1
          (extended, caseless) = (newExtended, newCaseless)
          return 0
        case ":":
          index += 1
          let saved = (extended, caseless)
          (extended, caseless) = (newExtended, newCaseless)
          defer { (extended, caseless) = saved }
          return closed(alternation())
        default: return nil  // recursion, conditionals, callouts, branch reset: not analysed
        }
        index += 1
      }
      return nil
    }

    mutating func readName(until terminator: Unicode.Scalar) -> String? {
      var name = ""
      while let char = current, char != terminator {
        name.unicodeScalars.append(char)
        index += 1
      }
      guard current == terminator, !name.isEmpty else { return nil }
      index += 1
      return name
    }

    mutating func capturing(name: String?) -> Int? {
      groupCount += 1
      let number = groupCount
      if let name { namedGroups[name] = number }
      guard let length = closed(alternation()) else { return nil }
      groupLengths[number] = length
      return length
    }

    mutating func closed(_ length: Int?) -> Int? {
      guard let length, current == ")" else { return nil }
      index += 1
      return length
    }

    mutating func characterClass() -> Int? {
      index += 1
      var width = 1
      if current == "^" {
        width = 4
        index += 1
      }
      var first = true
      while let char = current {
        if char == "]" && !first {
          index += 1
          return caseless ? 4 : width
        }
        first = false
        if char == "[", peek(1) == ":" {
          width = 4  // POSIX classes follow UCP
          while let next = current, !(next == ":" && peek(1) == "]") { index += 1 }
          index += 2
          continue
        }
        if char == "\\" {
          guard let escaped = classEscapeWidth() else { return nil }
          width = max(width, escaped)
          continue
        }
        width = max(width, String(char).utf8.count)
        index += 1
      }
      return nil
    }

    /// Width of one escape inside a class; consumes it.
    mutating func classEscapeWidth() -> Int? {
      index += 1
      guard let char = current else { return nil }
      index += 1
      switch char {
      case "x", "o", "p", "P":
        return skipEscapeArgument(of: char) ? 4 : nil
      case "Q", "E": return nil
      default: return char.isASCII && char.properties.isAlphabetic ? 4 : String(char).utf8.count
      }
    }

    /// Skips the argument of `\p`, `\P`, `\x` or `\o`: `{…}`, or the short forms `\pL` and `\x41`.
    mutating func skipEscapeArgument(of letter: Unicode.Scalar) -> Bool {
      if current == "{" {
        while let char = current, char != "}" { index += 1 }
        guard current == "}" else { return false }
        index += 1
        return true
      }
      switch letter {
      case "p", "P":
        guard current != nil else { return false }
        index += 1
      case "x":
        for _ in 0..<2 {
          guard let char = current, char.isASCII, char.properties.isASCIIHexDigit else { break }
          index += 1
        }
      default: return false
      }
      return true
    }

    mutating func escape() -> Int? {
      index += 1
      guard let char = current else { return nil }
      index += 1
      switch char {
      case "b", "B", "A", "z", "Z", "G": return 0
      case "K", "X", "C", "Q", "E": return nil
      case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "N": return 4
      case "p", "P", "x", "o": return skipEscapeArgument(of: char) ? 4 : nil
      case "k": return backreference(named: true)
      case "g": return backreference(named: false)
      case "t", "n", "r", "f", "e", "a": return 1
      case "c":
        index += 1
        return 1
      default:
        if let digit = Int(String(char)), char.isASCII {
          guard digit > 0 else { return 1 }  // \0 octal
          return groupLengths[digit]
        }
        return char.isASCII && char.properties.isAlphabetic ? nil : String(char).utf8.count
      }
    }

    /// `\k<name>`, `\k{name}`, `\k'name'`, `\g{n}`, `\gn`: the referenced group's length, when known.
    mutating func backreference(named: Bool) -> Int? {
      let closing: [Unicode.Scalar: Unicode.Scalar] = ["<": ">", "{": "}", "'": "'"]
      guard let open = current, let close = closing[open] else {
        guard !named, let char = current, let digit = Int(String(char)), char.isASCII else { return nil }
        index += 1
        return groupLengths[digit]
      }
      index += 1
      guard let name = readName(until: close) else { return nil }
      if let number = Int(name) { return number > 0 ? groupLengths[number] : nil }
      return namedGroups[name].flatMap { groupLengths[$0] }
    }
  }
}
