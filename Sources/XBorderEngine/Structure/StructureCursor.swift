/// Names the structural place of a byte offset in a file: the CSV column, the JSON key path, the YAML
/// or `key=value` key. Cursors walk forward once, so offsets must be asked for in ascending order.
protocol StructureCursor {
  /// The label of `offset` (e.g. `column "手机号"`, `key $.customer.phone`), or nil when there is none.
  mutating func label(at offset: Int) -> StructureLabel?
  /// For tables: walks to the end and returns the number of data rows (header excluded); nil otherwise.
  mutating func finishTable() -> Int?
  /// Moves to the next window of a file scanned in chunks: `bytes` is the new window, whose first byte
  /// was at offset `shift` of the old one. Offsets asked for afterwards are relative to the new window.
  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int)
}

extension StructureCursor {
  mutating func finishTable() -> Int? { nil }
}

/// Where a value sits in its file's structure.
struct StructureLabel: Equatable {
  enum Kind: Equatable { case column, key }
  var kind: Kind
  /// The innermost name: the column header, or the last key of the path. Keywords are matched against it.
  var name: String
  /// `name` as UTF-8, made once per label (CSV labels once per column) for keyword matching.
  var nameBytes: [UInt8]
  /// Human form for reports: `column "手机号"` or `key $.customer.phone`.
  var display: String
  /// For table cells: the 0-based column and the data row (1 = the first row after the header).
  var column: Int?
  var row: Int?
  /// For spreadsheet cells: the cell reference (`C7`), shown with the context of each finding.
  var cell: String?

  /// The context a finding shows: `column "手机号"`, or `column "手机号", cell C7` in a spreadsheet.
  var findingContext: String { cell.map { "\(display), cell \($0)" } ?? display }

  /// A label only when the name cannot itself be personal data (no long digit runs, no `@`, short).
  /// Array indices (`$[12345]`) are positions, not data: their digits do not count.
  static func make(kind: Kind, name: String, display: String) -> StructureLabel? {
    guard !name.isEmpty, name.utf8.count <= 192 else { return nil }
    var run = 0
    var inIndex = false
    for byte in display.utf8 {
      if byte == UInt8(ascii: "@") { return nil }
      if byte == UInt8(ascii: "[") { inIndex = true } else if byte == UInt8(ascii: "]") { inIndex = false }
      run = (48...57).contains(byte) && !inIndex ? run + 1 : 0
      if run >= 5 { return nil }
    }
    return StructureLabel(
      kind: kind, name: name, nameBytes: Array(name.utf8), display: display, column: nil, row: nil, cell: nil)
  }
}

/// Picks the cursor for a file by its extension; nil when the format has no structure we read.
enum StructureCursors {
  static func make(path: String, bytes: UnsafeBufferPointer<UInt8>) -> (any StructureCursor)? {
    let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
    let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last ?? "") : ""
    switch ext {
    case "csv", "tsv":
      // Sheets of an .xlsx are read as `book.xlsx!/Sheet1.tsv`, one line per spreadsheet row.
      let isSheet = ext == "tsv" && path.lowercased().contains(".xlsx!/")
      return CSVCursor(bytes: bytes, tabSeparated: ext == "tsv", cellReferences: isSheet)
    case "json", "geojson": return JSONCursor(bytes: bytes, linesAreRecords: false)
    case "jsonl", "ndjson": return JSONCursor(bytes: bytes, linesAreRecords: true)
    case "yaml", "yml": return YAMLCursor(bytes: bytes)
    case "sql": return SQLInsertCursor(bytes: bytes)
    case "xml", "html", "htm", "xhtml": return XMLCursor(bytes: bytes)
    case "env", "properties", "ini", "conf", "cfg", "toml":
      return KeyValueCursor(bytes: bytes)
    default:
      if name == ".env" || name.hasPrefix(".env.") { return KeyValueCursor(bytes: bytes) }
      return nil
    }
  }
}

/// Byte helpers shared by the cursors.
enum StructureBytes {
  static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

  /// Removes one pair of surrounding quotes.
  static func unquoted(_ text: String) -> String {
    guard text.count >= 2, let first = text.first, let last = text.last, first == last, first == "\"" || first == "'"
    else { return text }
    return String(text.dropFirst().dropLast())
  }
}
