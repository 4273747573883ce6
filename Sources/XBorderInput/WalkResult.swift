import XBorderCore

/// Everything one walk produced.
public struct WalkResult: Sendable, Hashable {
  /// Files and skips, sorted by `relativePath` (byte order), one entry per path.
  public var entries: [WalkEntry]
  /// Files and directories left out by VCS folder names, ignore files, globs or excluded directories.
  /// An ignored directory counts once: its contents are never listed.
  public var ignoredCount: Int
  /// The absolute directory the relative paths are relative to (see `FileWalker`).
  public var scanRoot: String

  /// Creates a result from its parts.
  public init(entries: [WalkEntry], ignoredCount: Int, scanRoot: String) {
    self.entries = entries
    self.ignoredCount = ignoredCount
    self.scanRoot = scanRoot
  }

  /// The files to scan, in entry order.
  public var files: [CandidateFile] {
    entries.compactMap { if case .file(let file) = $0 { file } else { nil } }
  }

  /// The entries passed over, in entry order.
  public var skipped: [SkippedFile] {
    entries.compactMap { if case .skipped(let skipped) = $0 { skipped } else { nil } }
  }
}
