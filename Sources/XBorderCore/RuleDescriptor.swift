/// What reports need to know about a rule: identity, wording and default level. No patterns.
public struct RuleDescriptor: Codable, Sendable, Hashable {
  /// Stable dotted id, e.g. `pii.cn.resident-id`.
  public var id: String
  /// Short human name.
  public var name: String
  public var entity: Entity
  /// Default level of the rule's findings.
  public var level: Level
  /// One-paragraph description: what the rule finds.
  public var description: String
  /// Why it matters, which law or standard, how to fix (Markdown).
  public var help: String
  /// Free tags (e.g. `pii`, `pipl`); reporters add their own.
  public var tags: [String]
  /// GitHub code scanning severity score, 0.0–10.0.
  public var securitySeverity: Double
  /// The rule-pack file the rule came from (`builtin:…` for shipped packs).
  public var origin: String

  public init(
    id: String, name: String, entity: Entity, level: Level, description: String, help: String,
    tags: [String], securitySeverity: Double, origin: String
  ) {
    self.id = id
    self.name = name
    self.entity = entity
    self.level = level
    self.description = description
    self.help = help
    self.tags = tags
    self.securitySeverity = securitySeverity
    self.origin = origin
  }
}
