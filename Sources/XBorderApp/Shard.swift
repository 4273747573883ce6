import XBorderCore

/// `--shard i/n`: this run scans only the files whose path hash falls in shard `i` of `n` (0-based).
///
/// The hash is FNV-1a (64-bit) of the path relative to the scan root, so every machine puts a file in the
/// same shard whatever its checkout location; n runs with i = 0…n-1 scan every file exactly once. A file
/// inside an archive goes with its archive (the archive is the walked file).
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  public let index: Int
  public let count: Int

  public init?(index: Int, count: Int) {
    guard count >= 1, (0..<count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `i/n`, e.g. `0/4`.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
    self.init(index: index, count: count)
  }

  public var description: String { "\(index)/\(count)" }

  public func contains(relativePath: String) -> Bool {
    Int(Self.fnv1a(relativePath) % UInt64(count)) == index
  }

  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }
}
