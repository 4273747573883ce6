import Foundation

/// The one JSON encoding every JSON-based report uses, so key order and spacing never drift.
enum JSONOutput {
  /// Pretty-printed, sorted-key JSON with unescaped slashes, `{}`/`[]` for empty containers and a
  /// final newline.
  static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    // A fresh encoder per call: JSONEncoder is a class, and reporters must not share mutable state.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = collapsingEmptyContainers(try encoder.encode(value))
    data.append(0x0A)
    return data
  }

  /// Foundation pretty-prints an empty object or array as `{`, a blank line and an indented `}`; this
  /// writes `{}` and `[]`. Safe without parsing: a JSON string never holds a raw line break.
  static func collapsingEmptyContainers(_ data: Data) -> Data {
    let bytes = [UInt8](data)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      result.append(byte)
      index += 1
      guard let close = closing(byte), let end = emptyBodyEnd(bytes, from: index), bytes[end] == close else {
        continue
      }
      result.append(close)
      index = end + 1
    }
    return Data(result)
  }

  private static func closing(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "{"): UInt8(ascii: "}")
    case UInt8(ascii: "["): UInt8(ascii: "]")
    default: nil
    }
  }

  /// The index after line breaks and spaces that start at `start` (at least one line break), if in bounds.
  private static func emptyBodyEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x20 { index += 1 }
    guard index > start, index < bytes.count, bytes[start] == 0x0A else { return nil }
    return index
  }
}
