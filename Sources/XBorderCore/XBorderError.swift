/// A user-facing problem that stops the tool (exit code 2): what went wrong, where, and how to fix it.
public struct XBorderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem it is; decides nothing but helps tests and messages.
  public enum Kind: String, Sendable {
    case ruleSyntax, ruleCompile, config, policy, io, usage
  }

  public var kind: Kind
  /// What went wrong and where (file, rule id, offset).
  public var message: String
  /// How to fix it.
  public var hint: String?

  public init(_ kind: Kind, _ message: String, hint: String? = nil) {
    self.kind = kind
    self.message = message
    self.hint = hint
  }

  public var description: String {
    guard let hint else { return message }
    return "\(message)\n  hint: \(hint)"
  }
}
