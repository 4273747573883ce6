/// Turns worksheet XML into tab-separated text whose line N is spreadsheet row N.
enum SheetParser {
  /// Excel's largest row and column numbers; cells beyond them are ignored.
  static let maxRow = 1_048_576
  static let maxColumn = 16_384

  /// The `<si>` strings of `xl/sharedStrings.xml` (rich text runs joined, phonetic runs left out),
  /// or nil when the XML is malformed.
  static func sharedStrings(_ xml: [UInt8]) -> [[UInt8]]? {
    var strings: [[UInt8]] = []
    var current: [UInt8] = []
    var inItem = false
    var inPhonetic = false
    var inText = false
    let complete = XMLScanner.scan(xml) { event in
      switch event {
      case .start("si", _, let selfClosing):
        if selfClosing {
          strings.append([])
        } else {
          inItem = true
          current = []
        }
      case .end("si"):
        if inItem { strings.append(current) }
        inItem = false
      case .start("rPh", _, let selfClosing): inPhonetic = !selfClosing
      case .end("rPh"): inPhonetic = false
      case .start("t", _, let selfClosing): inText = inItem && !inPhonetic && !selfClosing
      case .end("t"): inText = false
      case .text(let text) where inText: current += text
      default: break
      }
    }
    return complete ? strings : nil
  }

  /// The sheet as TSV bytes, or nil when the XML is malformed or has no `<sheetData>`.
  static func tsv(_ xml: [UInt8], sharedStrings: [[UInt8]]) -> [UInt8]? {
    var builder = SheetBuilder(sharedStrings: sharedStrings)
    let complete = XMLScanner.scan(xml) { builder.handle($0) }
    guard complete, builder.sawSheetData else { return nil }
    return builder.text()
  }

  /// The 1-based column of a reference such as `C7` (3), or nil without letters.
  static func column(of reference: String) -> Int? {
    var column = 0
    for scalar in reference.unicodeScalars {
      let value = Int(scalar.value)
      guard (65...90).contains(value) || (97...122).contains(value) else { break }
      column = column * 26 + (value & 0x1F)
      if column > maxColumn { return nil }
    }
    return column == 0 ? nil : column
  }

  /// The row of a reference such as `C7` (7), or nil.
  static func row(of reference: String) -> Int? {
    Int(String(reference.unicodeScalars.drop { !("0"..."9").contains($0) }))
  }
}

/// The state of one worksheet scan.
private struct SheetBuilder {
  let sharedStrings: [[UInt8]]
  var sawSheetData = false
  var rows: [Int: [Int: [UInt8]]] = [:]
  var row = 0
  var column = 0
  var cellType = "n"
  var value: [UInt8] = []
  var inline: [UInt8] = []
  var inCell = false
  var inValue = false
  var inInline = false
  var inPhonetic = false
  var inText = false

  init(sharedStrings: [[UInt8]]) {
    self.sharedStrings = sharedStrings
  }

  mutating func handle(_ event: XMLScanner.Event) {
    switch event {
    case .start("sheetData", _, _): sawSheetData = true
    case .start("row", let attributes, _):
      row = attributes["r"].flatMap { Int($0) } ?? row + 1
      column = 0
    case .start("c", let attributes, let selfClosing): startCell(attributes, selfClosing: selfClosing)
    case .end("c"): endCell()
    case .start("v", _, let selfClosing): inValue = inCell && !selfClosing
    case .end("v"): inValue = false
    case .start("is", _, let selfClosing): inInline = inCell && !selfClosing
    case .end("is"): inInline = false
    case .start("rPh", _, let selfClosing): inPhonetic = !selfClosing
    case .end("rPh"): inPhonetic = false
    case .start("t", _, let selfClosing): inText = inInline && !inPhonetic && !selfClosing
    case .end("t"): inText = false
    case .text(let text):
      if inValue { value += text } else if inText { inline += text }
    default: break
    }
  }

  private mutating func startCell(_ attributes: [String: String], selfClosing: Bool) {
    let reference = attributes["r"] ?? ""
    column = SheetParser.column(of: reference) ?? column + 1
    if let referenced = SheetParser.row(of: reference) { row = referenced }
    cellType = attributes["t"] ?? "n"
    value = []
    inline = []
    inCell = !selfClosing
  }

  private mutating func endCell() {
    guard inCell else { return }
    inCell = false
    inValue = false
    inInline = false
    let text = cellText()
    guard !text.isEmpty, (1...SheetParser.maxRow).contains(row), (1...SheetParser.maxColumn).contains(column)
    else { return }
    rows[row, default: [:]][column] = text.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
  }

  private func cellText() -> [UInt8] {
    switch cellType {
    case "s":
      let trimmed = String(decoding: value, as: UTF8.self).trimmingSpaces
      guard let index = Int(trimmed), sharedStrings.indices.contains(index) else { return value }
      return sharedStrings[index]
    case "inlineStr": return inline.isEmpty ? value : inline
    case "b":
      let isTrue = String(decoding: value, as: UTF8.self).trimmingSpaces == "1"
      return Array((isTrue ? "TRUE" : "FALSE").utf8)
    default: return value.isEmpty ? inline : value
    }
  }

  /// Rows 1 through the last one, empty lines for missing rows, tab-separated cells.
  func text() -> [UInt8] {
    guard let last = rows.keys.max() else { return [] }
    var output: [UInt8] = []
    for number in 1...last {
      if let cells = rows[number], let lastColumn = cells.keys.max() {
        for index in 1...lastColumn {
          if index > 1 { output.append(0x09) }
          output += cells[index] ?? []
        }
      }
      output.append(0x0A)
    }
    return output
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(unicodeScalars.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
      .reversed().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }.reversed().map(Character.init))
  }
}
