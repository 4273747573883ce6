import XBorderRules

/// A rule's context keywords (or exclusions) grouped by first byte, so the context window is walked once
/// instead of once per keyword: at most positions, no keyword starts with that byte at all.
struct KeywordIndex {
  let keywords: [Keyword]
  /// Keyword indices by the (lower-cased) first byte of their UTF-8.
  private let byFirstByte: [[Int]]

  init(_ keywords: [Keyword]) {
    self.keywords = keywords
    var byFirst = Array(repeating: [Int](), count: 256)
    for (index, keyword) in keywords.enumerated() {
      guard let first = keyword.lowercasedBytes.first else { continue }
      byFirst[Int(first)].append(index)
    }
    byFirstByte = byFirst
  }

  var isEmpty: Bool { keywords.isEmpty }

  /// The keyword nearest to the value and its weighted distance: in `before` the end of its last
  /// occurrence counts, in `after` its first start, doubled (labels usually precede values). On a tie the
  /// keyword listed first wins, and for one keyword the occurrence before the value.
  func nearest(
    before: Range<Int>, after: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (text: String, distance: Int)? {
    guard !keywords.isEmpty else { return nil }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * keywords.count) { distances in
      distances.initialize(repeating: .max)
      // Walking forward, a later occurrence before the value is nearer: each one overwrites.
      forEachOccurrence(in: before, of: bytes) { index, end in distances[2 * index] = before.upperBound - end }
      forEachOccurrence(in: after, of: bytes) { index, end in
        let start = end - keywords[index].lowercasedBytes.count
        if distances[2 * index + 1] == .max { distances[2 * index + 1] = 2 * (start - after.lowerBound) + 1 }
      }
      var best: (index: Int, distance: Int)?
      for slot in 0..<(2 * keywords.count) where distances[slot] < best?.distance ?? .max {
        best = (slot / 2, distances[slot])
      }
      return best.map { (keywords[$0.index].text, $0.distance) }
    }
  }

  /// The first keyword in a column or key name (ASCII case-insensitive), in keyword order.
  func first(inName name: [UInt8]) -> Keyword? {
    guard !keywords.isEmpty else { return nil }
    return name.withUnsafeBufferPointer { buffer in
      var found: Int?
      forEachOccurrence(in: 0..<buffer.count, of: buffer) { index, _ in found = min(found ?? index, index) }
      return found.map { keywords[$0] }
    }
  }

  /// Calls `body(keyword index, end offset)` for every occurrence wholly inside `range`, in order of start.
  private func forEachOccurrence(
    in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void
  ) {
    for start in range {
      for index in byFirstByte[Int(ASCIIByte.lowercased(bytes[start]))] {
        let needle = keywords[index].lowercasedBytes
        if start + needle.count <= range.upperBound, Self.matches(needle, at: start, in: bytes) {
          body(index, start + needle.count)
        }
      }
    }
  }

  private static func matches(_ needle: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in 1..<max(needle.count, 1) {
      if ASCIIByte.lowercased(bytes[start + index]) != needle[index] { return false }
    }
    // Short ASCII keywords ("id", "tel") must stand alone, not inside a longer word ("paid", "hotel").
    guard needle.count < 4, needle.allSatisfy({ $0 < 0x80 }) else { return true }
    return !isASCIILetter(at: start - 1, in: bytes) && !isASCIILetter(at: start + needle.count, in: bytes)
  }

  private static func isASCIILetter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index >= 0, index < bytes.count else { return false }
    let byte = bytes[index] | 0x20
    return byte >= 97 && byte <= 122
  }
}
