/// What an ignore file says about a path.
enum IgnoreVerdict: Sendable, Hashable {
  /// The last matching rule ignores the path.
  case ignored
  /// The last matching rule is a `!` rule: the path is kept.
  case included
}

/// The rules of one ignore file, applying to its own folder and everything below it.
struct IgnoreFile: Sendable, Hashable {
  /// Ignore files this size or larger are not read: a real one is a few kilobytes.
  static let maxSize = 4 * 1024 * 1024

  /// Number of path components between the walk root and the folder holding the file.
  var depth: Int
  /// Rules in file order; the last matching one decides.
  var rules: [IgnoreRule]

  /// Parses `contents` (the text of an ignore file in a folder `depth` components below the walk root).
  init(contents: String, depth: Int) {
    self.depth = depth
    // Swift reads "\r\n" as one Character, so CRLF files need the second test.
    self.rules = contents.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap {
      IgnoreRule(line: $0)
    }
  }

  /// The ignore file at `path`, or nil when it is missing, unreadable or has no rules.
  ///
  /// An unreadable ignore file is not reported here: the walker meets it as an ordinary file and
  /// reports it then.
  static func load(path: String, depth: Int) -> IgnoreFile? {
    guard case .success(var bytes) = FileReader.read(path: path, maxSize: maxSize) else { return nil }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let file = IgnoreFile(contents: String(decoding: bytes, as: UTF8.self), depth: depth)
    return file.rules.isEmpty ? nil : file
  }

  /// The verdict of the last rule matching `path` (components from the walk root), if any rule matches.
  func verdict(for path: GlobPath, isDirectory: Bool) -> IgnoreVerdict? {
    guard path.count > depth else { return nil }
    let local = path.scalars[depth...]
    for rule in rules.reversed() where rule.glob.matches(local, isDirectory: isDirectory) {
      return rule.isNegated ? .included : .ignored
    }
    return nil
  }
}
