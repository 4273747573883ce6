#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes one encoding to UTF-8 block by block. A sequence cut by the end of a block is held back and
/// completed by the next block, so block boundaries never corrupt a character.
protocol StreamDecoder {
  /// UTF-8 for `block` (after anything held back). Unless `final`, an incomplete trailing sequence is kept.
  mutating func decode(_ block: ArraySlice<UInt8>, final: Bool) -> [UInt8]
  /// Offset in the original bytes (after any BOM) of the first invalid sequence met so far.
  var firstInvalidOffset: Int? { get }
}

/// UTF-8 in, UTF-8 out: only validated (invalid bytes pass through, as for whole files).
struct UTF8StreamDecoder: StreamDecoder {
  private var pending: [UInt8] = []
  private var consumed = 0
  private(set) var firstInvalidOffset: Int?

  mutating func decode(_ block: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
    var bytes = pending.isEmpty ? Array(block) : pending + block
    let keep = final ? 0 : bytes.withUnsafeBufferPointer(UTF8Validator.incompleteTailLength)
    pending = Array(bytes.suffix(keep))
    bytes.removeLast(keep)
    if firstInvalidOffset == nil, let bad = bytes.withUnsafeBufferPointer(UTF8Validator.firstInvalidIndex) {
      firstInvalidOffset = consumed + bad
    }
    consumed += bytes.count
    return bytes
  }
}

/// UTF-16 or UTF-32 (no BOM in the bytes given); malformed units become U+FFFD as for whole files.
struct UnicodeStreamDecoder: StreamDecoder {
  enum Width { case utf16, utf32 }
  let width: Width
  let bigEndian: Bool
  private var pending: [UInt8] = []
  let firstInvalidOffset: Int? = nil

  init(width: Width, bigEndian: Bool) {
    self.width = width
    self.bigEndian = bigEndian
  }

  mutating func decode(_ block: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
    let bytes = pending.isEmpty ? Array(block) : pending + block
    let cut = final ? bytes.count : cutPoint(bytes)
    pending = Array(bytes[cut...])
    switch width {
    case .utf16: return UnicodeTranscoder.utf16(bytes[..<cut], bigEndian: bigEndian)
    case .utf32: return UnicodeTranscoder.utf32(bytes[..<cut], bigEndian: bigEndian)
    }
  }

  /// Whole code units only, and never between the two halves of a surrogate pair.
  private func cutPoint(_ bytes: [UInt8]) -> Int {
    guard width == .utf16 else { return bytes.count - bytes.count % 4 }
    var cut = bytes.count - bytes.count % 2
    if cut >= 2 {
      let unit = bigEndian ? UInt16(bytes[cut - 2]) << 8 | UInt16(bytes[cut - 1]) : UInt16(bytes[cut - 1]) << 8 | UInt16(bytes[cut - 2])
      if (0xD800...0xDBFF).contains(unit) { cut -= 2 }
    }
    return cut
  }
}

/// A legacy encoding through iconv. Unlike the whole-file decode, which refuses a file with any invalid
/// sequence, a stream has already been committed to the encoding: an invalid byte becomes U+FFFD and the
/// first one is recorded, so the reports can say the file was not clean.
final class IconvStreamDecoder: StreamDecoder {
  private let descriptor: iconv_t
  private var pending: [UInt8] = []
  private var consumed = 0
  private(set) var firstInvalidOffset: Int?

  init?(from encoding: String) {
    guard let descriptor = iconv_open("UTF-8", encoding), descriptor != iconv_t(bitPattern: -1) else { return nil }
    self.descriptor = descriptor
  }

  deinit { iconv_close(descriptor) }

  func decode(_ block: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
    var input = pending.isEmpty ? Array(block) : pending + block
    pending = []
    var output: [UInt8] = []
    output.reserveCapacity(input.count * 3 / 2 + 16)
    var start = 0
    while start < input.count {
      let (read, produced, error) = convert(&input, from: start)
      output += produced
      start += read
      guard let error else { break }
      if error == EINVAL && !final {  // an incomplete sequence at the end: wait for the next block
        pending = Array(input[start...])
        break
      }
      if error == E2BIG { continue }
      if firstInvalidOffset == nil { firstInvalidOffset = consumed + start }
      output += [0xEF, 0xBF, 0xBD]  // U+FFFD for the byte iconv rejects; go on after it
      start += 1
    }
    consumed += input.count - pending.count
    return output
  }

  /// One iconv call from `start`: bytes read, UTF-8 produced, and the errno when it stopped early.
  private func convert(_ input: inout [UInt8], from start: Int) -> (Int, [UInt8], Int32?) {
    var output = [UInt8](repeating: 0, count: min(input.count - start, 1 << 20) * 2 + 16)
    return input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress! + start)
          .assumingMemoryBound(to: CChar.self)
        var inLeft = source.count - start
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!)
          .assumingMemoryBound(to: CChar.self)
        var outLeft = target.count
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let error: Int32? = result == -1 ? errno : nil
        let read = source.count - start - inLeft
        return (read, Array(target[..<(target.count - outLeft)]), error)
      }
    }
  }
}
