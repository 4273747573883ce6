#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a text file block by block as UTF-8, so a file of any size is scanned in bounded memory.
///
/// A file that fits in one block is decoded exactly as `InputDecoder.decode` decodes a whole file. For
/// a longer file the first block decides the encoding (BOM, BOM-less UTF-16, UTF-8 when the block is
/// well-formed, else GB18030 when it decodes strictly, else UTF-8 with invalid sequences); later blocks
/// are decoded in that encoding, and an invalid sequence further on is recorded (`firstInvalidOffset`)
/// rather than switching encodings half-way.
public final class TextChunkReader {
  /// 4 MiB: large enough to amortise system calls, small enough for several workers in little memory.
  public static let defaultBlockSize = 4 << 20

  private let descriptor: Int32
  private let blockSize: Int
  private let limit: Int
  private var decoder: (any StreamDecoder)?
  private let baseEncoding: String
  private var firstBlock: [UInt8]?
  private var atEnd = false

  /// Bytes read from the file so far (all of them once `next()` returned nil).
  public private(set) var originalByteCount = 0

  /// The encoding the file is read as (`EncodingLabel`); says so when invalid sequences were met.
  public var encoding: String {
    guard firstInvalidOffset != nil else { return baseEncoding }
    return baseEncoding == EncodingLabel.utf8 ? EncodingLabel.utf8Invalid : baseEncoding + " (invalid sequences)"
  }

  /// Offset in the file's bytes of the first sequence that is not valid in `encoding`, if any.
  public var firstInvalidOffset: Int? { decoder?.firstInvalidOffset }

  private init(descriptor: Int32, blockSize: Int, limit: Int, encoding: String, decoder: (any StreamDecoder)?) {
    self.descriptor = descriptor
    self.blockSize = blockSize
    self.limit = limit
    self.baseEncoding = encoding
    self.decoder = decoder
  }

  deinit { close(descriptor) }

  /// Opens the file at `path` and decodes its first block; fails like `FileReader.readText` (unreadable,
  /// not a regular file, over `maxSize`, binary).
  public static func open(path: String, maxSize: Int, blockSize: Int = defaultBlockSize) -> Result<TextChunkReader, InputFailure> {
    FileReader.openRegularFile(path: path, maxSize: maxSize).flatMap { file in
      let size = max(blockSize, InputDecoder.sniffLength)
      switch readBlock(file.descriptor, size: size) {
      case .failure(let failure):
        close(file.descriptor)
        return .failure(failure)
      case .success(let block):
        let reader = start(file.descriptor, block: block, complete: block.count < size, blockSize: size, limit: file.limit)
        if case .failure = reader { close(file.descriptor) }
        return reader
      }
    }
  }

  /// The next block of UTF-8 text, nil after the last. A failure (an I/O error, the file growing past
  /// the limit) ends the stream; the blocks before it were read correctly.
  public func next() -> Result<[UInt8]?, InputFailure> {
    if let block = firstBlock {
      firstBlock = nil
      return .success(block)
    }
    guard !atEnd, var decoder else { return .success(nil) }
    defer { self.decoder = decoder }
    switch Self.readBlock(descriptor, size: blockSize) {
    case .failure(let failure):
      atEnd = true
      return .failure(failure)
    case .success(let block):
      originalByteCount += block.count
      atEnd = block.count < blockSize
      if originalByteCount > limit {
        atEnd = true
        return .failure(.tooLarge(size: originalByteCount, limit: limit, grew: true))
      }
      return .success(decoder.decode(block[...], final: atEnd))
    }
  }

  private static func start(
    _ descriptor: Int32, block: [UInt8], complete: Bool, blockSize: Int, limit: Int
  ) -> Result<TextChunkReader, InputFailure> {
    if complete {
      return InputDecoder.decode(block).map { text in
        let reader = TextChunkReader(
          descriptor: descriptor, blockSize: blockSize, limit: limit, encoding: text.encoding, decoder: nil)
        reader.adopt(first: text.bytes, count: block.count, atEnd: true)
        return reader
      }
    }
    return chooseDecoder(for: block).map { choice in
      var decoder = choice.decoder
      let first = decoder.decode(block[choice.skip...], final: false)
      let reader = TextChunkReader(
        descriptor: descriptor, blockSize: blockSize, limit: limit, encoding: choice.encoding, decoder: decoder)
      reader.adopt(first: first, count: block.count, atEnd: false)
      return reader
    }
  }

  private func adopt(first: [UInt8], count: Int, atEnd: Bool) {
    firstBlock = first
    originalByteCount = count
    self.atEnd = atEnd
  }

  private struct Choice {
    var decoder: any StreamDecoder
    var encoding: String
    /// BOM bytes to skip.
    var skip: Int
  }

  /// The decoder for a file whose first (full) block is `block`, by the rules `InputDecoder` applies to
  /// whole files.
  private static func chooseDecoder(for block: [UInt8]) -> Result<Choice, InputFailure> {
    switch InputDecoder.sniff(block.prefix(InputDecoder.sniffLength)) {
    case .binary(let failure):
      return .failure(failure)
    case .byteOrderMark(let mark):
      return .success(Choice(decoder: mark.streamDecoder, encoding: mark.label, skip: mark.bytes.count))
    case .utf16WithoutBOM(let order):
      let bigEndian = order == .bigEndian
      let label = bigEndian ? EncodingLabel.utf16BENoBOM : EncodingLabel.utf16LENoBOM
      return .success(Choice(decoder: UnicodeStreamDecoder(width: .utf16, bigEndian: bigEndian), encoding: label, skip: 0))
    case .utf8:
      var probe = UTF8StreamDecoder()
      _ = probe.decode(block[...], final: false)
      if probe.firstInvalidOffset == nil {
        return .success(Choice(decoder: UTF8StreamDecoder(), encoding: EncodingLabel.utf8, skip: 0))
      }
      if let legacy = IconvStreamDecoder(from: "GB18030"), case _ = legacy.decode(block[...], final: false),
        legacy.firstInvalidOffset == nil, let fresh = IconvStreamDecoder(from: "GB18030")
      {
        return .success(Choice(decoder: fresh, encoding: EncodingLabel.gb18030, skip: 0))
      }
      return .success(Choice(decoder: UTF8StreamDecoder(), encoding: EncodingLabel.utf8, skip: 0))
    }
  }

  /// Up to `size` bytes: fewer only at the end of the file.
  private static func readBlock(_ descriptor: Int32, size: Int) -> Result<[UInt8], InputFailure> {
    var block = [UInt8](repeating: 0, count: size)
    var count = 0
    while count < size {
      let received = block.withUnsafeMutableBytes { buffer in
        readCall(descriptor, buffer.baseAddress! + count, size - count)
      }
      if received == 0 { break }
      if received < 0 {
        let error = OSError.current
        if error.code == EINTR { continue }
        return .failure(.unreadable(error, "cannot read"))
      }
      count += received
    }
    block.removeLast(size - count)
    return .success(block)
  }
}

extension ByteOrderMark {
  /// A block decoder for the text after this mark.
  var streamDecoder: any StreamDecoder {
    switch self {
    case .utf8: UTF8StreamDecoder()
    case .utf16LE: UnicodeStreamDecoder(width: .utf16, bigEndian: false)
    case .utf16BE: UnicodeStreamDecoder(width: .utf16, bigEndian: true)
    case .utf32LE: UnicodeStreamDecoder(width: .utf32, bigEndian: false)
    case .utf32BE: UnicodeStreamDecoder(width: .utf32, bigEndian: true)
    }
  }
}
