import XBorderCore

/// The bytes around a matched value, as much as provider inference and comment detection need.
///
/// Copied from the file once per match: up to `lookBehind` bytes before the value and `lookAhead` after
/// it. Everything derived from it is computed on demand and works on bytes, so a file with thousands of
/// region settings stays linear.
public struct SettingContext: Sendable {
  /// Path of the file, relative to the scan root.
  public var path: String
  /// Bytes before the value (the last one is just before the value).
  public var before: [UInt8]
  /// Bytes after the value.
  public var after: [UInt8]
  /// The key path or column the scanner found for the value (`key aws.s3.region`), when it knows one.
  public var keyPath: String?

  public init(path: String = "", before: String = "", after: String = "", keyPath: String? = nil) {
    self.path = path
    self.before = Array(before.utf8)
    self.after = Array(after.utf8)
    self.keyPath = keyPath
  }

  /// The window around `range` in `text`.
  public init(
    path: String, text: UnsafeBufferPointer<UInt8>, range: Range<Int>, lookBehind: Int = 16_384, lookAhead: Int = 4_096
  ) {
    let start = max(0, range.lowerBound - lookBehind)
    let end = min(text.count, range.upperBound + lookAhead)
    self.path = path
    self.before = Array(text[start..<range.lowerBound])
    self.after = Array(text[range.upperBound..<end])
    self.keyPath = nil
  }

  /// The value's line up to the value.
  public var linePrefix: Substring {
    let start = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return Substring(String(decoding: before[start...], as: UTF8.self))
  }

  /// Whether the value sits in a comment: the line starts with `#`, `//`, `--`, `;`, `!`, `/*`, `*`,
  /// `<!--` or `REM`, or a ` #` / ` //` comment starts earlier on the line.
  public var isCommentedOut: Bool {
    let line = linePrefix
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    for marker in ["#", "//", "--", ";", "!", "/*", "*", "<!--"] where trimmed.hasPrefix(marker) { return true }
    if trimmed.uppercased().hasPrefix("REM ") { return true }
    let bytes = Array(trimmed.utf8)
    for index in bytes.indices.dropFirst() where bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 {
      if bytes[index] == 0x23 { return true }  // " #"
      if bytes[index] == 0x2F, index + 1 < bytes.count, bytes[index + 1] == 0x2F { return true }  // " //"
    }
    return false
  }
}
