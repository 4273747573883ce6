import Foundation
import XBorderCore

/// Inline allow comments: `xborder:allow` (every rule) or `xborder:allow <rule-id>[,<rule-id>…] -- reason`,
/// in any comment style (`#`, `//`, `--`, `;`, `/* */`, `<!-- -->`), on the finding's own line or alone
/// on the line before it. A matching comment attaches an `inSource` suppression carrying the reason
/// (empty when none was given); `requiringReasons` later decides whether a reasonless one counts.
///
/// Pure: the file's decoded UTF-8 bytes and its findings in, the findings with suppressions out. It
/// locates lines by each finding's `byteOffset`, so it needs no line table.
public enum InlineSuppressions {
  /// The marker that starts an allow comment.
  public static let marker = Array("xborder:allow".utf8)
  /// The `source` of inline suppressions in the reports (followed by ` (line N)`).
  public static let sourceLabel = "inline xborder:allow"

  /// One parsed allow comment.
  public struct Allow: Sendable, Hashable {
    /// Rule ids it names; empty means every rule. A trailing `*` matches a prefix (`pii.phone.*`).
    public var ruleIds: [String]
    /// The text after ` -- `, trimmed; empty when no reason was given.
    public var reason: String

    public init(ruleIds: [String], reason: String) {
      self.ruleIds = ruleIds
      self.reason = reason
    }

    /// Whether this comment allows `ruleId`.
    public func allows(_ ruleId: String) -> Bool {
      ruleIds.isEmpty
        || ruleIds.contains { $0.hasSuffix("*") ? ruleId.hasPrefix($0.dropLast()) : $0 == ruleId }
    }
  }

  /// `findings` of the file whose bytes (starting at file offset `baseOffset`) are `bytes`, each with an
  /// `inSource` suppression added when an allow comment on its line, or alone on the line before,
  /// names its rule. Findings whose offset lies outside `bytes` are returned unchanged.
  ///
  /// Cost: one `memchr`-driven pass for the marker; each line holding a marker is read once; each finding is a
  /// binary search among those lines. Nothing is walked per finding, so long lines stay cheap.
  public static func apply(
    to findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0
  ) -> [Finding] {
    guard !findings.isEmpty else { return findings }
    let scopes = allowScopes(in: bytes)
    guard !scopes.isEmpty else { return findings }
    return findings.map { finding in
      let offset = finding.location.byteOffset - baseOffset
      guard let scope = scope(containing: offset, in: scopes),
        let allow = scope.allows.first(where: { $0.allows(finding.ruleId) })
      else { return finding }
      var suppressed = finding
      suppressed.suppressions.append(
        FindingSuppression(
          kind: .inSource, justification: allow.reason, source: "\(sourceLabel) (line \(finding.location.line))"))
      return suppressed
    }
  }

  /// A line (`start...end`, `end` at its newline or the end of the text) and the allow comments that
  /// apply to findings on it.
  struct Scope {
    var start: Int
    var end: Int
    var allows: [Allow]
  }

  /// Every line an allow comment applies to, sorted by start: lines holding a comment, and the lines
  /// right after a line that is nothing but an allow comment.
  static func allowScopes(in bytes: UnsafeBufferPointer<UInt8>) -> [Scope] {
    var byStart: [Int: Scope] = [:]
    var parsedUpTo = -1
    for offset in markerOffsets(in: bytes) where offset > parsedUpTo {
      let start = startOfLine(containing: offset, in: bytes)
      let end = endOfLine(from: start, in: bytes)
      parsedUpTo = end
      let sameLine = parseLine(bytes, from: start, commentOnly: false)
      byStart[start, default: Scope(start: start, end: end, allows: [])].allows += sameLine
      let standalone = parseLine(bytes, from: start, commentOnly: true)
      if !standalone.isEmpty, end < bytes.count {
        let next = end + 1
        byStart[next, default: Scope(start: next, end: endOfLine(from: next, in: bytes), allows: [])].allows +=
          standalone
      }
    }
    return byStart.values.filter { !$0.allows.isEmpty }.sorted { $0.start < $1.start }
  }

  /// The scope whose line holds `offset` (binary search; scopes are disjoint lines).
  static func scope(containing offset: Int, in scopes: [Scope]) -> Scope? {
    var low = 0
    var high = scopes.count
    while low < high {
      let middle = (low + high) / 2
      if scopes[middle].start <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0, offset <= scopes[low - 1].end else { return nil }
    return scopes[low - 1]
  }

  /// Offsets of every `xborder:allow` in `bytes` (`memchr` for the first byte, then a compare).
  static func markerOffsets(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    guard let base = bytes.baseAddress, bytes.count >= marker.count else { return [] }
    var offsets: [Int] = []
    var from = 0
    let last = bytes.count - marker.count
    marker.withUnsafeBytes { needle in
      guard let needleBase = needle.baseAddress else { return }
      while from <= last, let hit = memchr(base + from, Int32(marker[0]), last - from + 1) {
        let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + offset, needleBase, marker.count) == 0 {
          offsets.append(offset)
          from = offset + marker.count
        } else {
          from = offset + 1
        }
      }
    }
    return offsets
  }

