#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lexical path arithmetic: absolute paths, `.`/`..` folding, display prefixes. Never touches the disk,
/// so symlinks in the middle of a path are kept as written.
enum PathResolver {
  /// `path` made absolute against `base` with `.`, `..` and repeated `/` folded away.
  static func absolute(_ path: String, relativeTo base: String) -> String {
    let joined = path.hasPrefix("/") ? path : base + "/" + path
    var components: [Substring] = []
    for component in joined.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// `child` appended to the absolute directory `directory`.
  static func join(_ directory: String, _ child: String) -> String {
    directory == "/" ? "/" + child : directory + "/" + child
  }

  /// The directory holding `path` (`/` for top-level entries).
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  /// The last component of `path`.
  static func name(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// What to put before a path inside `directory` so it reads relative to `base`: `""` when they are
  /// the same, `sub/dir/` when `directory` is inside `base`, else the absolute `directory/`.
  static func displayPrefix(of directory: String, relativeTo base: String) -> String {
    if directory == base { return "" }
    let baseWithSlash = base == "/" ? "/" : base + "/"
    if directory.hasPrefix(baseWithSlash) { return String(directory.dropFirst(baseWithSlash.count)) + "/" }
    return directory == "/" ? "/" : directory + "/"
  }

  /// The process's current directory, or `/` if it cannot be determined (e.g. it was deleted).
  static func currentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "/" }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
