import XBorderCore

/// Applies a baseline to a scan's findings. Pure: "today" is passed in, so expiry is testable.
public enum BaselineMatcher {
  public struct Outcome: Sendable {
    /// The findings, baselined ones with an `external` suppression added.
    public var findings: [Finding]
    /// Findings whose entry has expired: they count again (and carry `baseline_expired`).
    public var expired: Int
    /// Entries that matched no finding (fixed, moved to another file, or made with another key).
    public var unmatchedEntries: Int
    /// The baseline was made with another fingerprint key, so it cannot match.
    public var keyMismatch: Bool
    /// Problems worth telling the user about: expired entries, a key that does not fit.
    public var notifications: [ToolNotification]
  }

  /// Matches by fingerprint. `source` names the baseline file in the suppressions; `keyCheck` is that of
  /// the key in use (compared with the baseline's to explain why nothing matches). Unmatched entries are
  /// counted among those whose path is in `scannedPaths` (all entries when nil), so a diff scan does
  /// not call every entry of an unchanged file stale.
  public static func apply(
    _ baseline: Baseline, to findings: [Finding], today: ISODate, source: String, keyCheck: String,
    scannedPaths: Set<String>? = nil
  ) -> Outcome {
    let byFingerprint = Dictionary(
      baseline.entries.map { ($0.fingerprint, $0) }, uniquingKeysWith: { first, _ in first })
    var used = Set<String>()
    var expired = 0
    var notifications: [ToolNotification] = []
    let matched = findings.map { finding in
      guard let entry = byFingerprint[finding.fingerprint] else { return finding }
      used.insert(entry.fingerprint)
      var result = finding
      if let expiry = entry.expires.flatMap(ISODate.init), today > expiry {
        expired += 1
        result.properties["baseline_expired"] = expiry.description
        notifications.append(
          ToolNotification(
            level: .warning,
            message: "baseline entry for \(entry.rule) expired on \(expiry) (\(source)); the finding on line "
              + "\(finding.location.line) counts again: fix it, or renew 'expires' with a reason",
            path: finding.location.path, ruleId: entry.rule))
        return result
      }
      result.suppressions.append(
        FindingSuppression(kind: .external, justification: justification(entry), source: source))
      return result
    }
    let keyMismatch = baseline.keyCheck.map { $0 != keyCheck } ?? false
    if keyMismatch, !baseline.entries.isEmpty {
      notifications.append(
        ToolNotification(
          level: .error,
          message: "the baseline \(source) was made with another fingerprint key, so none of its entries can "
            + "match; set XBORDER_FINGERPRINT_KEY (or fingerprint_key_file) to the key it was made with"))
    }
    return Outcome(
      findings: matched, expired: expired,
      unmatchedEntries: baseline.entries.count {
        !used.contains($0.fingerprint) && (scannedPaths?.contains($0.path) ?? true)
      },
      keyMismatch: keyMismatch, notifications: notifications)
  }

  private static func justification(_ entry: Baseline.Entry) -> String {
    var parts: [String] = []
    if let reason = entry.reason, !reason.isEmpty { parts.append(reason) }
    if let owner = entry.owner, !owner.isEmpty { parts.append("owner: \(owner)") }
    if let expires = entry.expires { parts.append("until \(expires)") }
    return parts.isEmpty ? "baselined" : parts.joined(separator: "; ")
  }
}
