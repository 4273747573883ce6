/// Read-only tables of the prefilter in flat memory: looked up at nearly every byte of a file, they must
/// not touch reference counts the way nested Swift arrays do. The owner frees them (`deallocate`).
enum FlatBuffer {
  /// A new buffer holding exactly `values`. At least one element is allocated, so even an empty table has
  /// memory to free.
  static func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(values.count, 1))
    _ = buffer.initialize(from: values)
    return UnsafeMutableBufferPointer(rebasing: buffer[0..<values.count])
  }

  /// `[0, a, a + b, …]` for counts `[a, b, …]`: where each part starts, and where the last one ends.
  static func prefixSums(_ counts: [Int]) -> [Int] {
    var sums = [0]
    for count in counts { sums.append(sums[sums.count - 1] + count) }
    return sums
  }
}
