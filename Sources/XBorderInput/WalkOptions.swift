/// What `FileWalker` walks and what it leaves out.
public struct WalkOptions: Sendable, Hashable {
  /// 512 MiB: the default `maxFileSize`.
  public static let defaultMaxFileSize = 512 * 1024 * 1024
  /// The default `maxDepth`: deeper trees are almost always a loop or a generated mess.
  public static let defaultMaxDepth = 256
  /// Version-control folders never entered, whatever the options say.
  public static let vcsDirectoryNames: Set<String> = [".git", ".hg", ".svn", "_darcs", "CVS"]

  /// Files or directories to walk (relative paths are resolved against `currentDirectory`).
  public var roots: [String]
  /// Follow symbolic links below the roots. Links given as roots themselves are always followed.
  public var followSymlinks: Bool
  /// Files larger than this many bytes are skipped as `.tooLarge`.
  public var maxFileSize: Int
  /// When not empty, only files matching one of these globs (or inside a matching directory) are scanned.
  /// Globs use gitignore syntax and match the path relative to the root being walked.
  public var include: [String]
  /// Files and directories matching one of these globs are ignored (a leading `!` is literal here).
  public var exclude: [String]
  /// Honour `.gitignore` files and `.git/info/exclude`. `.xborderignore` files are honoured regardless.
  public var respectGitignore: Bool
  /// Absolute paths of directories never entered (e.g. the report output folder).
  public var excludedDirectories: [String]
  /// Directories nested deeper than this below a root are reported as skipped, not entered.
  public var maxDepth: Int
  /// The directory relative roots and relative display paths refer to; nil means the process's.
  public var currentDirectory: String?

  /// Options with the documented defaults.
  public init(
    roots: [String],
    followSymlinks: Bool = false,
    maxFileSize: Int = WalkOptions.defaultMaxFileSize,
    include: [String] = [],
    exclude: [String] = [],
    respectGitignore: Bool = true,
    excludedDirectories: [String] = [],
    maxDepth: Int = WalkOptions.defaultMaxDepth,
    currentDirectory: String? = nil
  ) {
    self.roots = roots
    self.followSymlinks = followSymlinks
    self.maxFileSize = maxFileSize
    self.include = include
    self.exclude = exclude
    self.respectGitignore = respectGitignore
    self.excludedDirectories = excludedDirectories
    self.maxDepth = maxDepth
    self.currentDirectory = currentDirectory
  }
}
