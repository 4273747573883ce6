import Foundation
import Testing
import XBorderTestSupport

/// `--shard I/N` on several machines + `xborder merge` = one scan of all the files: the same reports,
/// apart from the invocation (command line and times).
@Suite(.serialized) struct ShardMergeTests {
  static let environment = ["XBORDER_FINGERPRINT_KEY": "shard-merge-test"]

  /// A copy of examples/ (every format the sample has) in a temporary folder.
  static func sampleTree() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try FileManager.default.copyItem(at: RepositoryPaths.examples, to: directory.url.appendingPathComponent("data"))
    return directory
  }

  static func scan(_ arguments: [String], in directory: TemporaryDirectory) throws -> CommandRunner.Output {
    try CommandRunner.run(arguments, in: directory.path, environment: environment)
  }

  static func json(_ path: URL) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
  }

  /// `value` as canonical JSON text, so that nested documents compare exactly.
  static func canonical(_ value: Any?) throws -> String {
    guard let value else { return "null" }
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func threeShardsMergeIntoTheSingleScan() throws {
    let directory = try Self.sampleTree()
    defer { directory.remove() }
    let whole = try Self.scan(["scan", "data", "-o", "whole", "--quiet", "--no-config"], in: directory)
    #expect(whole.exitCode == 1, "\(whole.stderr)")
    for index in 0..<3 {
      let shard = try Self.scan(["scan", "data", "-o", "s\(index)", "--shard", "\(index)/3", "--quiet", "--no-config"], in: directory)
      #expect([0, 1].contains(shard.exitCode), "\(shard.stderr)")
    }
    let merge = try Self.scan(["merge", "s0", "s1", "s2", "-o", "merged", "--quiet"], in: directory)
    #expect(merge.exitCode == whole.exitCode, "\(merge.stderr)")

    let folder = directory.url
    var expected = try Self.json(folder.appendingPathComponent("whole/xborder.json"))
    var merged = try Self.json(folder.appendingPathComponent("merged/xborder.json"))
    #expect((expected["findings"] as? [Any])?.count == 70)
    expected["invocation"] = nil
    merged["invocation"] = nil
    for key in Set(expected.keys).union(merged.keys).sorted() {
      #expect(try Self.canonical(expected[key]) == Self.canonical(merged[key]), "xborder.json differs in \(key)")
    }

    let varying = ["**Started:**", "**Command:**"]
    func markdown(_ folder: String) throws -> [String] {
      try String(contentsOf: directory.url.appendingPathComponent(folder + "/xborder.md"), encoding: .utf8)
        .split(separator: "\n").map(String.init).filter { line in !varying.contains { line.contains($0) } }
    }
    #expect(try markdown("whole") == markdown("merged"))

    func sarifRun(_ folder: String) throws -> String {
      let log = try Self.json(directory.url.appendingPathComponent(folder + "/xborder.sarif"))
      var run = try #require((log["runs"] as? [[String: Any]])?.first)
      run["invocations"] = nil
      return try Self.canonical(run)
    }
    #expect(try sarifRun("whole") == sarifRun("merged"))

    func evidence(_ folder: String) throws -> String {
      var manifest = try Self.json(directory.url.appendingPathComponent(folder + "/evidence.json"))
      for key in ["startTime", "endTime", "commandLine", "reports"] { manifest[key] = nil }
      return try Self.canonical(manifest)
    }
    #expect(try evidence("whole") == evidence("merged"))
  }

  @Test func resultsOfDifferentRunsAreRefused() throws {
    let directory = try Self.sampleTree()
    defer { directory.remove() }
    _ = try Self.scan(["scan", "data", "-o", "a", "--shard", "0/2", "--quiet", "--no-config"], in: directory)
    _ = try Self.scan(
      ["scan", "data", "-o", "b", "--shard", "1/2", "--quiet", "--no-config", "--policy", "gdpr"], in: directory)
    let mixed = try Self.scan(["merge", "a", "b", "-o", "m", "--quiet"], in: directory)
    #expect(mixed.exitCode == 2)
    #expect(mixed.stderr.contains("differ in policy"), "\(mixed.stderr)")
    let twice = try Self.scan(["merge", "a", "a/xborder.json", "-o", "m", "--quiet"], in: directory)
    #expect(twice.exitCode == 2)
    #expect(twice.stderr.contains("was scanned by both"), "\(twice.stderr)")
  }
}
