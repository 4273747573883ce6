import Foundation
import Testing
import XBorderInput
import XBorderTestSupport

/// Large files are decoded block by block; a multi-byte character cut by a block boundary must come out
/// exactly as when the whole file is decoded at once.
@Suite struct TextChunkReaderTests {
  /// All blocks of the file at `url`, joined, and the reader (for its encoding and counts).
  static func readAll(_ url: URL, blockSize: Int) throws -> ([UInt8], TextChunkReader, blocks: Int) {
    let reader = try TextChunkReader.open(path: url.path, maxSize: .max, blockSize: blockSize).get()
    var text: [UInt8] = []
    var blocks = 0
    while let block = try reader.next().get() {
      text += block
      blocks += 1
    }
    return (text, reader, blocks)
  }

  static let chineseRows = (0..<400).map { "第\($0)行,收件人电话,13912347865,张伟\r\n" }.joined()

  @Test(arguments: [8192, 8193, 8195, 10_007])
  func gbkAcrossBlocks(blockSize: Int) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let gbk = try #require(Self.chineseRows.data(using: .init(rawValue: 0x8000_0632)))  // kCFStringEncodingGB_18030_2000
    let url = try directory.write("orders.csv", gbk)
    let (text, reader, blocks) = try Self.readAll(url, blockSize: blockSize)
    #expect(blocks > 1)
    #expect(reader.encoding == "gb18030")
    #expect(reader.firstInvalidOffset == nil)
    #expect(reader.originalByteCount == gbk.count)
    #expect(String(decoding: text, as: UTF8.self) == Self.chineseRows)
  }

  @Test(arguments: [8192, 8193, 8194, 8195])
  func utf16LittleEndianWithBOMAcrossBlocks(blockSize: Int) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let rows = Self.chineseRows + "emoji 😀 at the end\n"
    let url = try directory.write("export.txt", Data([0xFF, 0xFE]) + rows.data(using: .utf16LittleEndian)!)
    let (text, reader, _) = try Self.readAll(url, blockSize: blockSize)
    #expect(reader.encoding == "utf-16le")
    #expect(String(decoding: text, as: UTF8.self) == rows)
  }

  @Test(arguments: [8192, 8193, 8194])
  func utf8MultiByteAcrossBlocks(blockSize: Int) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("log.txt", Self.chineseRows)
    let (text, reader, blocks) = try Self.readAll(url, blockSize: blockSize)
    #expect(blocks > 1)
    #expect(reader.encoding == "utf-8")
    #expect(String(decoding: text, as: UTF8.self) == Self.chineseRows)
  }

  @Test func invalidBytesAfterTheFirstBlockAreRecorded() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let clean = Array(String(repeating: "phone 13912347865\n", count: 1000).utf8)
    let url = try directory.write("mixed.log", Data(clean + [0xFF, 0xFE, 0x41] + Array("tail\n".utf8)))
    let (text, reader, _) = try Self.readAll(url, blockSize: 8192)
    #expect(reader.encoding == "utf-8 (invalid sequences)")
    #expect(reader.firstInvalidOffset == clean.count)
    #expect(text.count == clean.count + 8, "invalid bytes are kept as they are, nothing is dropped")
  }

  @Test func smallFileIsDecodedLikeAWholeFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("gbk.csv", Data(LegacyDecodingTests.gbkCSV))
    let (text, reader, blocks) = try Self.readAll(url, blockSize: TextChunkReader.defaultBlockSize)
    #expect(blocks == 1)
    #expect(reader.encoding == "gb18030")
    #expect(text == (try InputDecoder.decode(LegacyDecodingTests.gbkCSV).get().bytes))
  }

  /// The digest evidence.json records is of exactly the bytes read, taken while reading them.
  @Test func digestOfWhatWasReadIsKept() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("orders.csv", Self.chineseRows)
    let reader = try TextChunkReader.open(path: url.path, maxSize: .max, blockSize: 8192).get()
    #expect(reader.sha256 == nil, "no digest before the end of the file")
    while try reader.next().get() != nil {}
    let expected = try CommandRunner.python([
      "-c", "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())", url.path,
    ])
    #expect(reader.sha256 == expected.output.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  @Test func binaryIsRecognisedFromTheFirstBlock() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("blob.bin", Data([0x41, 0x00, 0x42] + [UInt8](repeating: 0x43, count: 20_000)))
    #expect(throws: InputFailure.self) { try TextChunkReader.open(path: url.path, maxSize: .max, blockSize: 8192).get() }
  }
}
