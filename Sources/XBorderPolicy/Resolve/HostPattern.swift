/// A host name or a `*.suffix` pattern, as catalogues and policy exceptions write them.
///
/// `*.sentry.io` matches every subdomain of `sentry.io` at any depth (`o1.ingest.sentry.io`) but not
/// `sentry.io` itself; anything without `*.` matches only that exact host. Comparison is case-insensitive.
public struct HostPattern: Sendable, Hashable, CustomStringConvertible {
  /// The host, or the suffix after `*.`, lower-cased.
  public let host: String
  /// True for `*.suffix`.
  public let isWildcard: Bool

  /// Nil when `text` is not a host name (letters, digits, `-`, `.`; at least two labels) or a `*.` pattern.
  public init?(_ text: String) {
    let lowered = text.lowercased()
    let wildcard = lowered.hasPrefix("*.")
    let host = wildcard ? String(lowered.dropFirst(2)) : lowered
    guard HostPattern.isHostName(host) else { return nil }
    self.host = host
    self.isWildcard = wildcard
  }

  public var description: String { isWildcard ? "*.\(host)" : host }

  /// Whether `candidate` (already lower-case) matches.
  public func matches(_ candidate: String) -> Bool {
    guard isWildcard else { return candidate == host }
    return candidate.count > host.count + 1 && candidate.hasSuffix("." + host)
  }

  /// Letters, digits and `-` in dot-separated labels, at least two labels, none empty.
  static func isHostName(_ text: String) -> Bool {
    let labels = text.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2 else { return false }
    return labels.allSatisfy { label in
      !label.isEmpty && label.count <= 63
        && label.utf8.allSatisfy { byte in
          (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45
        }
    }
  }

  /// The parent domains of `host`, longest first: `a.b.c.d` → `b.c.d`, `c.d`, `d`.
  static func parents(of host: String) -> [Substring] {
    var result: [Substring] = []
    var index = host.startIndex
    while let dot = host[index...].firstIndex(of: ".") {
      index = host.index(after: dot)
      result.append(host[index...])
    }
    return result
  }
}
