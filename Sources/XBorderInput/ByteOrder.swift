/// Locale-independent ordering of paths: byte-wise over their UTF-8.
enum ByteOrder {
  /// True when `lhs` sorts before `rhs`.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }
}
