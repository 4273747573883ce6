/// Why a file was not scanned. Every skipped file is listed in the reports with its reason.
public enum SkipReason: String, Codable, Sendable, CaseIterable {
  /// Looks like binary data (NUL bytes, no text encoding recognised).
  case binary
  /// Larger than the configured maximum file size.
  case tooLarge = "too_large"
  /// Could not be opened or read (permissions, vanished, I/O error).
  case unreadable
  /// A symbolic link, not followed unless asked.
  case symlink
  /// Not a regular file (FIFO, socket, device).
  case notRegularFile = "not_regular_file"
  /// A text encoding the scanner cannot decode yet.
  case unsupportedEncoding = "unsupported_encoding"
  /// An archive member or archive left out by a safety limit (size, ratio, entry count, nesting depth).
  case limitExceeded = "limit_exceeded"
  /// An archive or compressed file that could not be read (corrupt, encrypted, unsupported method).
  case corruptContainer = "corrupt_container"
}

/// A file the scan passed over, with the reason and a human detail.
public struct SkippedFile: Codable, Sendable, Hashable {
  public var path: String
  public var reason: SkipReason
  public var detail: String
  public init(path: String, reason: SkipReason, detail: String) {
    self.path = path
    self.reason = reason
    self.detail = detail
  }
}

/// A file that was scanned.
public struct ScannedFile: Codable, Sendable, Hashable {
  public var path: String
  public var bytes: Int
  /// The text encoding the file was read as (e.g. `utf-8`).
  public var encoding: String
  /// SHA-256 (hex) of exactly the bytes scanned, taken while reading them (plain files read to the end;
  /// nil for archive members and files read some other way). Goes into `evidence.json`.
  public var sha256: String?
  public init(path: String, bytes: Int, encoding: String, sha256: String? = nil) {
    self.path = path
    self.bytes = bytes
    self.encoding = encoding
    self.sha256 = sha256
  }
}

/// What the scan covered: the files read and the ones passed over, and why.
public struct Coverage: Codable, Sendable, Hashable {
  public var scanned: [ScannedFile]
  public var skipped: [SkippedFile]
  /// Files left out on purpose by ignore files, globs or VCS folders (counted, not listed).
  public var ignoredCount: Int

  public init(scanned: [ScannedFile] = [], skipped: [SkippedFile] = [], ignoredCount: Int = 0) {
    self.scanned = scanned
    self.skipped = skipped
    self.ignoredCount = ignoredCount
  }

  public var bytesScanned: Int { scanned.reduce(0) { $0 + $1.bytes } }

  /// True when every file found was scanned: nothing unreadable, too large or undecodable.
  public var isComplete: Bool { skipped.allSatisfy { $0.reason == .binary || $0.reason == .symlink } }
}

/// A problem the tool met while running (not a finding): a limit hit, a file that failed mid-scan.
public struct ToolNotification: Codable, Sendable, Hashable {
  public var level: Level
  public var message: String
  /// The file concerned, relative to the scan root, when there is one.
  public var path: String?
  /// The rule concerned, when there is one.
  public var ruleId: String?

  public init(level: Level, message: String, path: String? = nil, ruleId: String? = nil) {
    self.level = level
    self.message = message
    self.path = path
    self.ruleId = ruleId
  }

  /// Report order, independent of which worker met the problem first: scan-wide notes (no path)
  /// first, then by path, rule and message.
  public static func reportOrder(_ lhs: ToolNotification, _ rhs: ToolNotification) -> Bool {
    (lhs.path ?? "", lhs.ruleId ?? "", lhs.message) < (rhs.path ?? "", rhs.ruleId ?? "", rhs.message)
  }
}
