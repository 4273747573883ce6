/// CSV/TSV: the column header of the field an offset falls in.
///
/// The delimiter is sniffed from the header line (the most frequent of `,` `\t` `;` `|` outside
/// quotes). Quoted fields may span lines and contain delimiters (RFC 4180 `""` escapes).
struct CSVCursor: StructureCursor {
  private var bytes: UnsafeBufferPointer<UInt8>
  private let delimiter: UInt8
  /// A spreadsheet sheet: each line is one row (cells never span lines), so labels carry `C7`-style cells.
  private let cellReferences: Bool
  /// One label per column, made once from the header row.
  private var labels: [StructureLabel?] = []
  private var position = 0
  private var record = 0
  private var field = 0
  private var inQuotes = false

  init(bytes: UnsafeBufferPointer<UInt8>, tabSeparated: Bool, cellReferences: Bool = false) {
    self.bytes = bytes
    self.cellReferences = cellReferences
    self.delimiter = tabSeparated ? 0x09 : Self.sniffDelimiter(bytes)
    self.labels = Self.readHeader(bytes, delimiter: delimiter).map { name in
      StructureLabel.make(kind: .column, name: name, display: "column \"\(name)\"")
    }
  }

  mutating func label(at offset: Int) -> StructureLabel? {
    advance(to: offset)
    guard record > 0, field < labels.count, var label = labels[field] else { return nil }
    label.column = field
    label.row = record
    if cellReferences { label.cell = Self.columnLetters(field + 1) + String(record + 1) }
    return label
  }

  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) {
    self.bytes = bytes
    position = max(0, position - shift)
  }

  mutating func finishTable() -> Int? {
    advance(to: bytes.count)
    // A last line without a newline is a row too; a trailing newline does not start one.
    let endsWithNewline = bytes.last == 0x0A
    return max(0, record - (endsWithNewline ? 1 : 0))
  }

  private mutating func advance(to offset: Int) {
    while position < offset, position < bytes.count {
      let byte = bytes[position]
      if byte == 0x22 {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == delimiter {
          field += 1
        } else if byte == 0x0A {
          record += 1
          field = 0
        }
      }
      position += 1
    }
  }

  /// Spreadsheet column letters: 1 → A, 26 → Z, 27 → AA.
  static func columnLetters(_ column: Int) -> String {
    var number = column
    var letters = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }

  static func sniffDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let candidates: [UInt8] = [0x2C, 0x09, 0x3B, 0x7C]
    var counts = [Int](repeating: 0, count: candidates.count)
    var inQuotes = false
    for byte in bytes.prefix(64 * 1024) {
      if byte == 0x22 { inQuotes.toggle() }
      if inQuotes { continue }
      if byte == 0x0A { break }
      if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
    }
    let best = counts.indices.max { counts[$0] < counts[$1] } ?? 0
    return counts[best] > 0 ? candidates[best] : 0x2C
  }

  static func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> [String] {
    var fields: [String] = []
    var start = 0
    var index = 0
    var inQuotes = false
    while index <= bytes.count {
      let atEnd = index == bytes.count
      let byte: UInt8 = atEnd ? 0x0A : bytes[index]
      if byte == 0x22 { inQuotes.toggle() }
      if !inQuotes, byte == delimiter || byte == 0x0A {
        let range = StructureBytes.trimmed(bytes, start..<index)
        fields.append(StructureBytes.unquoted(StructureBytes.text(bytes, range)))
        start = index + 1
        if byte == 0x0A { break }
      }
      index += 1
    }
    // A UTF-8 BOM is stripped by the decoder; a header made of one empty field means no header.
    return fields.count == 1 && fields[0].isEmpty ? [] : fields
  }
}
