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
  /// 1 MiB: large enough to amortise system calls, small enough for several workers in little memory.
  public static let defaultBlockSize = 1 << 20

  private let source: any RawByteSource
  private let blockSize: Int
  private let limit: Int
  private var decoder: (any StreamDecoder)?
  private let baseEncoding: String
  private var firstBlock: [UInt8]?
  private var atEnd = false

  /// Bytes read from the file so far (all of them once `next()` returned nil); for a `.gz` file, the
  /// bytes after decompression.
  public private(set) var originalByteCount = 0

  /// The encoding the file is read as (`EncodingLabel`); says so when invalid sequences were met.
  public var encoding: String {
    guard firstInvalidOffset != nil else { return baseEncoding }
    return baseEncoding == EncodingLabel.utf8 ? EncodingLabel.utf8Invalid : baseEncoding + " (invalid sequences)"
  }

  /// SHA-256 (hex) of the file's bytes as read, for a plain file read to its end; nil otherwise (a `.gz`
  /// file, whose text is inflated; a read that failed).
  public var sha256: String? { (source as? DescriptorSource)?.sha256 }

  /// Offset in the file's bytes of the first sequence that is not valid in `encoding`, if any.
  public var firstInvalidOffset: Int? { decoder?.firstInvalidOffset }

  private init(source: any RawByteSource, blockSize: Int, limit: Int, encoding: String, decoder: (any StreamDecoder)?) {
    self.source = source
    self.blockSize = blockSize
    self.limit = limit
    self.baseEncoding = encoding
    self.decoder = decoder
  }

  /// Opens the file at `path` and decodes its first block; fails like `FileReader.readText` (unreadable,
  /// not a regular file, over `maxSize`, binary).
  public static func open(path: String, maxSize: Int, blockSize: Int = defaultBlockSize) -> Result<TextChunkReader, InputFailure> {
    FileReader.openRegularFile(path: path, maxSize: maxSize).flatMap { file in
      start(DescriptorSource(descriptor: file.descriptor), blockSize: blockSize, limit: file.limit)
    }
  }

  /// Opens the gzip file at `path` and reads the text it holds, inflated on the fly (see `GzipSource`);
  /// also returns the member name stored in the gzip header, if any. `maxSize` bounds the inflated size.
  public static func openGzip(
    path: String, maxSize: Int, blockSize: Int = defaultBlockSize, limits: ContainerLimits = .standard
  ) -> Result<(reader: TextChunkReader, storedName: String?), InputFailure> {
    FileReader.openRegularFile(path: path, maxSize: .max).flatMap { file in
      let compressed = DescriptorSource(descriptor: file.descriptor)
      var head = [UInt8](repeating: 0, count: 64 << 10)
      let count = head.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress!, $0.count, 0) }
      head.removeLast(head.count - max(0, count))
      guard let header = ExpansionContext.gzipHeader(head, at: 0), let gzip = GzipSource(file: compressed, limits: limits)
      else { return .failure(InputFailure(reason: .corruptContainer, detail: "not a gzip file (bad header)")) }
      let limit = max(0, min(maxSize, Int.max - 1))
      return start(gzip, blockSize: blockSize, limit: limit).map { ($0, header.name) }
    }
  }

  private static func start(_ source: any RawByteSource, blockSize: Int, limit: Int) -> Result<TextChunkReader, InputFailure> {
    let size = max(blockSize, InputDecoder.sniffLength)
    return source.read(size).flatMap { block in
      start(source, block: block, complete: block.count < size, blockSize: size, limit: limit)
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
    switch source.read(blockSize) {
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
    _ source: any RawByteSource, block: [UInt8], complete: Bool, blockSize: Int, limit: Int
  ) -> Result<TextChunkReader, InputFailure> {
    guard block.count <= limit else { return .failure(.tooLarge(size: block.count, limit: limit, grew: true)) }
    if complete {
      return InputDecoder.decode(block).map { text in
        let reader = TextChunkReader(
          source: source, blockSize: blockSize, limit: limit, encoding: text.encoding, decoder: nil)
        reader.adopt(first: text.bytes, count: block.count, atEnd: true)
        return reader
      }
    }
    return chooseDecoder(for: block).map { choice in
      var decoder = choice.decoder
      let first = decoder.decode(block[choice.skip...], final: false)
      let reader = TextChunkReader(
        source: source, blockSize: blockSize, limit: limit, encoding: choice.encoding, decoder: decoder)
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
