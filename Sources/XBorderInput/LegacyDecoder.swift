#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes legacy Chinese encodings with the C library's iconv, strictly: any byte sequence that is
/// not valid in the encoding fails the whole decode (so a Latin-1 or binary file is not turned into
/// invented Chinese text).
///
/// GB18030 is a superset of GBK and GB2312, the encodings Excel and Notepad write on Simplified
/// Chinese Windows. Big5 is not tried: almost every Big5 byte sequence is also valid GBK, so it cannot
/// be told apart by decoding alone.
enum LegacyDecoder {
  /// UTF-8 bytes of `bytes` read as GB18030, or nil when they are not valid GB18030 (or iconv lacks it).
  static func gb18030(_ bytes: [UInt8]) -> [UInt8]? { convert(bytes, from: "GB18030") }

  static func convert(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
    let descriptor = iconv_open("UTF-8", encoding)
    guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(descriptor) }
    // Two GB18030 bytes become at most three UTF-8 bytes, four become at most four.
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var input = bytes
    let produced: Int? = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        var inPointer = UnsafeMutableRawPointer(source.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var inLeft = source.count
        var outPointer = UnsafeMutableRawPointer(target.baseAddress)?.assumingMemoryBound(to: CChar.self)
        var outLeft = target.count
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != -1 && inLeft == 0 else { return nil }
        return target.count - outLeft
      }
    }
    guard let produced else { return nil }
    output.removeSubrange(produced...)
    return output
  }
}
