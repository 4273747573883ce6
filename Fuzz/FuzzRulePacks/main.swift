import FuzzSupport
import XBorderRules

/// The rule-pack loader (YAML → syntax → PCRE2 compile → validators) on arbitrary text: it may reject
/// a pack, never crash or hang.
@_cdecl("FuzzRulePacks_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  FuzzDriver.run(argc, argv) { start, count in fuzzRulePacks(start, count) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRulePacks(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  let text = String(decoding: FuzzInput.bytes(start, count), as: UTF8.self)
  _ = try? RuleCatalog.load([RuleCatalog.Source(origin: "fuzz.yaml", text: text)])
  return 0
}
