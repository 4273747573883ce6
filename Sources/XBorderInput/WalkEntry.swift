import XBorderCore

/// One result of the walk: a file to scan or one passed over with a reason.
public enum WalkEntry: Sendable, Hashable {
  /// A regular file to read and scan.
  case file(CandidateFile)
  /// A path passed over, with the reason.
  case skipped(SkippedFile)

  /// The path reports show for this entry.
  public var relativePath: String {
    switch self {
    case .file(let file): file.relativePath
    case .skipped(let skipped): skipped.path
    }
  }
}
