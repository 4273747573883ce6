import Testing
import XBorderCore

@testable import XBorderInput

@Suite("Container zip")
struct ContainerZipTests {
  typealias Entry = ContainerFixture.Entry

  @Test func zipWithTwoCSVs() {
    let zip = ContainerFixture.zip([
      .init("orders.csv", "id,phone\n1,13800138000\n"), .init("dir/", []),
      Entry("dir/users.csv", Array("id,email\n1,a@example.com\n".utf8), method: 0),
    ])
    let expansion = ContainerReader.expand(path: "exports/2024.zip", bytes: zip, limits: .standard)
    #expect(expansion.skipped.isEmpty)
    #expect(expansion.members.map(\.path) == ["exports/2024.zip!/orders.csv", "exports/2024.zip!/dir/users.csv"])
    #expect(ContainerFixture.text(expansion.members[1]) == "id,email\n1,a@example.com\n")
  }

  @Test func entryNamesAreLabelsOnly() {
    let zip = ContainerFixture.zip([.init("/etc/x.csv", "a\n"), .init("../up.csv", "b\n"), .init("./w\\in.csv", "c\n")])
    let paths = ContainerReader.expand(path: "z.zip", bytes: zip, limits: .standard).members.map(\.path)
    #expect(paths == ["z.zip!/etc/x.csv", "z.zip!/../up.csv", "z.zip!/w/in.csv"])
  }

  @Test func nestedContainersHaveChainedPaths() {
    let inner = ContainerFixture.zip([.init("c.csv", "id\n1\n")])
    let gz = ContainerFixture.gzip(Array("x\n".utf8))
    let outer = ContainerFixture.zip([Entry("inner/b.zip", inner), Entry("logs/a.log.gz", gz, method: 0)])
    let expansion = ContainerReader.expand(path: "outer.zip", bytes: outer, limits: .standard)
    #expect(expansion.skipped.isEmpty)
    #expect(expansion.members.map(\.path) == ["outer.zip!/inner/b.zip!/c.csv", "outer.zip!/logs/a.log.gz!/a.log"])
  }

  @Test func corruptArchiveIsOneSkippedEntry() {
    let garbage: [UInt8] = Array("PK\u{3}\u{4} this is not really a zip archive".utf8)
    let expansion = ContainerReader.expand(path: "bad.zip", bytes: garbage, limits: .standard)
    #expect(expansion.members.isEmpty)
    #expect(expansion.skipped.map(\.path) == ["bad.zip"])
    #expect(expansion.skipped.first?.reason == .corruptContainer)
  }

  @Test func damagedDirectoryKeepsEarlierMembers() {
    var zip = ContainerFixture.zip([.init("a.csv", "a\n"), .init("b.csv", "b\n")])
    let secondRecord = zip.count - 22 - (46 + 5)
    zip[secondRecord] = 0
    let expansion = ContainerReader.expand(path: "d.zip", bytes: zip, limits: .standard)
    #expect(expansion.members.map(\.path) == ["d.zip!/a.csv"])
    #expect(expansion.skipped.map(\.reason) == [.corruptContainer])
  }

  @Test func encryptedAndUnsupportedEntriesAreSkipped() {
    let zip = ContainerFixture.zip([
      Entry("secret.csv", Array("a\n".utf8), method: 0, flags: 0x0801),
      Entry("data.csv.bz2", Array("b\n".utf8), method: 12),
      .init("ok.csv", "ok\n"),
    ])
    let expansion = ContainerReader.expand(path: "m.zip", bytes: zip, limits: .standard)
    #expect(expansion.members.map(\.path) == ["m.zip!/ok.csv"])
    let skipped = expansion.skipped.map { "\($0.path) \($0.reason.rawValue)" }
    #expect(skipped == ["m.zip!/secret.csv corrupt_container", "m.zip!/data.csv.bz2 corrupt_container"])
  }

  @Test func damagedDeflateDataIsCorrupt() {
    var zip = ContainerFixture.zip([.init("a.csv", String(repeating: "name,13800138000\n", count: 200))])
    for offset in 30 + 5 + 2..<30 + 5 + 12 { zip[offset] ^= 0xA5 }
    let expansion = ContainerReader.expand(path: "c.zip", bytes: zip, limits: .standard)
    #expect(expansion.members.isEmpty)
    #expect(expansion.skipped.map(\.reason) == [.corruptContainer])
    #expect(expansion.skipped.map(\.path) == ["c.zip!/a.csv"])
  }

  @Test func crcMismatchIsCorrupt() {
    var zip = ContainerFixture.zip([.init("a.csv", "a,b\n1,2\n")])
    zip[14] ^= 0xFF  // the CRC in the local header is not used; change the central one too
    let central = zip.count - 22 - (46 + 5)
    zip[central + 16] ^= 0xFF
    let expansion = ContainerReader.expand(path: "c.zip", bytes: zip, limits: .standard)
    #expect(expansion.skipped.map(\.detail) == ["CRC mismatch (corrupt entry)"])
  }
}

@Suite("Container robustness")
struct ContainerRobustnessTests {
  typealias Entry = ContainerFixture.Entry

  /// Every truncation and a sweep of byte flips of a nested archive: no crash, and every outcome accounted for.
  @Test func damagedArchivesNeverCrash() {
    let gz = ContainerFixture.gzip(Array("a,b\n1,2\n".utf8), name: "g.csv")
    let inner = ContainerFixture.zip([Entry("g.csv.gz", gz), .init("x.csv", "id\n7\n")])
    let outer = ContainerFixture.zip([Entry("in.zip", inner), .init("y.csv", "q\n")])
    for cut in stride(from: 0, to: outer.count, by: 3) {
      let expansion = ContainerReader.expand(path: "o.zip", bytes: Array(outer.prefix(cut)), limits: .standard)
      #expect(!expansion.skipped.isEmpty || !expansion.members.isEmpty || cut == 0)
    }
    for offset in stride(from: 0, to: outer.count, by: 2) {
      var damaged = outer
      damaged[offset] ^= 0xFF
      _ = ContainerReader.expand(path: "o.zip", bytes: damaged, limits: .standard)
    }
    let book = ContainerXlsxTests.book()
    for offset in stride(from: 0, to: book.count, by: 5) {
      var damaged = book
      damaged[offset] ^= 0x5A
      _ = ContainerReader.expand(path: "b.xlsx", bytes: damaged, limits: .standard)
    }
  }
}
