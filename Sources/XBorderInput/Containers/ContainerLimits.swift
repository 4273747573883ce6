/// Safety limits for reading containers, against decompression bombs and deep nesting.
///
/// Entry and byte counts are shared by one top-level container and everything nested in it.
public struct ContainerLimits: Sendable, Hashable {
  /// Containers opened one inside another: the top-level file is depth 1 (`a.zip`), a zip inside it
  /// depth 2 (`a.zip!/b.zip`), and so on. A container deeper than this is skipped as `limitExceeded`.
  public var maxDepth: Int
  /// Entries (zip records, gzip members, xlsx sheets) counted across the whole top-level container.
  public var maxEntries: Int
  /// Uncompressed bytes produced for one top-level container, nested containers included.
  public var maxTotalBytes: Int
  /// Largest uncompressed / compressed ratio of one member; only enforced above `ratioThreshold` bytes.
  public var maxRatio: Int
  /// Members smaller than this many uncompressed bytes are never rejected for their ratio.
  public var ratioThreshold: Int
  /// Largest uncompressed size of one member; nothing bigger is ever allocated.
  public var maxMemberBytes: Int

  /// The defaults: depth 3, 10 000 entries, 1 GiB in total, ratio 200 above 1 MiB, 256 MiB per member.
  public init(
    maxDepth: Int = 3, maxEntries: Int = 10_000, maxTotalBytes: Int = 1 << 30, maxRatio: Int = 200,
    ratioThreshold: Int = 1 << 20, maxMemberBytes: Int = 256 << 20
  ) {
    self.maxDepth = maxDepth
    self.maxEntries = maxEntries
    self.maxTotalBytes = maxTotalBytes
    self.maxRatio = maxRatio
    self.ratioThreshold = ratioThreshold
    self.maxMemberBytes = maxMemberBytes
  }

  /// The default limits.
  public static let standard = ContainerLimits()
}
