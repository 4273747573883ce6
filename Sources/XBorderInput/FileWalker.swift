import XBorderCore

/// Lists the files a scan should read, and the ones it passes over, in a deterministic order.
///
/// **Scan root and relative paths.** With one root, the scan root is that directory, or for a file
/// its parent directory (so the file's relative path is its name). With several roots (or none),
/// the scan root is the current directory: paths inside it are relative to it (`src/a.py`), paths
/// outside it stay absolute. `WalkResult.scanRoot` says which directory was used.
///
/// **What is left out** (counted in `ignoredCount`, not listed): VCS folders (`.git`, `.hg`, `.svn`,
/// `_darcs`, `CVS`), paths ignored by `.gitignore`, `.git/info/exclude` at a root, or `.xborderignore`
/// files found in the walked tree (not in folders above a root), `exclude` globs, files not matching
/// `include` globs, and `excludedDirectories`. Globs and ignore files see paths relative to the root
/// being walked (its folder for a file root). A file given directly as a root is always listed.
/// The git index is not consulted: a tracked file that matches an ignore rule is ignored too.
///
/// **What is skipped** (listed with a reason): symlinks not followed, links that loop or dangle,
/// FIFOs, sockets and devices, files over `maxFileSize`, entries that cannot be listed or stat'ed,
/// and directories deeper than `maxDepth`. Symlinks given as roots are followed.
///
/// The walker only reads directories, file metadata and ignore files; it never writes.
public struct FileWalker: Sendable {
  /// The options this walker was made with.
  public let options: WalkOptions
  /// The absolute directory relative paths are relative to (see the type's documentation).
  public let scanRoot: String
  private let filter: PathFilter
  private let currentDirectory: String

  /// Prepares a walk; throws a `.usage` error when an include or exclude glob is malformed.
  public init(options: WalkOptions) throws(XBorderError) {
    self.options = options
    self.filter = try PathFilter(include: options.include, exclude: options.exclude)
    let current = PathResolver.absolute(options.currentDirectory ?? PathResolver.currentDirectory(), relativeTo: "/")
    self.currentDirectory = current
    self.scanRoot = Self.scanRoot(of: options.roots, currentDirectory: current)
  }

  /// Walks every root and returns the entries sorted by relative path, duplicates (overlapping roots)
  /// removed.
  public func walk() -> WalkResult {
    let session = WalkSession(options: options, filter: filter, currentDirectory: currentDirectory)
    let displayBase = options.roots.count == 1 ? nil : currentDirectory
    for root in options.roots {
      let absolute = PathResolver.absolute(root, relativeTo: currentDirectory)
      session.walkRoot(root, absolute: absolute, displayBase: displayBase)
    }
    let sorted = session.entries.sorted { ByteOrder.precedes($0.relativePath, $1.relativePath) }
    var entries: [WalkEntry] = []
    entries.reserveCapacity(sorted.count)
    for entry in sorted where entries.last?.relativePath != entry.relativePath {
      entries.append(entry)
    }
    return WalkResult(entries: entries, ignoredCount: session.ignoredCount, scanRoot: scanRoot)
  }

  private static func scanRoot(of roots: [String], currentDirectory: String) -> String {
    guard roots.count == 1, let root = roots.first else { return currentDirectory }
    let absolute = PathResolver.absolute(root, relativeTo: currentDirectory)
    guard case .success(let status) = FileStatus.of(absolute, followingSymlinks: true), status.kind != .directory
    else { return absolute }
    return PathResolver.parent(of: absolute)
  }
}
