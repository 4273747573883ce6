import CZlib

/// Raw DEFLATE (RFC 1951) decompression with a hard cap on the output size, straight from zlib.
///
/// Never allocates more than `limit + 1` output bytes, whatever sizes the container declares.
enum Inflater {
  /// How an inflation ended.
  enum Outcome {
    /// The whole stream: its bytes and how many input bytes it used.
    case complete([UInt8], consumed: Int)
    /// The output grew past the limit; inflation stopped there.
    case overLimit
    /// The stream is corrupt or truncated.
    case corrupt(String)
  }

  private static let chunk = 64 * 1024

  /// Inflates the raw DEFLATE stream at the start of `input`, producing at most `limit` bytes.
  static func inflate(_ input: ArraySlice<UInt8>, limit requested: Int) -> Outcome {
    let limit = min(max(0, requested), Int.max - 1)
    var stream = z_stream()
    let initResult = inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard initResult == Z_OK else { return .corrupt("zlib could not start (\(initResult))") }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: min(limit, chunk) + 1)
    var produced = 0
    var consumed = 0
    return input.withUnsafeBufferPointer { source -> Outcome in
      while true {
        if produced == output.count {
          guard output.count <= limit else { return .overLimit }
          output.append(contentsOf: repeatElement(0, count: min(output.count, limit + 1 - output.count)))
        }
        let feed = min(source.count - consumed, Int(UInt32.max / 2))
        stream.next_in = feed > 0 ? UnsafeMutablePointer(mutating: source.baseAddress! + consumed) : nil
        stream.avail_in = UInt32(feed)
        let room = min(output.count - produced, Int(UInt32.max / 2))
        let result = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
          stream.next_out = buffer.baseAddress! + produced
          stream.avail_out = UInt32(room)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        consumed += feed - Int(stream.avail_in)
        produced += room - Int(stream.avail_out)
        switch result {
        case Z_STREAM_END:
          guard produced <= limit else { return .overLimit }
          output.removeLast(output.count - produced)
          return .complete(output, consumed: consumed)
        case Z_OK:
          continue
        case Z_BUF_ERROR where produced == output.count:
          continue
        case Z_BUF_ERROR:
          return .corrupt("compressed data ends early")
        default:
          let message = stream.msg.map { String(cString: $0) } ?? "error \(result)"
          return .corrupt("invalid compressed data (\(message))")
        }
      }
    }
  }

  /// The CRC-32 of `bytes`, as zip and gzip store it.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      var crc: UInt = CZlib.crc32(0, nil, 0)
      var offset = 0
      while offset < buffer.count {
        let length = min(buffer.count - offset, Int(UInt32.max / 2))
        crc = CZlib.crc32(crc, buffer.baseAddress! + offset, UInt32(length))
        offset += length
      }
      return UInt32(truncatingIfNeeded: crc)
    }
  }
}
