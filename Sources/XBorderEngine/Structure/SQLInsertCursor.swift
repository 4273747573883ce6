/// SQL dumps: the column of a value in `INSERT INTO t (a, b, c) VALUES (…), (…);` statements.
///
/// A forward state machine: strings (`'…'` with `''` or `\'` escapes), identifiers in backticks or
/// double quotes, the column list after `INSERT INTO name`, and field counting inside each VALUES tuple.
/// Statements without a column list give no label (the table's columns are not known here).
struct SQLInsertCursor: StructureCursor {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var columns: [StructureLabel?] = []
  private var awaitingColumns = false
  private var inValues = false
  private var depth = 0
  private var field = 0
  private var quote: UInt8?

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func label(at offset: Int) -> StructureLabel? {
    while position < offset, position < bytes.count { step() }
    guard inValues, depth == 1, field < columns.count else { return nil }
    return columns[field]
  }

  private mutating func step() {
    let byte = bytes[position]
    if let open = quote {
      if byte == 0x5C, open == 0x27 { position += 2; return }  // backslash escape (MySQL dumps)
      if byte == open {
        if position + 1 < bytes.count, bytes[position + 1] == open { position += 2; return }  // '' escape
        quote = nil
      }
      position += 1
      return
    }
    switch byte {
    case 0x27, 0x22, 0x60: quote = byte
    case 0x28: openParenthesis()
    case 0x29: if inValues { depth -= 1 }
    case 0x2C: if inValues, depth == 1 { field += 1 }
    case 0x3B: resetStatement()
    case 0x49, 0x69: if isKeyword("insert") { resetStatement(); awaitingColumns = true }
    case 0x56, 0x76: if isKeyword("values"), awaitingColumns || !columns.isEmpty { awaitingColumns = false; inValues = true; depth = 0 }
    default: break
    }
    position += 1
  }

  private mutating func openParenthesis() {
    if inValues {
      depth += 1
      if depth == 1 { field = 0 }
      return
    }
    guard awaitingColumns, let close = closingParenthesis(from: position + 1) else { return }
    columns = Self.columnNames(StructureBytes.text(bytes, (position + 1)..<close)).map { name in
      StructureLabel.make(kind: .column, name: name, display: "column \"\(name)\"")
    }
    awaitingColumns = false
    position = close
  }

  private mutating func resetStatement() {
    columns = []
    awaitingColumns = false
    inValues = false
    depth = 0
    field = 0
  }

  private func closingParenthesis(from start: Int) -> Int? {
    var index = start
    while index < bytes.count, index - start < 4096 {
      if bytes[index] == 0x29 { return index }
      if bytes[index] == 0x28 || bytes[index] == 0x3B { return nil }
      index += 1
    }
    return nil
  }

  /// True when the bytes at `position` spell `word` (ASCII, any case) as a whole word.
  private func isKeyword(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    guard position + letters.count <= bytes.count else { return false }
    if position > 0, Self.isWordByte(bytes[position - 1]) { return false }
    for (index, letter) in letters.enumerated() where bytes[position + index] | 0x20 != letter { return false }
    let after = position + letters.count
    return after == bytes.count || !Self.isWordByte(bytes[after])
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 0x5F
  }

  static func columnNames(_ list: String) -> [String] {
    list.split(separator: ",").map { part in
      part.trimmingCharacters(in: " \t\r\n`\"[]")
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let characters = Set(set)
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
