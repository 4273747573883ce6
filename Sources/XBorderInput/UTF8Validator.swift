/// Checks UTF-8 well-formedness on raw bytes (no `String` round trip), per RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF.
enum UTF8Validator {
  /// True when all of `bytes` is well-formed UTF-8.
  static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isValid($0) }
  }

  /// True when all of `buffer` is well-formed UTF-8.
  static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool { firstInvalidIndex(buffer) == nil }

  /// Index of the first byte that does not start a well-formed sequence, or nil when all is well-formed.
  static func firstInvalidIndex(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    let count = buffer.count
    var index = 0
    while index < count {
      // ASCII fast path, eight bytes at a time: most source and data files are mostly ASCII.
      if index + 8 <= count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      guard let length = sequenceLength(base, at: index, count: count) else { return index }
      index += length
    }
    return nil
  }

  /// How many bytes at the end of `buffer` are the start of a multi-byte sequence cut off by the end of
  /// the buffer (0–3): a block reader holds them back until the next block completes them.
  static func incompleteTailLength(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
    let count = buffer.count
    for back in 1...min(3, max(count, 1)) where back <= count {
      let byte = buffer[count - back]
      if byte & 0xC0 == 0x80 { continue }  // a continuation byte: look further back for the lead
      let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
      return length > back ? back : 0
    }
    return 0
  }

  /// Length of the well-formed multi-byte sequence at `index`, or nil when it is malformed.
  private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
    let lead = base[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
    default: return nil
    }
    guard index + length <= count, secondRange.contains(base[index + 1]) else { return nil }
    for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
    return length
  }
}
