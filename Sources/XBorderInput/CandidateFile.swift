/// A regular file the walker found and did not filter out: the scanner should read it.
public struct CandidateFile: Sendable, Hashable {
  /// Where to read it (symlinks along the way are not resolved).
  public var absolutePath: String
  /// The path reports show: relative to the scan root, `/`-separated (see `FileWalker`).
  public var relativePath: String
  /// Size in bytes when it was listed; the reader checks the limit again on what it reads.
  public var size: Int

  /// Creates a candidate from its parts.
  public init(absolutePath: String, relativePath: String, size: Int) {
    self.absolutePath = absolutePath
    self.relativePath = relativePath
    self.size = size
  }
}
