/// Small, forgiving readers of file structure before a value: words, enclosing `{` blocks, YAML parent
/// keys, INI/TOML sections and host names. They work on bytes, stop early, and never fail; a file they do
/// not understand gives no clues.
enum TextStructure {
  /// Lower-case words of `text`, split at non-alphanumerics and camelCase humps (`awsRegion` → aws, region).
  static func words(in text: Substring) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    var previousLower = false
    for byte in text.utf8 {
      let isUpper = byte >= 65 && byte <= 90
      let isLower = byte >= 97 && byte <= 122
      let isDigit = byte >= 48 && byte <= 57
      if !(isUpper || isLower || isDigit) || (isUpper && previousLower) {
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        current.removeAll(keepingCapacity: true)
      }
      if isUpper || isLower || isDigit { current.append(isUpper ? byte + 32 : byte) }
      previousLower = isLower || isDigit
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }

  /// The text of the lines that open the `{` blocks enclosing the end of `before`, innermost first (at
  /// most four), each up to its `{`. Braces inside strings are not special-cased; mismatches lose clues.
  static func enclosingBlockHeaders(before: [UInt8]) -> [Substring] {
    var openers: [Int] = []
    before.withUnsafeBufferPointer { bytes in
      var depth = 0
      var index = bytes.count
      while index > 0, openers.count < 4 {
        index -= 1
        let byte = bytes[index]
        if byte == 0x7D {  // }
          depth += 1
        } else if byte == 0x7B {  // {
          if depth > 0 { depth -= 1 } else { openers.append(index) }
        }
      }
    }
    return openers.map { text(before, lineStart(before, $0)..<$0) }
  }

  /// Keys of the lines that are parents of the value's line by indentation (YAML, indented JSON),
  /// nearest first, at most six.
  static func ancestorKeys(before: [UInt8]) -> [Substring] {
    var end = before.count
    var start = lineStart(before, end)
    var indent = indentation(before, start..<end)
    var keys: [Substring] = []
    while indent > 0, start > 0, keys.count < 6 {
      end = start - 1
      start = lineStart(before, end)
      let width = indentation(before, start..<end)
      let content = start + width
      guard content < end, before[content] != 0x23, width < indent else { continue }  // skip blank, `#`
      indent = width
      var keyEnd = content
      while keyEnd < end, before[keyEnd] != 0x3A, before[keyEnd] != 0x3D { keyEnd += 1 }  // up to `:` or `=`
      let keyStart = before[content] == 0x2D ? min(content + 2, keyEnd) : content  // `- key`
      keys.append(text(before, keyStart..<keyEnd))
    }
    return keys
  }

  /// The nearest `[section]` line before the value (INI, TOML, AWS config files).
  static func section(before: [UInt8]) -> Substring? {
    let start: Int? = before.withUnsafeBufferPointer { bytes in
      var index = bytes.count
      while index > 0 {
        index -= 1
        guard bytes[index] == 0x5B, index == 0 || bytes[index - 1] == 0x0A else { continue }  // `[` at a line start
        var end = index
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if bytes[index..<end].contains(0x5D) { return index }
      }
      return nil
    }
    guard let start else { return nil }
    var end = start
    while end < before.count, before[end] != 0x0A { end += 1 }
    return text(before, start..<end)
  }

  private static func lineStart(_ bytes: [UInt8], _ end: Int) -> Int {
    var index = end
    while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
    return index
  }

  private static func indentation(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
    var index = range.lowerBound
    while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index - range.lowerBound
  }

  private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> Substring {
    Substring(String(decoding: bytes[range], as: UTF8.self))
  }
}
