import Foundation
import Testing
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderTestSupport

@testable import XBorderApp

#if canImport(Glibc)
  import Glibc
#endif

/// Files that change between the walk and the read, made deterministic: the walk's result is taken,
/// the files are changed, then the workers read them (what a concurrent writer would do at the worst time).
@Suite struct FileFaultTests {
  private func scanner(maxFileSize: Int = .max) throws -> ConcurrentScan {
    let catalog = try RuleSources.loadCatalog(directories: [], disabled: [])
    let policy = try PolicyLoader.preset("pipl")
    return ConcurrentScan(
      rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("test-key".utf8)),
      classifiers: StandardClassifiers.make(policy: policy), maxFileSize: maxFileSize, minConfidence: .medium,
      limits: ScanLimits())
  }

  private func walked(_ directory: TemporaryDirectory, _ names: [String]) throws -> [DiscoveredFile] {
    try names.map { name in
      let path = directory.path + "/" + name
      let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
      return DiscoveredFile(absolutePath: path, relativePath: name, size: size)
    }
  }

  private func line(_ index: Int) -> String { "ALERT_PHONE=\(HostileScan.phone(index))\n" }

  @Test func filesThatVanishGrowOrTurnIntoFIFOsAfterTheWalk() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for (index, name) in ["normal.env", "vanish.env", "grow.env", "fifo.env", "shrink.env"].enumerated() {
      try directory.write(name, line(index) + String(repeating: "filler line\n", count: index == 4 ? 200_000 : 1))
    }
    let files = try walked(directory, ["normal.env", "vanish.env", "grow.env", "fifo.env", "shrink.env"])

    try FileManager.default.removeItem(atPath: directory.path + "/vanish.env")
    let grown = String(repeating: "more filler\n", count: 200_000) + line(7)
    let handle = try #require(FileHandle(forWritingAtPath: directory.path + "/grow.env"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(grown.utf8))
    try handle.close()
    try FileManager.default.removeItem(atPath: directory.path + "/fifo.env")
    try #require(mkfifo(directory.path + "/fifo.env", 0o644) == 0)
    try #require(truncate(directory.path + "/shrink.env", 10) == 0)

    let outcome = try scanner().run(files, jobs: 2)
    let found = Set(outcome.findings.filter { $0.ruleId == "pii.cn.mobile" }.map(\.location.path))
    #expect(found.contains("normal.env"))
    #expect(outcome.findings.filter { $0.location.path == "grow.env" }.count == 2, "the grown part is read too")
    let skipped = Dictionary(uniqueKeysWithValues: outcome.skipped.map { ($0.path, $0) })
    #expect(skipped["vanish.env"]?.reason == .unreadable)
    #expect(skipped["vanish.env"]?.detail.contains("ENOENT") == true, "\(skipped["vanish.env"]?.detail ?? "")")
    #expect(skipped["fifo.env"]?.reason == .notRegularFile)
    #expect(outcome.scanned.contains { $0.path == "shrink.env" && $0.bytes == 10 })
  }

  @Test func aFileThatGrowsPastTheSizeLimitIsReported() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("normal.env", line(0))
    try directory.write("grow.env", line(1))
    let files = try walked(directory, ["normal.env", "grow.env"])
    try directory.write("grow.env", line(1) + String(repeating: "x", count: 4 << 20))
    let outcome = try scanner(maxFileSize: 1 << 20).run(files, jobs: 1)
    #expect(outcome.findings.contains { $0.location.path == "normal.env" })
    let skip = try #require(outcome.skipped.first { $0.path == "grow.env" })
    #expect(skip.reason == .tooLarge)
  }
}
