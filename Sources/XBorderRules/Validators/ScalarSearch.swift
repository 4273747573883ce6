/// Substring tests on Unicode scalars. Validators run for every look-alike candidate; Foundation's
/// `String.contains(_:)` and `Character` hashing cost microseconds per call, a scalar loop nanoseconds.
enum ScalarSearch {
  /// True when `needle` (non-empty) occurs in `haystack`.
  static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start..<(start + needle.count)].elementsEqual(needle)
    }
  }

  /// `words` as scalar arrays, for `contains`.
  static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
}
