import Foundation
import Testing
import ZIPFoundation

@testable import XBorderInput

/// Builds synthetic gzip and zip bytes in memory for the container tests.
enum ContainerFixture {
  /// One entry of a hand-built zip archive.
  struct Entry {
    var name: String
    var content: [UInt8]
    /// 0 stored, 8 deflate, anything else written as is (content stored).
    var method: UInt16 = 8
    var flags: UInt16 = 0x0800
    /// Overrides the uncompressed size written in the headers (a lying archive).
    var declaredSize: UInt32?

    init(_ name: String, _ content: [UInt8], method: UInt16 = 8, flags: UInt16 = 0x0800, declaredSize: UInt32? = nil) {
      self.name = name
      self.content = content
      self.method = method
      self.flags = flags
      self.declaredSize = declaredSize
    }

    init(_ name: String, _ text: String) {
      self.init(name, Array(text.utf8))
    }
  }

  /// Raw DEFLATE of `bytes`, by ZIPFoundation (zlib).
  static func deflate(_ bytes: [UInt8]) -> [UInt8] {
    deflate(count: bytes.count) { position, size in Data(bytes[position..<(position + size)]) }
  }

  /// Raw DEFLATE of `count` zero bytes, produced in chunks (for bomb tests).
  static func deflateZeros(count: Int) -> [UInt8] {
    deflate(count: count) { _, size in Data(count: size) }
  }

  private static func deflate(count: Int, chunk: @escaping (Int, Int) -> Data) -> [UInt8] {
    var output = Data()
    _ = try? Data.compress(
      size: Int64(count), bufferSize: 64 * 1024,
      provider: { position, size in chunk(Int(position), size) }, consumer: { output.append($0) })
    return [UInt8](output)
  }

  static func crc32(_ bytes: [UInt8]) -> UInt32 { Data(bytes).crc32(checksum: 0) }

  /// A gzip file holding `content`, with an optional FNAME field.
  static func gzip(_ content: [UInt8], name: String? = nil) -> [UInt8] {
    var bytes: [UInt8] = [0x1F, 0x8B, 8, name == nil ? 0 : 0x08, 0, 0, 0, 0, 0, 3]
    if let name { bytes += Array(name.utf8) + [0] }
    bytes += deflate(content)
    bytes += le32(crc32(content)) + le32(UInt32(truncatingIfNeeded: content.count))
    return bytes
  }

  /// A zip archive of `entries`, written by hand so that tests control every field.
  static func zip(_ entries: [Entry]) -> [UInt8] {
    var body: [UInt8] = []
    var directory: [UInt8] = []
    for entry in entries {
      let data = entry.method == 8 ? deflate(entry.content) : entry.content
      let name = Array(entry.name.utf8)
      let size = entry.declaredSize ?? UInt32(entry.content.count)
      let common =
        le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21) + le32(crc32(entry.content))
        + le32(UInt32(data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0)
      let offset = UInt32(body.count)
      body += le32(0x0403_4B50) + common + name + data
      directory += le32(0x0201_4B50) + le16(0x031E) + common + le16(0) + le16(0) + le16(0) + le32(0)
        + le32(offset) + name
    }
    let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
      + le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0)
    return body + directory + end
  }

  static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

  static func text(_ member: ContainerMember) -> String { String(decoding: member.text.bytes, as: UTF8.self) }
}

@Suite("Container fixtures")
struct ContainerFixtureTests {
  @Test func handBuiltZipReadsBackWithZIPFoundation() throws {
    let bytes = ContainerFixture.zip([.init("a.csv", "id,name\n1,x\n"), .init("b.txt", [0x41], method: 0)])
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var names: [String] = []
    for entry in archive { names.append(entry.path) }
    #expect(names == ["a.csv", "b.txt"])
  }

  @Test func inflaterRoundTripsAndStopsAtTheLimit() {
    let content = Array(repeating: Array("row,13800138000\n".utf8), count: 1000).flatMap { $0 }
    let compressed = ContainerFixture.deflate(content)
    guard case .complete(let bytes, let consumed) = Inflater.inflate(compressed[...], limit: content.count) else {
      Issue.record("expected complete inflation")
      return
    }
    #expect(bytes == content)
    #expect(consumed == compressed.count)
    guard case .overLimit = Inflater.inflate(compressed[...], limit: content.count - 1) else {
      Issue.record("expected overLimit")
      return
    }
    guard case .corrupt = Inflater.inflate(compressed.prefix(compressed.count / 2), limit: content.count) else {
      Issue.record("expected corrupt for a truncated stream")
      return
    }
  }
}
