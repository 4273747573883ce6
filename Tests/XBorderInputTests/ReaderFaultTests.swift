import Foundation
import Testing
import XBorderInput
import XBorderTestSupport

/// The block reader under faults: truncated sequences at every position around a block edge, files
/// that grow or shrink while being read, and seeded random bytes (a deterministic complement to `make fuzz`).
@Suite struct ReaderFaultTests {
  static let block = InputDecoder.sniffLength  // the smallest block size the reader uses

  /// A lead byte of a 2-, 3- or 4-byte UTF-8 sequence with its continuation bytes cut off, placed at
  /// every offset from 4 bytes before to 4 bytes after the first block edge: the text after it survives.
  @Test(arguments: [[0xC3], [0xE6], [0xE6, 0x89], [0xF0, 0x9F], [0xF0, 0x9F, 0x98]])
  func truncatedSequenceNearTheBlockEdge(lead: [UInt8]) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for offset in (Self.block - 4)...(Self.block + 4) {
      let head = [UInt8](repeating: UInt8(ascii: "a"), count: offset)
      let tail = Array(" 13912347865 tail\n".utf8) + [UInt8](repeating: UInt8(ascii: "b"), count: Self.block)
      let url = try directory.write("cut-\(offset).txt", Data(head + lead + tail))
      let (text, reader, _) = try TextChunkReaderTests.readAll(url, blockSize: Self.block)
      // A lead byte and what follows may form a valid GBK pair, and then the first block says GB18030.
      #expect(reader.firstInvalidOffset == offset || reader.encoding == "gb18030", "offset \(offset)")
      #expect(reader.originalByteCount == head.count + lead.count + tail.count)
      #expect(String(decoding: text, as: UTF8.self).contains(" 13912347865 tail\n"), "offset \(offset)")
    }
  }

  @Test func aFileThatGrowsWhileBeingReadIsReadToItsNewEnd() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("growing.log", String(repeating: "line\n", count: 3 * Self.block / 5))
    let reader = try TextChunkReader.open(path: url.path, maxSize: .max, blockSize: Self.block).get()
    _ = try reader.next().get()
    let handle = try FileHandle(forWritingTo: url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("appended 13912347865\n".utf8))
    try handle.close()
    var rest: [UInt8] = []
    while let block = try reader.next().get() { rest += block }
    #expect(String(decoding: rest, as: UTF8.self).hasSuffix("appended 13912347865\n"))
  }

  @Test func aFileThatGrowsPastTheLimitWhileBeingReadFails() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let size = 2 * Self.block
    let url = try directory.write("growing.log", String(repeating: "x", count: size))
    let reader = try TextChunkReader.open(path: url.path, maxSize: size, blockSize: Self.block).get()
    _ = try reader.next().get()
    let handle = try FileHandle(forWritingTo: url)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(String(repeating: "y", count: 3 * Self.block).utf8))
    try handle.close()
    var failure: InputFailure?
    reading: while true {
      switch reader.next() {
      case .success(.some): continue
      case .success(.none): break reading
      case .failure(let error):
        failure = error
        break reading
      }
    }
    #expect(failure?.reason == .tooLarge)
    #expect(failure?.detail.contains("grew") == true)
  }

  @Test func aFileTruncatedWhileBeingReadEndsCleanly() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("shrinking.log", String(repeating: "line\n", count: Self.block))
    let reader = try TextChunkReader.open(path: url.path, maxSize: .max, blockSize: Self.block).get()
    _ = try reader.next().get()
    #expect(truncate(url.path, 10) == 0)
    while try reader.next().get() != nil {}
    #expect(reader.originalByteCount == Self.block)
  }

  /// Seeded random files (a mix of ASCII, high bytes, UTF-8, UTF-16 and BOMs): the reader never crashes,
  /// counts every byte, and agrees with whole-file decoding for one-block files.
  @Test func seededRandomFilesAreReadWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var generator = SplitMix64(seed: 0x9E37_79B9)
    let pieces: [[UInt8]] = [
      Array("手机 ".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xCA, 0xD6], [0xE6, 0x89], [0xF0],
      [0x00], [0x0A], [0x0D, 0x0A], Array("13912347865".utf8), [0x80, 0xBF],
    ]
    for index in 0..<200 {
      var bytes: [UInt8] = []
      let target = Int(generator.next() % UInt64(3 * Self.block))
      while bytes.count < target {
        if generator.next() % 3 == 0 {
          bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
        } else {
          bytes.append(UInt8(truncatingIfNeeded: generator.next()))
        }
      }
      let url = try directory.write("random-\(index).bin", Data(bytes))
      switch TextChunkReader.open(path: url.path, maxSize: .max, blockSize: Self.block) {
      case .failure(let failure):
        #expect(failure.reason == .binary, "random-\(index): \(failure)")
      case .success(let reader):
        var text: [UInt8] = []
        while let block = try reader.next().get() { text += block }
        #expect(reader.originalByteCount == bytes.count, "random-\(index)")
        if bytes.count <= Self.block, case .success(let whole) = InputDecoder.decode(bytes) {
          #expect(whole.bytes == text, "random-\(index)")
        }
      }
    }
  }
}

/// A small seeded generator, so the random test is the same on every run.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
