/// `.env`, `.properties`, INI and TOML: the key of the `key = value` / `key: value` line an offset is on,
/// prefixed with the current `[section]`.
struct KeyValueCursor: StructureCursor {
  private var lines: LineWalker
  private var section: String?

  init(bytes: UnsafeBufferPointer<UInt8>) { lines = LineWalker(bytes: bytes) }

  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) { lines.slide(to: bytes, shift: shift) }

  mutating func label(at offset: Int) -> StructureLabel? {
    let (passed, line) = lines.advance(to: offset)
    for earlier in passed { noteSection(earlier) }
    noteSection(line)
    guard let (key, valueStart) = lines.key(of: line, separators: [0x3D, 0x3A]), offset >= valueStart else {
      return nil
    }
    let name = key.hasPrefix("export ") ? String(key.dropFirst(7)) : key
    let display = section.map { "key [\($0)] \(name)" } ?? "key \(name)"
    return StructureLabel.make(kind: .key, name: name, display: display)
  }

  private mutating func noteSection(_ line: Range<Int>) {
    let text = StructureBytes.text(lines.bytes, StructureBytes.trimmed(lines.bytes, line))
    if text.hasPrefix("["), text.hasSuffix("]") { section = String(text.dropFirst().dropLast()) }
  }
}

/// YAML: the key path of the `key: value` line an offset is on, from indentation (`key app.support.email`).
struct YAMLCursor: StructureCursor {
  private var lines: LineWalker
  private var stack: [(indent: Int, key: String)] = []

  init(bytes: UnsafeBufferPointer<UInt8>) { lines = LineWalker(bytes: bytes) }

  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) { lines.slide(to: bytes, shift: shift) }

  mutating func label(at offset: Int) -> StructureLabel? {
    let (passed, line) = lines.advance(to: offset)
    for earlier in passed { push(earlier) }
    guard let (key, valueStart) = keyOf(line), offset >= valueStart else { return nil }
    let indent = lines.indent(of: line)
    let parents = stack.filter { $0.indent < indent }.map(\.key)
    let path = (parents + [key]).joined(separator: ".")
    return StructureLabel.make(kind: .key, name: key, display: "key \(path)")
  }

  private func keyOf(_ line: Range<Int>) -> (String, Int)? {
    var start = line.lowerBound + lines.indent(of: line)
    if start + 1 < line.upperBound, lines.bytes[start] == 0x2D, lines.bytes[start + 1] == 0x20 { start += 2 }
    return lines.key(of: start..<line.upperBound, separators: [0x3A])
  }

  private mutating func push(_ line: Range<Int>) {
    guard let (key, _) = keyOf(line) else { return }
    let indent = lines.indent(of: line)
    while let last = stack.last, last.indent >= indent { stack.removeLast() }
    stack.append((indent, key))
  }
}

/// Walks lines forward once; shared by the line-oriented cursors.
struct LineWalker {
  private(set) var bytes: UnsafeBufferPointer<UInt8>
  private var lineStart = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// A line that began before the new window is cut to its visible part (its key may be lost; lines
  /// longer than the chunk overlap are the documented limit of structure labels in chunked files).
  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) {
    self.bytes = bytes
    lineStart = max(0, lineStart - shift)
  }

  /// Moves to the line holding `offset`: returns the lines passed on the way and that line.
  mutating func advance(to offset: Int) -> (passed: [Range<Int>], line: Range<Int>) {
    var passed: [Range<Int>] = []
    while true {
      var end = lineStart
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      if offset <= end || end >= bytes.count { return (passed, lineStart..<end) }
      passed.append(lineStart..<end)
      lineStart = end + 1
    }
  }

  func indent(of line: Range<Int>) -> Int {
    var index = line.lowerBound
    while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index - line.lowerBound
  }

  /// The key before the first separator on the line and the offset where the value starts; nil for
  /// comments, blank lines and lines without a separator.
  func key(of line: Range<Int>, separators: Set<UInt8>) -> (String, Int)? {
    let trimmed = StructureBytes.trimmed(bytes, line)
    guard !trimmed.isEmpty, bytes[trimmed.lowerBound] != 0x23, bytes[trimmed.lowerBound] != 0x3B else { return nil }
    var index = trimmed.lowerBound
    var inQuotes = false
    while index < trimmed.upperBound {
      let byte = bytes[index]
      if byte == 0x22 || byte == 0x27 { inQuotes.toggle() }
      if !inQuotes, separators.contains(byte) {
        let key = StructureBytes.unquoted(StructureBytes.text(bytes, StructureBytes.trimmed(bytes, trimmed.lowerBound..<index)))
        return key.isEmpty || key.contains(" ") && !key.hasPrefix("export ") ? nil : (key, index + 1)
      }
      index += 1
    }
    return nil
  }
}
