/// A small, forgiving XML tokenizer for the parts of an xlsx file. Names are local (prefix removed);
/// text is entity-decoded UTF-8. It never reads out of bounds; malformed input ends the scan.
enum XMLScanner {
  /// One piece of a document.
  enum Event {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    case text([UInt8])
  }

  /// Calls `body` for each event; false when the document ends inside a tag, comment or CDATA section.
  static func scan(_ bytes: [UInt8], _ body: (Event) -> Void) -> Bool {
    var position = 0
    let count = bytes.count
    while position < count {
      guard let open = firstIndex(of: UInt8(ascii: "<"), in: bytes, from: position) else {
        body(.text(decodeEntities(bytes[position...])))
        return true
      }
      if open > position { body(.text(decodeEntities(bytes[position..<open]))) }
      if startsWith("<![CDATA[", bytes, at: open) {
        guard let end = find("]]>", in: bytes, from: open + 9) else { return false }
        body(.text(Array(bytes[(open + 9)..<end])))
        position = end + 3
      } else if startsWith("<!--", bytes, at: open) {
        guard let end = find("-->", in: bytes, from: open + 4) else { return false }
        position = end + 3
      } else {
        guard let close = tagEnd(bytes, from: open + 1) else { return false }
        emitTag(bytes[(open + 1)..<close], body)
        position = close + 1
      }
    }
    return true
  }

  private static func emitTag(_ tag: ArraySlice<UInt8>, _ body: (Event) -> Void) {
    guard let first = tag.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { return }
    if first == UInt8(ascii: "/") {
      body(.end(name: localName(tag.dropFirst().prefix { !isSpace($0) })))
      return
    }
    let selfClosing = tag.last == UInt8(ascii: "/")
    let content = selfClosing ? tag.dropLast() : tag
    let nameBytes = content.prefix { !isSpace($0) }
    body(.start(name: localName(nameBytes), attributes: attributes(content.dropFirst(nameBytes.count)),
      selfClosing: selfClosing))
  }

  /// `name="value"` pairs (single or double quotes), keyed by local name.
  private static func attributes(_ text: ArraySlice<UInt8>) -> [String: String] {
    var result: [String: String] = [:]
    var position = text.startIndex
    while position < text.endIndex {
      while position < text.endIndex, isSpace(text[position]) { position += 1 }
      let nameStart = position
      while position < text.endIndex, text[position] != UInt8(ascii: "="), !isSpace(text[position]) { position += 1 }
      let name = localName(text[nameStart..<position])
      while position < text.endIndex, text[position] != UInt8(ascii: "\""), text[position] != UInt8(ascii: "'") {
        position += 1
      }
      guard position < text.endIndex else { break }
      let quote = text[position]
      let valueStart = position + 1
      guard let valueEnd = text[valueStart...].firstIndex(of: quote) else { break }
      if !name.isEmpty { result[name] = String(decoding: decodeEntities(text[valueStart..<valueEnd]), as: UTF8.self) }
      position = valueEnd + 1
    }
    return result
  }

  /// The `>` closing the tag that starts before `from`, skipping quoted attribute values.
  private static func tagEnd(_ bytes: [UInt8], from: Int) -> Int? {
    var quote: UInt8?
    var position = from
    while position < bytes.count {
      let byte = bytes[position]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        return position
      }
      position += 1
    }
    return nil
  }

  /// Replaces the five predefined entities and numeric references; unknown ones stay as they are.
  static func decodeEntities(_ text: ArraySlice<UInt8>) -> [UInt8] {
    guard text.contains(UInt8(ascii: "&")) else { return Array(text) }
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var position = text.startIndex
    while position < text.endIndex {
      let byte = text[position]
      if byte == UInt8(ascii: "&"), let semicolon = text[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")),
        let decoded = entity(String(decoding: text[(position + 1)..<semicolon], as: UTF8.self))
      {
        output += decoded
        position = semicolon + 1
      } else {
        output.append(byte)
        position += 1
      }
    }
    return output
  }

  private static func entity(_ name: String) -> [UInt8]? {
    switch name {
    case "lt": return [UInt8(ascii: "<")]
    case "gt": return [UInt8(ascii: ">")]
    case "amp": return [UInt8(ascii: "&")]
    case "quot": return [UInt8(ascii: "\"")]
    case "apos": return [UInt8(ascii: "'")]
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value = digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value) else { return nil }
      return Array(String(Character(scalar)).utf8)
    }
  }

  private static func localName(_ bytes: ArraySlice<UInt8>) -> String {
    let name = bytes.lastIndex(of: UInt8(ascii: ":")).map { bytes[($0 + 1)...] } ?? bytes
    return String(decoding: name, as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func firstIndex(of byte: UInt8, in bytes: [UInt8], from: Int) -> Int? {
    bytes[from...].firstIndex(of: byte)
  }

  private static func startsWith(_ prefix: String, _ bytes: [UInt8], at offset: Int) -> Bool {
    let utf8 = Array(prefix.utf8)
    return offset + utf8.count <= bytes.count && bytes[offset..<(offset + utf8.count)].elementsEqual(utf8)
  }

  private static func find(_ needle: String, in bytes: [UInt8], from: Int) -> Int? {
    let utf8 = Array(needle.utf8)
    var position = from
    while position + utf8.count <= bytes.count {
      guard let next = bytes[position...].firstIndex(of: utf8[0]) else { return nil }
      if startsWith(needle, bytes, at: next) { return next }
      position = next + 1
    }
    return nil
  }
}
