import Foundation

/// A value shared between threads, guarded by a pthread mutex (`NSLock`).
///
/// Used instead of `Synchronization.Mutex` because on Linux that one locks with raw futex calls, which
/// ThreadSanitizer cannot see: `make sanitize` then reported every correctly locked merge as a race.
public final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  public init(_ value: Value) { self.value = value }

  public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
