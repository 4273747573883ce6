/// Converts UTF-16 and UTF-32 bytes to UTF-8, replacing malformed units with U+FFFD.
///
/// Works directly on bytes: line breaks are ordinary code points, so line structure is kept.
enum UnicodeTranscoder {
  private static let replacement: UInt32 = 0xFFFD

  /// UTF-16 `bytes` (no BOM) as UTF-8. Unpaired surrogates and a dangling odd byte become U+FFFD.
  static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 2)
    bytes.withUnsafeBufferPointer { buffer in
      func unit(at index: Int) -> UInt32 {
        let first = UInt32(buffer[index])
        let second = UInt32(buffer[index + 1])
        return bigEndian ? first << 8 | second : second << 8 | first
      }
      var index = 0
      while index + 1 < buffer.count {
        let lead = unit(at: index)
        index += 2
        guard (0xD800...0xDFFF).contains(lead) else {
          appendUTF8(lead, to: &output)
          continue
        }
        let hasTrail = lead <= 0xDBFF && index + 1 < buffer.count
        if hasTrail, case let trail = unit(at: index), (0xDC00...0xDFFF).contains(trail) {
          index += 2
          appendUTF8(0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00), to: &output)
        } else {
          appendUTF8(replacement, to: &output)
        }
      }
      if index < buffer.count { appendUTF8(replacement, to: &output) }
    }
    return output
  }

  /// UTF-32 `bytes` (no BOM) as UTF-8. Surrogates, values above U+10FFFF and a partial unit become U+FFFD.
  static func utf32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count / 2)
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index + 3 < buffer.count {
        var value: UInt32 = 0
        for offset in 0..<4 {
          let byte = UInt32(buffer[index + (bigEndian ? offset : 3 - offset)])
          value = value << 8 | byte
        }
        index += 4
        let valid = value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value)
        appendUTF8(valid ? value : replacement, to: &output)
      }
      if index < buffer.count { appendUTF8(replacement, to: &output) }
    }
    return output
  }

  /// Appends the UTF-8 encoding of the scalar `value` (already known to be valid).
  static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      output.append(UInt8(value))
    case 0x80..<0x800:
      output.append(UInt8(0xC0 | value >> 6))
      output.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
      output.append(UInt8(0xE0 | value >> 12))
      output.append(UInt8(0x80 | value >> 6 & 0x3F))
      output.append(UInt8(0x80 | value & 0x3F))
    default:
      output.append(UInt8(0xF0 | value >> 18))
      output.append(UInt8(0x80 | value >> 12 & 0x3F))
      output.append(UInt8(0x80 | value >> 6 & 0x3F))
      output.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
