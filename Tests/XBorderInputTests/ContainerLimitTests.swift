import Testing
import XBorderCore

@testable import XBorderInput

@Suite("Container limits")
struct ContainerLimitTests {
  typealias Entry = ContainerFixture.Entry

  @Test func depthLimitSkipsDeeperContainers() {
    let level3 = ContainerFixture.zip([.init("d.csv", "deep\n")])
    let level2 = ContainerFixture.zip([Entry("c.zip", level3), .init("c.csv", "mid\n")])
    let level1 = ContainerFixture.zip([Entry("b.zip", level2)])
    var limits = ContainerLimits()
    limits.maxDepth = 2
    let expansion = ContainerReader.expand(path: "a.zip", bytes: level1, limits: limits)
    #expect(expansion.members.map(\.path) == ["a.zip!/b.zip!/c.csv"])
    #expect(expansion.skipped.map(\.path) == ["a.zip!/b.zip!/c.zip"])
    #expect(expansion.skipped.first?.reason == .limitExceeded)
    #expect(expansion.skipped.first?.detail.contains("maxDepth 2") == true)
    let full = ContainerReader.expand(path: "a.zip", bytes: level1, limits: .standard)
    #expect(full.members.map(\.path) == ["a.zip!/b.zip!/c.zip!/d.csv", "a.zip!/b.zip!/c.csv"])
  }

  @Test func entryCountLimitStopsTheExpansion() {
    let zip = ContainerFixture.zip((1...5).map { Entry("f\($0).csv", Array("x\n".utf8)) })
    var limits = ContainerLimits()
    limits.maxEntries = 3
    let expansion = ContainerReader.expand(path: "many.zip", bytes: zip, limits: limits)
    #expect(expansion.members.count == 3)
    #expect(expansion.skipped.count == 1)
    #expect(expansion.skipped.first?.path == "many.zip")
    #expect(expansion.skipped.first?.reason == .limitExceeded)
    #expect(expansion.skipped.first?.detail.contains("more than 3 entries") == true)
  }

  @Test func entryCountIncludesNestedEntries() {
    let inner = ContainerFixture.zip((1...4).map { Entry("i\($0).csv", Array("x\n".utf8)) })
    let outer = ContainerFixture.zip([Entry("inner.zip", inner), .init("after.csv", "y\n")])
    var limits = ContainerLimits()
    limits.maxEntries = 4
    let expansion = ContainerReader.expand(path: "o.zip", bytes: outer, limits: limits)
    #expect(expansion.members.count == 3)
    #expect(expansion.skipped.map(\.path) == ["o.zip!/inner.zip"])
  }

  @Test func zerosBombIsSkippedByTheRatioLimit() {
    let zeros = ContainerFixture.deflateZeros(count: 50 << 20)
    var zip = ContainerFixture.zip([Entry("bomb.csv", zeros, method: 0), .init("fine.csv", "ok\n")])
    // Turn the stored entry into a deflated one whose real size (50 MiB) is hidden behind a small declared size.
    let central = zip.count - 22 - 2 * 46 - "bomb.csv".utf8.count - "fine.csv".utf8.count
    for header in [0, central + 2] {
      zip[header + 8] = 8
      zip.replaceSubrange((header + 14)..<(header + 18), with: ContainerFixture.le32(0))
      zip.replaceSubrange((header + 22)..<(header + 26), with: ContainerFixture.le32(100))
    }
    let expansion = ContainerReader.expand(path: "bomb.zip", bytes: zip, limits: .standard)
    #expect(expansion.members.map(\.path) == ["bomb.zip!/fine.csv"])
    #expect(expansion.skipped.map(\.path) == ["bomb.zip!/bomb.csv"])
    #expect(expansion.skipped.first?.reason == .limitExceeded)
    #expect(expansion.skipped.first?.detail.contains("ratio") == true)
  }

  @Test func declaredSizesAreCheckedBeforeInflating() {
    let zip = ContainerFixture.zip([Entry("big.csv", Array("a\n".utf8), declaredSize: 300 << 20)])
    let expansion = ContainerReader.expand(path: "d.zip", bytes: zip, limits: .standard)
    #expect(expansion.skipped.first?.reason == .limitExceeded)
    #expect(expansion.skipped.first?.detail.contains("maxMemberBytes") == true)
  }

  @Test func gzipBombStopsAtTheMemberLimit() {
    let zeros = ContainerFixture.deflateZeros(count: 8 << 20)
    let gz: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + zeros + [UInt8](repeating: 0, count: 8)
    var limits = ContainerLimits()
    limits.maxMemberBytes = 2 << 20
    limits.maxRatio = 1_000_000
    let expansion = ContainerReader.expand(path: "z.csv.gz", bytes: gz, limits: limits)
    #expect(expansion.members.isEmpty)
    #expect(expansion.skipped.map(\.reason) == [.limitExceeded])
    #expect(expansion.skipped.first?.detail.contains("maxMemberBytes") == true)
  }

  @Test func totalBytesLimitStopsTheExpansion() {
    let chunk = String(repeating: "x", count: 600_000)
    let zip = ContainerFixture.zip([.init("a.txt", chunk), .init("b.txt", chunk), .init("c.txt", chunk)])
    var limits = ContainerLimits()
    limits.maxTotalBytes = 1_000_000
    let expansion = ContainerReader.expand(path: "t.zip", bytes: zip, limits: limits)
    #expect(expansion.members.map(\.path) == ["t.zip!/a.txt"])
    #expect(expansion.skipped.map(\.path) == ["t.zip!/b.txt"])
    #expect(expansion.skipped.first?.detail.contains("maxTotalBytes") == true)
  }
}

@Suite("Container limit edges")
struct ContainerLimitEdgeTests {
  @Test func extremeLimitValuesDoNotTrap() {
    let stored = ContainerFixture.Entry("b.csv", Array("b\n".utf8), method: 0)
    let zip = ContainerFixture.zip([.init("a.csv", "a\n"), stored])
    let huge = ContainerLimits(
      maxDepth: .max, maxEntries: .max, maxTotalBytes: .max, maxRatio: .max, ratioThreshold: .max,
      maxMemberBytes: .max)
    #expect(ContainerReader.expand(path: "a.zip", bytes: zip, limits: huge).members.count == 2)
    let zero = ContainerLimits(
      maxDepth: 0, maxEntries: 0, maxTotalBytes: -1, maxRatio: -5, ratioThreshold: 0, maxMemberBytes: -1)
    let expansion = ContainerReader.expand(path: "a.zip", bytes: zip, limits: zero)
    #expect(expansion.members.isEmpty)
    #expect(expansion.skipped.map(\.reason) == [.limitExceeded])
  }

  @Test func storedMemberOverTheMemberLimitIsSkipped() {
    let zip = ContainerFixture.zip([
      ContainerFixture.Entry("s.csv", Array(repeating: 0x41, count: 5000), method: 0, declaredSize: 10)
    ])
    var limits = ContainerLimits()
    limits.maxMemberBytes = 1000
    let expansion = ContainerReader.expand(path: "s.zip", bytes: zip, limits: limits)
    #expect(expansion.skipped.map(\.reason) == [.limitExceeded])
    #expect(expansion.skipped.first?.detail.contains("stored size 5000") == true)
  }
}
