import Foundation
import Testing
import XBorderApp
import XBorderCore
import XBorderTestSupport

/// `--shard i/n`: n runs split the files exactly (each file in one shard) and together find what one
/// run finds. (Merging their reports into one is `xborder merge`, not built yet.)
@Suite struct ShardTests {
  @Test func parsesAndRejects() {
    #expect(Shard(parsing: "0/4") == Shard(index: 0, count: 4))
    #expect(Shard(parsing: "3/4")?.description == "3/4")
    for bad in ["4/4", "-1/4", "1/0", "1", "a/b", "1/2/3", ""] { #expect(Shard(parsing: bad) == nil, "\(bad)") }
  }

  @Test func shardsPartitionPaths() {
    let paths = (0..<500).map { "dir\($0 % 7)/file-\($0).csv" } + ["a.zip", "a.zip!/inner.csv", "中文/订单.csv"]
    for count in 1...5 {
      let shards = (0..<count).map { Shard(index: $0, count: count)! }
      for path in paths { #expect(shards.filter { $0.contains(relativePath: path) }.count == 1, "\(path) in \(count)") }
      if count > 1 {
        let sizes = shards.map { shard in paths.filter { shard.contains(relativePath: $0) }.count }
        #expect(sizes.allSatisfy { $0 > 0 }, "every shard gets files: \(sizes)")
      }
    }
  }

  @Test func assignmentIsFNV1aOfThePath() {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector): shard 1 of 3, shard 5 of 7, on
    // every machine and in every process (not Swift's per-process seeded Hasher).
    #expect(Shard(index: 1, count: 3)!.contains(relativePath: "a"))
    #expect(Shard(index: 5, count: 7)!.contains(relativePath: "a"))
  }

  @Test func shardScansTogetherEqualOneScan() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    func scan(_ shard: Shard?) throws -> ScanRun {
      var options = ScanOptions()
      options.paths = [RepositoryPaths.examples.path]
      options.output = directory.path
      options.shard = shard
      return try ScanPipeline(environment: ["XBORDER_FINGERPRINT_KEY": "test-key"], currentDirectory: directory.path)
        .run(options)
    }
    let whole = try scan(nil).report
    let parts = try (0..<3).map { try scan(Shard(index: $0, count: 3)).report }
    let scanned = parts.flatMap { $0.coverage.scanned.map(\.path) }
    #expect(scanned.sorted() == whole.coverage.scanned.map(\.path).sorted(), "each file in exactly one shard")
    #expect(parts.filter { !$0.coverage.scanned.isEmpty }.count > 1, "the files spread over shards")
    #expect(parts.flatMap(\.findings).sorted(by: Finding.reportOrder) == whole.findings)
  }
}
