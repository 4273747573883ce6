import FuzzSupport
import XBorderRules

/// The rule-pack loader (YAML → syntax → PCRE2 compile → validators) on arbitrary text: it may reject
/// a pack, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRulePacks(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let text = String(decoding: FuzzInput.bytes(start, count), as: UTF8.self)
  _ = try? RuleCatalog.load([RuleCatalog.Source(origin: "fuzz.yaml", text: text)])
  return 0
}
