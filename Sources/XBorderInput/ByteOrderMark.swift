/// A Unicode byte order mark at the start of a file.
enum ByteOrderMark: Sendable, CaseIterable {
  case utf8, utf16LE, utf16BE, utf32LE, utf32BE

  /// The mark's bytes.
  var bytes: [UInt8] {
    switch self {
    case .utf8: [0xEF, 0xBB, 0xBF]
    case .utf16LE: [0xFF, 0xFE]
    case .utf16BE: [0xFE, 0xFF]
    case .utf32LE: [0xFF, 0xFE, 0x00, 0x00]
    case .utf32BE: [0x00, 0x00, 0xFE, 0xFF]
    }
  }

  /// The label of text carrying this mark.
  var label: String {
    switch self {
    case .utf8: EncodingLabel.utf8BOM
    case .utf16LE: EncodingLabel.utf16LE
    case .utf16BE: EncodingLabel.utf16BE
    case .utf32LE: EncodingLabel.utf32LE
    case .utf32BE: EncodingLabel.utf32BE
    }
  }

  /// The mark `bytes` start with. UTF-32LE is tried before UTF-16LE, whose mark is its prefix.
  static func detect(_ bytes: ArraySlice<UInt8>) -> ByteOrderMark? {
    for mark in [ByteOrderMark.utf32LE, .utf32BE, .utf8, .utf16LE, .utf16BE] where bytes.starts(with: mark.bytes) {
      return mark
    }
    return nil
  }

  /// The text after the mark, as UTF-8.
  func decode(_ bytes: [UInt8]) -> [UInt8] {
    let body = bytes[self.bytes.count...]
    switch self {
    case .utf8: return Array(body)
    case .utf16LE: return UnicodeTranscoder.utf16(body, bigEndian: false)
    case .utf16BE: return UnicodeTranscoder.utf16(body, bigEndian: true)
    case .utf32LE: return UnicodeTranscoder.utf32(body, bigEndian: false)
    case .utf32BE: return UnicodeTranscoder.utf32(body, bigEndian: true)
    }
  }
}
