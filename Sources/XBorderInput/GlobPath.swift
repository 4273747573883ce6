/// A relative path split into components once, so many globs can match it cheaply.
public struct GlobPath: Sendable, Hashable {
  /// The components, e.g. `["src", "main.swift"]`.
  public let components: [String]
  /// The same components as scalar arrays, the form the matcher indexes into.
  let scalars: [[Unicode.Scalar]]

  /// Splits a `/`-separated relative path; empty components (`a//b`, a leading `/`) are dropped.
  public init(_ relativePath: String) {
    let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    self.init(components: parts)
  }

  /// A path from its components.
  public init(components: [String]) {
    self.components = components
    self.scalars = components.map { Array($0.unicodeScalars) }
  }

  private init(components: [String], scalars: [[Unicode.Scalar]]) {
    self.components = components
    self.scalars = scalars
  }

  /// The path with one more component.
  public func appending(_ name: String) -> GlobPath {
    GlobPath(components: components + [name], scalars: scalars + [Array(name.unicodeScalars)])
  }

  /// Number of components.
  public var count: Int { components.count }

  /// The components joined with `/`.
  public var string: String { components.joined(separator: "/") }
}
