import XBorderCore

/// Remembers what `HostResolver` said of each host, shared by every worker of a scan.
///
/// Resolution is a pure function of the host and the catalogue, and scanned data repeats the same few
/// hosts on every line (`https://shop.example.cn/` in each access-log record), so most look-ups are hits.
/// Bounded: when `capacity` distinct hosts are held the cache starts again empty (a scan full of unique
/// hosts then costs what it cost without a cache, plus one dictionary insert each).
final class HostResolutionCache: Sendable {
  private let entries = Locked([String: HostOutcome]())
  let capacity: Int

  init(capacity: Int = 4096) { self.capacity = capacity }

  /// The cached outcome for `host`, or `resolve(host)` remembered.
  func outcome(for host: String, resolve: (String) -> HostOutcome) -> HostOutcome {
    if let known = entries.withLock({ $0[host] }) { return known }
    let outcome = resolve(host)
    entries.withLock { table in
      if table.count >= capacity { table.removeAll(keepingCapacity: true) }
      table[host] = outcome
    }
    return outcome
  }
}
