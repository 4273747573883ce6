import XBorderCore

/// The mutable state of one walk: results so far, the ignore files in force, the directories above.
///
/// Used by `FileWalker.walk()` on one thread and thrown away; recursion depth is bounded by
/// `WalkOptions.maxDepth`.
final class WalkSession {
  private let options: WalkOptions
  private let filter: PathFilter
  private let excludedPaths: Set<String>
  private let excludedIdentities: Set<DeviceInode>
  private(set) var entries: [WalkEntry] = []
  private(set) var ignoredCount = 0
  private var ancestors: Set<DeviceInode> = []
  private var ignores = IgnoreStack()
  /// Put before a path relative to the current root to make it relative to the scan root.
  private var displayPrefix = ""

  init(options: WalkOptions, filter: PathFilter, currentDirectory: String) {
    self.options = options
    self.filter = filter
    let excluded = options.excludedDirectories.map { PathResolver.absolute($0, relativeTo: currentDirectory) }
    excludedPaths = Set(excluded)
    // Identities too, so an excluded folder reached through a symlink or another spelling is still skipped.
    excludedIdentities = Set(excluded.compactMap { try? FileStatus.of($0, followingSymlinks: true).get().identity })
  }

  /// Walks one root argument. `displayBase` is the directory paths are shown relative to when several
  /// roots are walked; nil for a single root, whose paths are relative to the root itself.
  func walkRoot(_ argument: String, absolute: String, displayBase: String?) {
    let status: FileStatus
    switch FileStatus.of(absolute, followingSymlinks: true) {
    case .failure(let error):
      return skip(argument, .unreadable, "cannot open scan root: \(error)")
    case .success(let value): status = value
    }
    let directory = status.kind == .directory ? absolute : PathResolver.parent(of: absolute)
    displayPrefix = displayBase.map { PathResolver.displayPrefix(of: directory, relativeTo: $0) } ?? ""
    switch status.kind {
    case .directory:
      guard !isExcludedDirectory(absolute, status) else { return ignoredCount += 1 }
      let gitExclude = PathResolver.join(absolute, ".git/info/exclude")
      let pushed = options.respectGitignore && ignores.push(IgnoreFile.load(path: gitExclude, depth: 0))
      walkDirectory(absolute, path: GlobPath(components: []), identity: status.identity)
      ignores.pop(pushed ? 1 : 0)
    case .regular:
      // A file named on the command line is scanned even if an ignore file or glob would leave it out.
      addFile(absolute, display: displayPrefix + PathResolver.name(of: absolute), size: status.size)
    default:
      skip(argument, .notRegularFile, "\(status.kind.description), not a regular file")
    }
  }

  private func walkDirectory(_ absolute: String, path: GlobPath, identity: DeviceInode) {
    let names: [String]
    switch DirectoryListing.names(at: absolute) {
    case .failure(let error): return skip(display(path), .unreadable, "cannot list directory: \(error)")
    case .success(let value): names = value
    }
    ancestors.insert(identity)
    let pushed = pushIgnoreFiles(in: absolute, names: names, depth: path.count)
    defer {
      ignores.pop(pushed)
      ancestors.remove(identity)
    }
    for name in names {
      visit(PathResolver.join(absolute, name), path: path.appending(name))
    }
  }

  /// `.gitignore` (when respected), then `.xborderignore`, so the latter wins on conflicts.
  private func pushIgnoreFiles(in directory: String, names: [String], depth: Int) -> Int {
    var pushed = 0
    for name in [".gitignore", ".xborderignore"] where names.contains(name) {
      if name == ".gitignore" && !options.respectGitignore { continue }
      if ignores.push(IgnoreFile.load(path: PathResolver.join(directory, name), depth: depth)) { pushed += 1 }
    }
    return pushed
  }

