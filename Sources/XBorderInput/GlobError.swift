/// Why a glob pattern could not be compiled.
public struct GlobError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public var pattern: String
  /// What is wrong with it.
  public var message: String

  /// `invalid glob 'pattern': message`.
  public var description: String { "invalid glob '\(pattern)': \(message)" }
}
