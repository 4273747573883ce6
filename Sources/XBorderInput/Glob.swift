/// A gitignore-style glob, compiled once, matched against `/`-separated relative paths.
///
/// Syntax (as in `.gitignore`, without `!` and comments, which belong to ignore files):
/// `*` and `?` never cross a `/`; `[abc]`, `[a-z]`, `[!a]`, `[^a]` and `[[:digit:]]` match one
/// character; `\` escapes the next one. A leading `**/` matches in any directory, a trailing `/**`
/// everything inside, and `/**/` zero or more directories; `**` elsewhere acts like `*`.
/// A pattern with a `/` at the start or in the middle is anchored (matched from the first component);
/// otherwise it matches the last component at any depth. A trailing `/` matches only directories.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
  /// One path component's worth of pattern.
  enum Segment: Sendable, Hashable {
    /// `**`: zero or more components (one or more when last).
    case anyComponents
    /// Compared as a whole string.
    case literal([Unicode.Scalar])
    /// Contains wildcards.
    case wildcard([GlobToken])
  }

  /// The pattern as written.
  public let pattern: String
  /// Whether the pattern is matched from the first component rather than at any depth.
  public let isAnchored: Bool
  /// Whether the pattern ended in `/` and so matches only directories.
  public let matchesDirectoriesOnly: Bool
  let segments: [Segment]

  /// Compiles `pattern`; throws `GlobError` when it is empty or malformed (e.g. an unclosed `[`).
  public init(_ pattern: String) throws(GlobError) {
    var tokens = try GlobParser.tokenize(pattern)
    var directoriesOnly = false
    while tokens.last == .separator {
      tokens.removeLast()
      directoriesOnly = true
    }
    let anchored = tokens.contains(.separator)
    let parts = tokens.split(separator: .separator, omittingEmptySubsequences: true)
    guard !parts.isEmpty else { throw GlobError(pattern: pattern, message: "the pattern matches no path") }
    var segments: [Segment] = anchored ? [] : [.anyComponents]
    for part in parts {
      let segment = Self.segment(Array(part))
      if segment == .anyComponents, segments.last == .anyComponents { continue }
      segments.append(segment)
    }
    self.pattern = pattern
    self.isAnchored = anchored
    self.matchesDirectoriesOnly = directoriesOnly
    self.segments = segments
  }

  private static func segment(_ tokens: [GlobToken]) -> Segment {
    if tokens == [.star, .star] { return .anyComponents }
    var literal: [Unicode.Scalar] = []
    for token in tokens {
      guard case .literal(let scalar) = token else { return .wildcard(tokens) }
      literal.append(scalar)
    }
    return .literal(literal)
  }

  /// The pattern as written.
  public var description: String { pattern }

  /// Whether the relative path `path` (`/`-separated) matches.
  public func matches(_ path: String, isDirectory: Bool = false) -> Bool {
    matches(GlobPath(path), isDirectory: isDirectory)
  }

  /// Whether the pre-split `path` matches.
  public func matches(_ path: GlobPath, isDirectory: Bool) -> Bool {
    matches(path.scalars[...], isDirectory: isDirectory)
  }

  /// Whether the components `path` match; the walker passes slices relative to an ignore file's folder.
  func matches(_ path: ArraySlice<[Unicode.Scalar]>, isDirectory: Bool) -> Bool {
    guard isDirectory || !matchesDirectoriesOnly, !path.isEmpty else { return false }
    return Self.match(segments[...], path)
  }

  private static func match(_ pattern: ArraySlice<Segment>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
    var pattern = pattern
    var path = path
    while let segment = pattern.first {
      pattern = pattern.dropFirst()
      if segment == .anyComponents {
        // Trailing `/**` needs something inside; elsewhere `**` may match no component at all.
        if pattern.isEmpty { return !path.isEmpty }
        while !path.isEmpty {
          if match(pattern, path) { return true }
          path = path.dropFirst()
        }
        return false
      }
      guard let component = path.first, matches(segment, component) else { return false }
      path = path.dropFirst()
    }
    return path.isEmpty
  }

  private static func matches(_ segment: Segment, _ component: [Unicode.Scalar]) -> Bool {
    switch segment {
    case .anyComponents: true
    case .literal(let literal): literal == component
    case .wildcard(let tokens): WildcardMatcher.matches(tokens, component)
    }
  }
}
