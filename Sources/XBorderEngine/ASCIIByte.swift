/// ASCII case folding of single bytes for the context-keyword matcher: other bytes, UTF-8 lead and
/// continuation bytes included, are left as they are. (The prefilter's `LiteralTable` keeps its own copy;
/// see there why.)
enum ASCIIByte {
  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }
}
