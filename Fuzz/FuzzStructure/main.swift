import FuzzSupport
import XBorderApp
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// The engine on arbitrary text: structure cursors (CSV, JSON, YAML, .env, SQL, XML chosen by the path's
/// extension, from the first byte), the window buffer (tiny windows so cursors slide often), matching,
/// validators and context. Invariant checked: every finding lies inside the text.
// One scanner for the process: libFuzzer calls the target from one thread.
nonisolated(unsafe) private let scanner: FileScanner = {
  let catalog = try! RuleSources.loadCatalog(directories: [], disabled: [])
  let policy = try! PolicyLoader.preset("pipl")
  return FileScanner(
    rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("fuzz".utf8)),
    classifiers: StandardClassifiers.make(policy: policy))
}()
private let extensions = ["csv", "tsv", "json", "jsonl", "yaml", "env", "properties", "sql", "xml", "txt"]

@_cdecl("FuzzStructure_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  FuzzDriver.run(argc, argv) { start, count in fuzzStructure(start, count) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStructure(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  let bytes = FuzzInput.bytes(start, count)
  guard let first = bytes.first else { return 0 }
  let text = Array(bytes.dropFirst())
  let path = "fuzz." + extensions[Int(first) % extensions.count]
  let limits = ScanLimits(chunkSize: 64, overlap: 16, lookbehind: 16, findingCap: 8)
  var source = InMemoryTextSource(text, blockSize: 7)
  let result = scanner.scan(blocks: &source, path: path, minConfidence: .low, limits: limits)
  for finding in result.findings {
    precondition(finding.location.line >= 1, "a finding before the first line")
  }
  return 0
}
