import Testing
import XBorderCore

@testable import XBorderInput

@Suite("Container gzip")
struct ContainerGzipTests {
  let csv = "name,phone\n张三,13800138000\n"

  @Test func recognisesContainerNames() {
    #expect(ContainerReader.isContainer(path: "a/b.csv.gz"))
    #expect(ContainerReader.isContainer(path: "EXPORT.ZIP"))
    #expect(ContainerReader.isContainer(path: "book.Xlsx"))
    #expect(!ContainerReader.isContainer(path: "notes.csv"))
    #expect(!ContainerReader.isContainer(path: "gz"))
  }

  @Test func csvGzBecomesOneMemberNamedWithoutGz() throws {
    let bytes = ContainerFixture.gzip(Array(csv.utf8))
    let expansion = ContainerReader.expand(path: "exports/x.csv.gz", bytes: bytes, limits: .standard)
    #expect(expansion.skipped.isEmpty)
    let member = try #require(expansion.members.first)
    #expect(expansion.members.count == 1)
    #expect(member.path == "exports/x.csv.gz!/x.csv")
    #expect(ContainerFixture.text(member) == csv)
    #expect(member.text.encoding == EncodingLabel.utf8)
  }

  @Test func fnameNamesTheMember() throws {
    let bytes = ContainerFixture.gzip(Array(csv.utf8), name: "/tmp/orders-2024.csv")
    let expansion = ContainerReader.expand(path: "x.gz", bytes: bytes, limits: .standard)
    #expect(try #require(expansion.members.first).path == "x.gz!/orders-2024.csv")
  }

  @Test func concatenatedMembersAreJoined() throws {
    let bytes = ContainerFixture.gzip(Array("a\n".utf8)) + ContainerFixture.gzip(Array("b\n".utf8))
    let expansion = ContainerReader.expand(path: "x.txt.gz", bytes: bytes, limits: .standard)
    #expect(ContainerFixture.text(try #require(expansion.members.first)) == "a\nb\n")
  }

  @Test func truncatedOrDamagedGzipIsCorrupt() {
    let bytes = ContainerFixture.gzip(Array(String(repeating: csv, count: 50).utf8))
    let cases = [Array(bytes.prefix(bytes.count / 2)), Array(bytes.dropLast(3)), [0x1F, 0x8B, 9, 0], Array("hi".utf8)]
    for damaged in cases {
      let expansion = ContainerReader.expand(path: "x.csv.gz", bytes: damaged, limits: .standard)
      #expect(expansion.members.isEmpty)
      #expect(expansion.skipped.count == 1)
      #expect(expansion.skipped.first?.reason == .corruptContainer)
    }
    var wrongCRC = bytes
    wrongCRC[wrongCRC.count - 8] ^= 0xFF
    let expansion = ContainerReader.expand(path: "x.csv.gz", bytes: wrongCRC, limits: .standard)
    #expect(expansion.skipped.first?.detail.contains("CRC") == true)
  }

  @Test func utf16AndGbkMembersAreDecoded() throws {
    let utf16: [UInt8] = [0xFF, 0xFE] + csv.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let gbk: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C] + Array("13800138000\n".utf8)
    let zip = ContainerFixture.zip([.init("u16.csv", utf16), .init("gbk.csv", gbk)])
    let expansion = ContainerReader.expand(path: "enc.zip", bytes: zip, limits: .standard)
    #expect(expansion.skipped.isEmpty)
    #expect(expansion.members.map(\.text.encoding) == [EncodingLabel.utf16LE, EncodingLabel.gb18030])
    #expect(ContainerFixture.text(expansion.members[0]) == csv)
    #expect(ContainerFixture.text(expansion.members[1]) == "姓名,13800138000\n")
  }

  @Test func binaryMemberIsSkippedWithItsPath() {
    let bytes = ContainerFixture.gzip([0x00, 0x01, 0x02, 0x00, 0xFF])
    let expansion = ContainerReader.expand(path: "blob.bin.gz", bytes: bytes, limits: .standard)
    #expect(expansion.members.isEmpty)
    #expect(expansion.skipped == [SkippedFile(path: "blob.bin.gz!/blob.bin", reason: .binary,
      detail: expansion.skipped.first?.detail ?? "")])
  }
}