  private func visit(_ absolute: String, path: GlobPath) {
    if let name = path.components.last, WalkOptions.vcsDirectoryNames.contains(name) { return ignoredCount += 1 }
    let status: FileStatus
    switch FileStatus.of(absolute, followingSymlinks: false) {
    case .failure(let error): return skip(display(path), .unreadable, "cannot stat: \(error)")
    case .success(let value): status = value
    }
    if status.kind == .symlink { return visitSymlink(absolute, path: path) }
    if isIgnored(path, isDirectory: status.kind == .directory) { return ignoredCount += 1 }
    dispatch(absolute, path: path, status: status, viaSymlink: false)
  }

  /// Ignore rules see an unfollowed link as a file, a followed one as what it points to.
  private func visitSymlink(_ absolute: String, path: GlobPath) {
    let target = FileStatus.symlinkTarget(absolute).map { "'\($0)'" } ?? "an unreadable target"
    guard options.followSymlinks else {
      if isIgnored(path, isDirectory: false) { return ignoredCount += 1 }
      return skip(display(path), .symlink, "symbolic link to \(target), not followed")
    }
    switch FileStatus.of(absolute, followingSymlinks: true) {
    case .failure(let error):
      if isIgnored(path, isDirectory: false) { return ignoredCount += 1 }
      skip(display(path), .symlink, "symbolic link to \(target) cannot be followed: \(error)")
    case .success(let status):
      if isIgnored(path, isDirectory: status.kind == .directory) { return ignoredCount += 1 }
      dispatch(absolute, path: path, status: status, viaSymlink: true)
    }
  }

  private func dispatch(_ absolute: String, path: GlobPath, status: FileStatus, viaSymlink: Bool) {
    switch status.kind {
    case .directory: enter(absolute, path: path, status: status, viaSymlink: viaSymlink)
    case .regular:
      guard filter.isIncluded(file: path) else { return ignoredCount += 1 }
      addFile(absolute, display: display(path), size: status.size)
    default: skip(display(path), .notRegularFile, "\(status.kind.description), not a regular file")
    }
  }

  private func enter(_ absolute: String, path: GlobPath, status: FileStatus, viaSymlink: Bool) {
    if isExcludedDirectory(absolute, status) { return ignoredCount += 1 }
    if ancestors.contains(status.identity) {
      return viaSymlink
        ? skip(display(path), .symlink, "symbolic link loop: leads back to a directory above it, not entered")
        : skip(display(path), .unreadable, "file system loop: same directory as one above it, not entered")
    }
    guard path.count <= options.maxDepth else {
      return skip(display(path), .unreadable, "nested more than \(options.maxDepth) directories deep, not entered")
    }
    walkDirectory(absolute, path: path, identity: status.identity)
  }

  private func addFile(_ absolute: String, display: String, size: Int) {
    guard size <= options.maxFileSize else {
      return skip(display, InputFailure.tooLarge(size: size, limit: options.maxFileSize))
    }
    entries.append(.file(CandidateFile(absolutePath: absolute, relativePath: display, size: size)))
  }

  private func isIgnored(_ path: GlobPath, isDirectory: Bool) -> Bool {
    filter.isExcluded(path, isDirectory: isDirectory) || ignores.isIgnored(path, isDirectory: isDirectory)
  }

  private func isExcludedDirectory(_ absolute: String, _ status: FileStatus) -> Bool {
    excludedPaths.contains(absolute) || excludedIdentities.contains(status.identity)
  }

  /// The path reports show; the root itself shows as `.` (or its prefix without the slash).
  private func display(_ path: GlobPath) -> String {
    guard path.count == 0 else { return displayPrefix + path.string }
    return displayPrefix.isEmpty ? "." : displayPrefix == "/" ? "/" : String(displayPrefix.dropLast())
  }

  private func skip(_ display: String, _ reason: SkipReason, _ detail: String) {
    entries.append(.skipped(SkippedFile(path: display, reason: reason, detail: detail)))
  }

  private func skip(_ display: String, _ failure: InputFailure) {
    entries.append(.skipped(failure.skippedFile(path: display)))
  }
}
