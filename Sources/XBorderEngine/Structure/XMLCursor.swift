/// XML and HTML: the innermost element around a value (`element CustomerName`), or the attribute whose
/// value holds it (`attribute phone`).
struct XMLCursor: StructureCursor {
  private var bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var elements: [String] = []
  private var attributeLabel: StructureLabel?
  private static let maxDepth = 256

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) {
    self.bytes = bytes
    position = max(0, position - shift)
  }

  mutating func label(at offset: Int) -> StructureLabel? {
    attributeLabel = nil
    while position <= offset, position < bytes.count {
      if bytes[position] == 0x3C {
        if readTag(containing: offset) { return attributeLabel }
      } else {
        position += 1
      }
    }
    guard let name = elements.last else { return nil }
    let local = name.split(separator: ":").last.map(String.init) ?? name
    return StructureLabel.make(kind: .key, name: local, display: "element \(elements.suffix(3).joined(separator: "/"))")
  }

  /// Reads the tag at `position`; returns true when `offset` lies inside one of its attribute values.
  private mutating func readTag(containing offset: Int) -> Bool {
    let start = position
    var index = start + 1
    var quote: UInt8?
    var lastAttribute = ""
    var nameEnd: Int?
    var wordStart = index
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
        if quote == nil || index < offset { index += 1; continue }
      }
      if byte == 0x22 || byte == 0x27 {
        quote = byte
        if index < offset, let end = valueEnd(from: index + 1, quote: byte), offset < end {
          attributeLabel = StructureLabel.make(kind: .key, name: lastAttribute, display: "attribute \(lastAttribute)")
          position = end + 1
          return true
        }
      } else if byte == 0x3E {
        break
      } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3D {
        if nameEnd == nil { nameEnd = index }
        if byte == 0x3D { lastAttribute = StructureBytes.text(bytes, wordStart..<index).trimmingSpaces }
        wordStart = index + 1
      }
      index += 1
    }
    finishTag(start: start, nameEnd: nameEnd ?? index, end: index)
    position = index + 1
    return false
  }

  private mutating func finishTag(start: Int, nameEnd: Int, end: Int) {
    guard start + 1 < nameEnd else { return }
    let first = bytes[start + 1]
    if first == 0x21 || first == 0x3F { return }  // <!-- -->, <!DOCTYPE>, <?xml ?>
    if first == 0x2F {
      let name = StructureBytes.text(bytes, (start + 2)..<nameEnd)
      if let index = elements.lastIndex(of: name) { elements.removeSubrange(index...) }
      return
    }
    let selfClosing = end > start && bytes[end - 1] == 0x2F
    let name = StructureBytes.text(bytes, (start + 1)..<nameEnd).trimmingSuffixSlash
    if !selfClosing, elements.count < Self.maxDepth { elements.append(name) }
  }

  private func valueEnd(from start: Int, quote: UInt8) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] == quote { return index }
      if bytes[index] == 0x3E || bytes[index] == 0x3C { return nil }
      index += 1
    }
    return nil
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\n" || $0 == "\t" }.reversed().drop { $0 == " " }.reversed())
  }

  fileprivate var trimmingSuffixSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
