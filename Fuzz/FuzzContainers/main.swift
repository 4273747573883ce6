import FuzzSupport
import XBorderInput

/// Archives read in memory: zip (nested), xlsx (shared strings, sheets) and gzip, with small limits so
/// the limit paths are reached. The first byte picks the kind.
private let kinds = ["fuzz.zip", "fuzz.xlsx", "fuzz.gz", "fuzz.csv.gz"]
private let limits = ContainerLimits(
  maxDepth: 3, maxEntries: 64, maxTotalBytes: 8 << 20, maxRatio: 200, ratioThreshold: 64 << 10,
  maxMemberBytes: 4 << 20)

@_cdecl("FuzzContainers_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  FuzzDriver.run(argc, argv) { start, count in fuzzContainers(start, count) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContainers(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  let bytes = FuzzInput.bytes(start, count)
  guard let first = bytes.first else { return 0 }
  let path = kinds[Int(first) % kinds.count]
  let expansion = ContainerReader.expand(path: path, bytes: Array(bytes.dropFirst()), limits: limits)
  let produced = expansion.members.reduce(0) { $0 + $1.text.bytes.count }
  precondition(produced <= 4 * limits.maxTotalBytes, "more text than the limits allow")
  return 0
}
