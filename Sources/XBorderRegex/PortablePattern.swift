/// Rewrites a PCRE2 pattern for engines without lookarounds or backreferences (ripgrep's default
/// engine, RE2): lookarounds are dropped, a backreference becomes a copy of its group, named groups
/// become non-capturing, `\n` becomes a line start `^`, a possessive quantifier (`{0,62}+`) becomes a greedy
/// one, and an extended-mode pattern is folded onto one line.
///
/// The result matches a superset of the original (the dropped lookarounds only ever rejected matches),
/// which is what a grep-speed comparison on the same pattern set needs. Nil when the pattern uses
/// something this rewrite does not handle (numbered backreferences, recursion).
public enum PortablePattern {
  public static func rewrite(_ pattern: String) -> String? {
    var scalars = Array(pattern.unicodeScalars)
    var extended = false
    if scalars.starts(with: Array("(?x)".unicodeScalars)) {
      extended = true
      scalars.removeFirst(4)
    }
    var rewriter = Rewriter(input: scalars, extended: extended)
    return rewriter.run()
  }

  struct Rewriter {
    let input: [Unicode.Scalar]
    let extended: Bool
    var index = 0
    var output = ""
    /// Open groups: where their text starts in `output`, and their name when named.
    var open: [(start: String.Index, name: String?)] = []
    var groupText: [String: String] = [:]
    /// The last thing copied was a quantifier (`*`, `+`, `?`, `}`): a `+` now makes it possessive.
    var afterQuantifier = false

    init(input: [Unicode.Scalar], extended: Bool) {
      self.input = input
      self.extended = extended
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < input.count ? input[index + offset] : nil }

    func matches(_ text: String) -> Bool {
      let wanted = Array(text.unicodeScalars)
      return index + wanted.count <= input.count && Array(input[index..<(index + wanted.count)]) == wanted
    }

    mutating func emit(_ scalar: Unicode.Scalar) { output.unicodeScalars.append(scalar) }

    mutating func run() -> String? {
      while let char = peek() {
        let quantified = afterQuantifier
        afterQuantifier = false
        if quantified, char == "+" {
          index += 1  // possessive: greedy matches a superset
        } else if extended, char.properties.isWhitespace {
          afterQuantifier = quantified
          index += 1
        } else if extended, char == "#" {
          while let next = peek(), next != "\n" { index += 1 }
        } else if char == "\\" {
          guard escape() else { return nil }
        } else if char == "[" {
          characterClass()
        } else if char == "(" {
          guard openGroup() else { return nil }
        } else if char == ")" {
          index += 1
          emit(")")
          guard let group = open.popLast() else { return nil }
          if let name = group.name { groupText[name] = String(output[group.start...]) }
        } else {
          index += 1
          emit(char)
          // `?` after a quantifier makes it lazy and is no quantifier itself.
          afterQuantifier = !quantified && "*+?}".unicodeScalars.contains(char)
        }
      }
      return open.isEmpty ? output : nil
    }

    mutating func escape() -> Bool {
      guard let letter = peek(1) else { return false }
      let closers: [Unicode.Scalar: Unicode.Scalar] = ["<": ">", "{": "}", "'": "'"]
      if letter == "k", let opener = peek(2), let close = closers[opener] {
        index += 3
        var name = ""
        while let char = peek(), char != close {
          name.unicodeScalars.append(char)
          index += 1
        }
        index += 1
        guard let text = groupText[name] else { return false }
        output += text
        return true
      }
      if letter == "g" || (letter.isASCII && ("1"..."9").contains(letter)) { return false }
      if letter == "n" {
        // Line-oriented engines never see a newline; in these patterns `\n` only ever marks a line start.
        index += 2
        output += "^"
        return true
      }
      emit("\\")
      emit(letter)
      index += 2
      return true
    }

    /// Copies a class verbatim; in extended mode a space inside it becomes `\x20` (RE2-style engines
    /// ignore whitespace in classes under `x`, PCRE2 does not).
    mutating func characterClass() {
      emit("[")
      index += 1
      var first = true
      while let char = peek() {
        if char == "]" && !first { break }
        first = false
        if char == "\\", let next = peek(1) {
          emit(char)
          emit(next)
          index += 2
          continue
        }
        if extended, char == " " {
          output += "\\x20"
        } else {
          emit(char)
        }
        index += 1
      }
      emit("]")
      index += 1
    }

    mutating func openGroup() -> Bool {
      if matches("(?=") || matches("(?!") || matches("(?<=") || matches("(?<!") {
        skipGroup()
        return true
      }
      if matches("(?<") || matches("(?P<") {
        index += matches("(?P<") ? 4 : 3
        var name = ""
        while let char = peek(), char != ">" {
          name.unicodeScalars.append(char)
          index += 1
        }
        index += 1
        output += "(?:"
        open.append((output.index(output.endIndex, offsetBy: -3), name))
        return true
      }
      if matches("(?R") || matches("(?&") || matches("(?|") || matches("(?(") { return false }
      index += 1
      emit("(")
      open.append((output.index(before: output.endIndex), nil))
      return true
    }

    /// Skips a lookaround and everything inside it.
    mutating func skipGroup() {
      var depth = 0
      while let char = peek() {
        switch char {
        case "\\": index += 1
        case "[":
          index += 1
          if peek() == "]" { index += 1 }
          while let next = peek(), next != "]" { index += next == "\\" ? 2 : 1 }
        case "(": depth += 1
        case ")":
          depth -= 1
          if depth == 0 {
            index += 1
            return
          }
        default: break
        }
        index += 1
      }
    }
  }
}
