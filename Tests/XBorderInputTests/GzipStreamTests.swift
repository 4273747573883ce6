import Foundation
import Testing
import XBorderInput
import XBorderTestSupport

/// A `.csv.gz` is inflated while it is read: of any size, in bounded memory, with the bomb limits.
@Suite struct GzipStreamTests {
  static let rows = (0..<3000).map { "\($0),收件人电话,13912347865,张伟\n" }.joined()

  static func readAll(_ url: URL, blockSize: Int = 8192) throws -> ([UInt8], TextChunkReader, String?) {
    let (reader, name) = try TextChunkReader.openGzip(path: url.path, maxSize: .max, blockSize: blockSize).get()
    var text: [UInt8] = []
    while let block = try reader.next().get() { text += block }
    return (text, reader, name)
  }

  @Test func csvGzIsStreamedAcrossBlocksAndMembers() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let content = Array(Self.rows.utf8)
    let half = content.count / 2
    let bytes = ContainerFixture.gzip(Array(content[..<half]), name: "orders-2024.csv")
      + ContainerFixture.gzip(Array(content[half...]))
    let url = try directory.write("orders.csv.gz", Data(bytes))
    #expect(ContainerReader.isStreamableGzip(path: "exports/orders.csv.gz"))
    #expect(!ContainerReader.isStreamableGzip(path: "backup.zip.gz"))
    #expect(!ContainerReader.isStreamableGzip(path: "backup.tar.gz"))
    let (text, reader, name) = try Self.readAll(url)
    #expect(name == "orders-2024.csv")
    #expect(ContainerReader.gzipMemberPath("orders.csv.gz", storedName: name) == "orders.csv.gz!/orders-2024.csv")
    #expect(text == content)
    #expect(reader.originalByteCount == content.count)
    #expect(reader.encoding == "utf-8")
  }

  @Test func bombIsStoppedByTheRatioLimit() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let zeros = 4 << 20
    let deflated = ContainerFixture.deflateZeros(count: zeros)
    let bytes: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflated + [0, 0, 0, 0, 0, 0, 0, 0]
    let url = try directory.write("bomb.log.gz", Data(bytes))
    // Zeros are not text: the first block already says binary; a bomb of spaces is text.
    let spaces = ContainerFixture.gzip([UInt8](repeating: 0x20, count: 4 << 20))
    let spaceURL = try directory.write("spaces.log.gz", Data(spaces))
    let failure = try #require(Self.failure(spaceURL))
    #expect(failure.reason == .limitExceeded)
    #expect(failure.detail.contains("ratio"))
    #expect(Self.failure(url)?.reason == .binary)
  }

  @Test func truncatedGzipFailsAfterTheTextBeforeIt() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bytes = ContainerFixture.gzip(Array(Self.rows.utf8))
    let url = try directory.write("cut.csv.gz", Data(bytes.prefix(bytes.count * 2 / 3)))
    let (reader, _) = try TextChunkReader.openGzip(path: url.path, maxSize: .max, blockSize: 8192).get()
    var text: [UInt8] = []
    var failure: InputFailure?
    loop: while true {
      switch reader.next() {
      case .success(let block?): text += block
      case .success(nil): break loop
      case .failure(let error):
        failure = error
        break loop
      }
    }
    #expect(failure?.reason == .corruptContainer)
    #expect(text.count > 8192, "the text before the damage was read")
    #expect(Self.rows.utf8.starts(with: text))
  }

  @Test func notGzipIsCorrupt() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("fake.csv.gz", "id,phone\n1,13912347865\n")
    #expect(Self.failure(url)?.reason == .corruptContainer)
  }

  /// The failure that ends reading the file at `url`, if any.
  static func failure(_ url: URL) -> InputFailure? {
    switch TextChunkReader.openGzip(path: url.path, maxSize: .max, blockSize: 8192) {
    case .failure(let failure): return failure
    case .success(let (reader, _)):
      while true {
        switch reader.next() {
        case .success(.some): continue
        case .success(nil): return nil
        case .failure(let failure): return failure
        }
      }
    }
  }
}
