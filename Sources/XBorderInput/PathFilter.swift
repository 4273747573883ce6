import XBorderCore

/// The `--include` and `--exclude` globs, compiled once.
struct PathFilter: Sendable {
  private let includes: [Glob]
  private let excludes: [Glob]

  /// Compiles the globs; a malformed one is a usage error naming it.
  init(include: [String], exclude: [String]) throws(XBorderError) {
    includes = try Self.compile(include, option: "include")
    excludes = try Self.compile(exclude, option: "exclude")
  }

  private static func compile(_ patterns: [String], option: String) throws(XBorderError) -> [Glob] {
    var globs: [Glob] = []
    for pattern in patterns {
      do {
        globs.append(try Glob(pattern))
      } catch {
        throw XBorderError(
          .usage, "--\(option): \(error)",
          hint: "use gitignore glob syntax, e.g. '*.csv', 'src/**' or 'build/'; escape a literal '[' as '\\['")
      }
    }
    return globs
  }

  /// Whether an exclude glob matches `path` itself.
  func isExcluded(_ path: GlobPath, isDirectory: Bool) -> Bool {
    excludes.contains { $0.matches(path, isDirectory: isDirectory) }
  }

  /// Whether the file at `path` passes the include globs: no globs, or one matches the file or a
  /// directory containing it (so `src` or `src/` include everything below `src`).
  func isIncluded(file path: GlobPath) -> Bool {
    guard !includes.isEmpty else { return true }
    let scalars = path.scalars
    for glob in includes {
      if glob.matches(scalars[...], isDirectory: false) { return true }
      for length in stride(from: scalars.count - 1, to: 0, by: -1)
      where glob.matches(scalars[..<length], isDirectory: true) {
        return true
      }
    }
    return false
  }
}
