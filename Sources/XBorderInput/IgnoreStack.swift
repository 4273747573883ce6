/// The ignore files in force at one point of the walk, outermost first.
struct IgnoreStack: Sendable {
  private var files: [IgnoreFile] = []

  /// Adds a file found in the folder being entered; returns whether one was added.
  @discardableResult
  mutating func push(_ file: IgnoreFile?) -> Bool {
    guard let file else { return false }
    files.append(file)
    return true
  }

  /// Removes the `count` most recently pushed files when leaving their folder.
  mutating func pop(_ count: Int) {
    files.removeLast(count)
  }

  /// Whether `path` is ignored: deeper files override shallower ones, later rules earlier ones.
  func isIgnored(_ path: GlobPath, isDirectory: Bool) -> Bool {
    for file in files.reversed() {
      if let verdict = file.verdict(for: path, isDirectory: isDirectory) { return verdict == .ignored }
    }
    return false
  }
}
