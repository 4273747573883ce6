/// SQL dumps: the column of a value in `INSERT INTO t (a, b, c) VALUES (…), (…);` statements.
///
/// A forward state machine: strings (`'…'` with `''` or `\'` escapes), identifiers in backticks or
/// double quotes, the column list after `INSERT INTO name`, and field counting inside each VALUES tuple.
/// A statement without a column list (mysqldump's `INSERT INTO t VALUES …`) uses the columns of an
/// earlier `CREATE TABLE t (…)` in the same file; without one it gives no label.
struct SQLInsertCursor: StructureCursor {
  private var bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var columns: [StructureLabel?] = []
  private var awaitingColumns = false
  private var inValues = false
  private var depth = 0
  private var field = 0
  private var quote: UInt8?
  /// Column labels of the tables created earlier in the file, by lower-cased table name.
  private var tableColumns: [String: [StructureLabel?]] = [:]
  private var insertTable: String?
  /// VALUES tuples seen so far in the file: the record number of a value (one tuple = one row).
  private var tuples = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) {
    self.bytes = bytes
    position = max(0, position - shift)
  }

  mutating func label(at offset: Int) -> StructureLabel? {
    while position < offset, position < bytes.count { step() }
    guard inValues, depth == 1, field < columns.count else { return nil }
    var label = columns[field]
    label?.row = tuples
    return label
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
    case 0x49, 0x69:
      if isKeyword("insert") {
        resetStatement()
        awaitingColumns = true
        insertTable = tableName(after: "into")
      }
    case 0x43, 0x63: if isKeyword("create") { readCreateTable() }
    case 0x56, 0x76:
      if isKeyword("values"), awaitingColumns || !columns.isEmpty {
        if awaitingColumns, let table = insertTable { columns = tableColumns[table] ?? [] }
        awaitingColumns = false
        inValues = true
        depth = 0
      }
    default: break
    }
    position += 1
  }

  private mutating func openParenthesis() {
    if inValues {
      depth += 1
      if depth == 1 {
        field = 0
        tuples += 1
      }
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
    insertTable = nil
    awaitingColumns = false
    inValues = false
    depth = 0
    field = 0
  }

  /// `CREATE TABLE name ( definitions )`: remembers the column names (not keys or constraints).
  private mutating func readCreateTable() {
    guard let table = tableName(after: "table"), let open = nextByte(0x28, from: position, within: 512),
      let close = matchingParenthesis(from: open)
    else { return }
    let body = StructureBytes.text(bytes, (open + 1)..<close)
    tableColumns[table] = Self.definedColumns(body).map { name in
      StructureLabel.make(kind: .column, name: name, display: "column \"\(name)\"")
    }
    position = close
  }

  /// The identifier after the keyword `word` that follows `position` closely, lower-cased, without quotes
  /// or a schema prefix.
  private func tableName(after word: String) -> String? {
    let window = StructureBytes.text(bytes, position..<min(bytes.count, position + 256)).lowercased()
    guard let range = window.range(of: " \(word) ") ?? window.range(of: "\n\(word) ") else { return nil }
    var rest = window[range.upperBound...].drop { $0 == " " }
    if rest.hasPrefix("if not exists ") { rest = rest.dropFirst(14) }
    let name = rest.prefix { !" (\n\t;".contains($0) }
    let table = name.split(separator: ".").last.map(String.init) ?? String(name)
    let cleaned = table.filter { $0 != "`" && $0 != "\"" && $0 != "[" && $0 != "]" }
    return cleaned.isEmpty ? nil : cleaned
  }

  private func nextByte(_ byte: UInt8, from start: Int, within limit: Int) -> Int? {
    var index = start
    while index < bytes.count, index - start < limit {
      if bytes[index] == byte { return index }
      if bytes[index] == 0x3B { return nil }
      index += 1
    }
    return nil
  }

  /// The `)` closing the `(` at `open`, skipping quoted text; nil past 64 KiB.
  private func matchingParenthesis(from open: Int) -> Int? {
    var depth = 0
    var quote: UInt8?
    var index = open
    while index < bytes.count, index - open < 64 * 1024 {
      let byte = bytes[index]
      if let q = quote {
        if byte == q { quote = nil }
      } else if byte == 0x27 || byte == 0x22 || byte == 0x60 {
        quote = byte
      } else if byte == 0x28 {
        depth += 1
      } else if byte == 0x29 {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }

  /// Column names of a CREATE TABLE body: each top-level definition that does not start with a key or
  /// constraint keyword.
  static func definedColumns(_ body: String) -> [String] {
    let constraints: Set<String> = [
      "primary", "unique", "key", "index", "constraint", "foreign", "check", "fulltext", "spatial", "period",
    ]
    var definitions: [String] = []
    var current = ""
    var depth = 0
    var quote: Character?
    for character in body {
      if let q = quote {
        if character == q { quote = nil }
      } else if character == "'" || character == "`" || character == "\"" {
        quote = character
      } else if character == "(" {
        depth += 1
      } else if character == ")" {
        depth -= 1
      } else if character == ",", depth == 0 {
        definitions.append(current)
        current = ""
        continue
      }
      current.append(character)
    }
    definitions.append(current)
    return definitions.compactMap { definition in
      let trimmed = definition.trimmingCharacters(in: " \t\n\r")
      guard let first = trimmed.split(separator: " ", maxSplits: 1).first else { return nil }
      let name = String(first).trimmingCharacters(in: "`\"[]")
      return name.isEmpty || constraints.contains(name.lowercased()) ? nil : name
    }
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
      part.trimmingCharacters(in: " \t\n\r`\"[]")
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
