import Foundation
import XBorderCore

/// Accepted findings, recorded so a gate can be switched on without first fixing every old one.
///
/// Entries hold keyed fingerprints only (rule id + normalized value + path under the project's key):
/// no value, no line number, so entries survive edits and moved lines but not a renamed file.
public struct Baseline: Sendable, Hashable {
  public struct Entry: Codable, Sendable, Hashable {
    /// The finding's keyed fingerprint (`Finding.fingerprint`).
    public var fingerprint: String
    public var rule: String
    /// Path relative to the scan root, as in the reports.
    public var path: String
    /// Why the finding is accepted.
    public var reason: String?
    /// Who accepted it (a team or a person's handle).
    public var owner: String?
    /// The last day the entry suppresses (`YYYY-MM-DD`, UTC); afterwards the finding counts again.
    public var expires: String?

    public init(
      fingerprint: String, rule: String, path: String, reason: String? = nil, owner: String? = nil,
      expires: String? = nil
    ) {
      self.fingerprint = fingerprint
      self.rule = rule
      self.path = path
      self.reason = reason
      self.owner = owner
      self.expires = expires
    }

    /// Sorted by path, rule, fingerprint: the file order, so diffs of two baselines stay small.
    static func fileOrder(_ lhs: Entry, _ rhs: Entry) -> Bool {
      (lhs.path, lhs.rule, lhs.fingerprint) < (rhs.path, rhs.rule, rhs.fingerprint)
    }
  }

  /// The file format version.
  public static let version = 1
  /// The default file name, at the scan root.
  public static let defaultFileName = ".xborder-baseline.json"

  /// A short check value of the fingerprint key (see `keyCheck(using:)`): tells a baseline made with
  /// another key apart from one whose findings were all fixed. Reveals nothing about the key.
  public var keyCheck: String?
  /// One entry per fingerprint, in file order.
  public private(set) var entries: [Entry]

  public init(entries: [Entry], keyCheck: String? = nil) {
    var seen = Set<String>()
    self.entries = entries.sorted(by: Entry.fileOrder).filter { seen.insert($0.fingerprint).inserted }
    self.keyCheck = keyCheck
  }

  /// The baseline of `findings` that are not already suppressed, keeping the reason, owner and expiry of
  /// entries `previous` holds for the same fingerprint; `defaults` fill those of new entries.
  public static func of(
    _ findings: [Finding], keyCheck: String, previous: Baseline? = nil, defaults: Entry.Annotations = .init()
  ) -> Baseline {
    let old = Dictionary(
      (previous?.entries ?? []).map { ($0.fingerprint, $0) }, uniquingKeysWith: { first, _ in first })
    let entries = findings.filter { !$0.isSuppressed }.map { finding in
      if let kept = old[finding.fingerprint] { return kept }
      return Entry(
        fingerprint: finding.fingerprint, rule: finding.ruleId, path: finding.location.path, reason: defaults.reason,
        owner: defaults.owner, expires: defaults.expires?.description)
    }
    return Baseline(entries: entries, keyCheck: keyCheck)
  }
}

extension Baseline.Entry {
  /// Reason, owner and expiry given to new entries (`xborder baseline create --reason/--owner/--expires`).
  public struct Annotations: Sendable {
    public var reason: String?
    public var owner: String?
    public var expires: ISODate?
    public init(reason: String? = nil, owner: String? = nil, expires: ISODate? = nil) {
      self.reason = reason
      self.owner = owner
      self.expires = expires
    }
  }
}