  /// Under `--require-reason`: inline suppressions without a reason are removed (the finding counts
  /// again) and each such finding gets the property `inline_suppression_rejected` and a notification.
  public static func requiringReasons(_ findings: [Finding])
    -> (findings: [Finding], notifications: [ToolNotification])
  {
    var notifications: [ToolNotification] = []
    let checked = findings.map { finding in
      let rejected = finding.suppressions.filter { $0.kind == .inSource && $0.justification.isEmpty }
      guard !rejected.isEmpty else { return finding }
      var changed = finding
      changed.suppressions.removeAll { $0.kind == .inSource && $0.justification.isEmpty }
      changed.properties["inline_suppression_rejected"] = "no reason given (--require-reason)"
      notifications.append(
        ToolNotification(
          level: .warning,
          message: "xborder:allow without a reason on line \(finding.location.line) does not suppress "
            + "\(finding.ruleId) under --require-reason; "
            + "write 'xborder:allow \(finding.ruleId) -- why it is acceptable'",
          path: finding.location.path, ruleId: finding.ruleId))
      return changed
    }
    return (checked, notifications)
  }

  /// The allow comments of one line. With `commentOnly`, only a comment that starts the line (after
  /// blanks) counts, so a trailing allow on a data line never reaches the next line.
  static func parseLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, commentOnly: Bool) -> [Allow] {
    let end = endOfLine(from: start, in: bytes)
    let line = Array(bytes[start..<end])
    var allows: [Allow] = []
    var searchFrom = 0
    while let at = find(marker, in: line, from: searchFrom) {
      searchFrom = at + marker.count
      guard let opener = commentOpener(before: at, in: line) else { continue }
      if commentOnly && !line[..<opener].allSatisfy(isBlank) { continue }
      let afterMarker = at + marker.count
      // `xborder:allowed` or `xborder:allow-list` is some other word, not the marker.
      if afterMarker < line.count, !isBlank(line[afterMarker]), !isCommentCloser(line, at: afterMarker) { continue }
      allows.append(parseArguments(Array(line[afterMarker...])))
    }
    return allows
  }

  /// `pii.email,pii.cn.mobile -- reason -->` → rule ids and reason; comment closers are cut off.
  static func parseArguments(_ bytes: [UInt8]) -> Allow {
    var text = String(decoding: bytes, as: UTF8.self)
    for closer in ["-->", "*/"] {
      if let range = text.range(of: closer) { text = String(text[..<range.lowerBound]) }
    }
    let parts = text.components(separatedBy: " --")
    let idsPart = parts[0]
    let reason = parts.count > 1 ? parts.dropFirst().joined(separator: " --") : ""
    let ids = idsPart.split { $0 == "," || $0 == " " || $0 == "\t" }.map(String.init)
    return Allow(ruleIds: ids, reason: reason.trimmingBlanks())
  }

  /// The index where the comment opener right before `index` (blanks between allowed) starts.
  static func commentOpener(before index: Int, in line: [UInt8]) -> Int? {
    var end = index
    while end > 0, isBlank(line[end - 1]) { end -= 1 }
    for opener in openers {
      let start = end - opener.count
      if start >= 0, Array(line[start..<end]) == opener { return start }
    }
    return nil
  }

  /// Longest first, so `<!--` wins over `--`.
  static let openers: [[UInt8]] = ["<!--", "//", "/*", "--", "#", ";", "*"].map { Array($0.utf8) }

  private static func isCommentCloser(_ line: [UInt8], at index: Int) -> Bool {
    let rest = line[index...]
    return rest.starts(with: Array("-->".utf8)) || rest.starts(with: Array("*/".utf8))
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

  static func startOfLine(containing offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = min(offset, bytes.count)
    while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
    return index
  }

  static func endOfLine(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = start
    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
    return index
  }

  private static func find(_ needle: [UInt8], in line: [UInt8], from start: Int) -> Int? {
    guard line.count >= needle.count, start <= line.count - needle.count else { return nil }
    for index in start...(line.count - needle.count) where line[index..<index + needle.count].elementsEqual(needle) {
      return index
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingBlanks() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars = scalars.dropFirst() }
    while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
