import Foundation
import Testing
import XBorderApp
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// A file scanned in windows (as large files are) must give exactly what a scan of the whole text gives:
/// same findings, lines, columns, offsets, contexts and column summaries. Tiny windows put chunk
/// boundaries inside values, keywords, CSV rows and JSON strings all over the bundled examples.
@Suite("Chunked scanning equals whole-text scanning")
struct ChunkedScanEquivalenceTests {
  let scanner: FileScanner

  init() throws {
    let catalog = try RepositoryFiles.catalog.get()
    scanner = FileScanner(
      rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("chunks".utf8)),
      classifiers: StandardClassifiers.make(policy: try PolicyLoader.preset("pipl")))
  }

  /// Chunk sizes far below the real 4 MiB, with block sizes that do not divide them.
  static let layouts: [(chunk: Int, block: Int)] = [(97, 13), (256, 1000), (1024, 77)]

  func scanWhole(_ text: [UInt8], path: String) -> FileScanner.Result {
    text.withUnsafeBufferPointer { scanner.scan($0, path: path) }
  }

  func scanChunked(_ text: [UInt8], path: String, chunk: Int, block: Int) -> FileScanner.Result {
    var source = InMemoryTextSource(text, blockSize: block)
    let limits = ScanLimits(chunkSize: chunk, overlap: 512, lookbehind: 1024)
    return scanner.scan(blocks: &source, path: path, limits: limits)
  }

  static func expectEqual(_ whole: FileScanner.Result, _ chunked: FileScanner.Result, _ label: String) {
    #expect(chunked.findings.count == whole.findings.count, "\(label): finding count")
    for (lhs, rhs) in zip(whole.findings, chunked.findings) where lhs != rhs {
      Issue.record("\(label): whole \(lhs.ruleId)@\(lhs.location) \(lhs.context ?? "-") vs chunked \(rhs.ruleId)@\(rhs.location) \(rhs.context ?? "-")")
      break
    }
    #expect(chunked.columns == whole.columns, "\(label): column summaries")
    #expect(chunked.notifications == whole.notifications, "\(label): notifications")
    #expect(chunked.tally == whole.tally, "\(label): people and values counted")
  }

  @Test(arguments: layouts.indices)
  func bundledExamples(layout: Int) throws {
    let (chunk, block) = Self.layouts[layout]
    var compared = 0
    for path in try ExamplesDirectoryTests.exampleFiles() where !path.hasSuffix(".zip") && !path.hasSuffix(".gz") {
      let text = Array(try Data(contentsOf: RepositoryFiles.examplesDirectory.appendingPathComponent(path)))
      let whole = scanWhole(text, path: path)
      Self.expectEqual(whole, scanChunked(text, path: path, chunk: chunk, block: block), "\(path) chunk \(chunk)")
      compared += whole.findings.count
    }
    #expect(compared >= 70, "the examples hold the 70 planted findings")
  }

  /// A value cut by a chunk boundary at every possible position is still found once, where it is.
  @Test func valueSplitAtEveryOffsetIsFoundOnce() {
    let row = "order 2024-0001,收件人电话 13912347865,note\n"
    let text = Array(String(repeating: row, count: 40).utf8)
    let whole = scanWhole(text, path: "log.txt")
    #expect(whole.findings.count == 40)
    for chunk in 40...(row.utf8.count * 2) {
      let chunked = scanChunked(text, path: "log.txt", chunk: chunk, block: 7)
      Self.expectEqual(whole, chunked, "chunk \(chunk)")
    }
  }

  /// One long line (a minified JSON export): no line break to cut at, so windows cut inside the line.
  @Test func singleLineJSONKeepsKeyPaths() {
    var json = "["
    for index in 0..<300 {
      json += #"{"id":\#(index),"customer":{"name":"测试","mobile":"1391234\#(String(format: "%04d", index))"}},"#
    }
    json += #"{"id":-1}]"#
    let text = Array(json.utf8)
    let whole = scanWhole(text, path: "export.json")
    #expect(whole.findings.count == 300)
    #expect(whole.findings.first?.context == "key $[0].customer.mobile")
    for (chunk, block) in Self.layouts {
      Self.expectEqual(whole, scanChunked(text, path: "export.json", chunk: chunk, block: block), "json \(chunk)")
    }
  }
}
