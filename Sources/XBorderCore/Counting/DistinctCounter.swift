import Foundation

/// Counts distinct 64-bit keys: exactly while there are at most `exactLimit` of them, then with a
/// HyperLogLog sketch (relative standard error ≈ 1.04/√m; 0.81 % at the default m = 16,384).
///
/// Mergeable (union) and Codable, so counts of separate scans or shards can be combined later. The
/// keys are keyed hashes of normalized values (see `CountingKey`), never the values themselves.
public struct DistinctCounter: Sendable, Hashable {
  /// Keys kept exactly before switching to the sketch. 16,384 keys take about as much memory as the
  /// sketch's 16 KiB, so the exact phase costs nothing extra.
  public static let defaultExactLimit = 16_384
  /// Sketch precision: m = 2^14 registers.
  public static let defaultPrecision = 14

  enum Storage: Sendable, Hashable {
    case exact(Set<UInt64>)
    case sketch(HyperLogLog)
  }

  private(set) var storage: Storage
  public let exactLimit: Int
  public let precision: Int

  public init(exactLimit: Int = defaultExactLimit, precision: Int = defaultPrecision) {
    self.storage = .exact([])
    self.exactLimit = exactLimit
    self.precision = precision
  }

  init(storage: Storage, exactLimit: Int, precision: Int) {
    self.storage = storage
    self.exactLimit = exactLimit
    self.precision = precision
  }

  public mutating func insert(_ key: UInt64) {
    switch storage {
    case .exact(var keys):
      storage = .exact([])  // keeps `keys` uniquely referenced while it grows
      keys.insert(key)
      storage = keys.count > exactLimit ? .sketch(Self.sketch(of: keys, precision: precision)) : .exact(keys)
    case .sketch(var sketch):
      storage = .exact([])
      sketch.insert(key)
      storage = .sketch(sketch)
    }
  }

  /// The union of both counters. A sketch absorbs exact keys; two exact sets stay exact up to the limit.
  public mutating func merge(_ other: DistinctCounter) {
    switch (storage, other.storage) {
    case (.exact(var keys), .exact(let more)):
      keys.formUnion(more)
      storage = keys.count > exactLimit ? .sketch(Self.sketch(of: keys, precision: precision)) : .exact(keys)
    case (.exact(let keys), .sketch(var sketch)):
      for key in keys { sketch.insert(key) }
      storage = .sketch(sketch)
    case (.sketch(var sketch), .exact(let keys)):
      for key in keys { sketch.insert(key) }
      storage = .sketch(sketch)
    case (.sketch(var sketch), .sketch(let more)):
      sketch.merge(more)
      storage = .sketch(sketch)
    }
  }

  public func merging(_ other: DistinctCounter) -> DistinctCounter {
    var copy = self
    copy.merge(other)
    return copy
  }

  /// True while the count is exact.
  public var isExact: Bool {
    if case .exact = storage { return true }
    return false
  }

  /// The number of distinct keys: exact, or the sketch's estimate rounded.
  public var estimate: Int {
    switch storage {
    case .exact(let keys): keys.count
    case .sketch(let sketch): Int(sketch.estimate.rounded())
    }
  }

  /// 0 while exact, else the sketch's relative standard error (1.04/√m).
  public var relativeStandardError: Double {
    switch storage {
    case .exact: 0
    case .sketch(let sketch): sketch.relativeStandardError
    }
  }

  public var isEmpty: Bool { estimate == 0 }

  private static func sketch(of keys: Set<UInt64>, precision: Int) -> HyperLogLog {
    var sketch = HyperLogLog(precision: precision)
    for key in keys { sketch.insert(key) }
    return sketch
  }
}
