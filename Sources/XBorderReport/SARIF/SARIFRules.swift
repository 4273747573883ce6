import XBorderCore

/// Builds `driver.rules` and the id → index table that results use for `ruleIndex`.
struct SARIFRuleTable {
  /// The descriptors, in the order `ruleIndex` refers to.
  let rules: [SARIFRule]
  private let indexById: [String: Int]

  /// Every rule of the report, sorted by id, then a stand-in for any rule id that findings use but
  /// the report does not describe, so every result still has a `ruleIndex`.
  init(report: ScanReport) {
    var descriptors = report.rules.sorted { $0.id < $1.id }
    var known = Set(descriptors.map(\.id))
    for finding in report.findings where known.insert(finding.ruleId).inserted {
      descriptors.append(Self.standIn(for: finding, in: report.findings))
    }
    rules = descriptors.map(Self.sarifRule)
    var table: [String: Int] = [:]
    for (index, rule) in rules.enumerated() where table[rule.id] == nil { table[rule.id] = index }
    indexById = table
  }

  /// The position of rule `id` in `rules`.
  func index(of id: String) -> Int? { indexById[id] }

  /// The short name of rule `id`, or the id itself.
  func displayName(of id: String) -> String {
    guard let index = indexById[id] else { return id }
    return rules[index].shortDescription.text
  }

  /// A minimal descriptor for a rule known only from its findings: level is the highest seen.
  private static func standIn(for finding: Finding, in findings: [Finding]) -> RuleDescriptor {
    let level = findings.filter { $0.ruleId == finding.ruleId }.map(\.level).max() ?? finding.level
    let severity: Double = level == .error ? 7.5 : level == .warning ? 5.0 : 2.0
    return RuleDescriptor(
      id: finding.ruleId, name: finding.ruleId, entity: finding.entity, level: level,
      description: "Findings of rule \(finding.ruleId); the report carries no description of this rule.",
      help: "See the rule pack that defines `\(finding.ruleId)`.", tags: [], securitySeverity: severity,
      origin: "unknown")
  }

  private static func sarifRule(_ rule: RuleDescriptor) -> SARIFRule {
    SARIFRule(
      id: rule.id, name: pascalCase(rule.name.isEmpty ? rule.id : rule.name),
      shortDescription: SARIFText(text: rule.name.isEmpty ? rule.id : rule.name),
      fullDescription: SARIFText(text: rule.description.isEmpty ? rule.name : rule.description),
      help: help(rule), defaultConfiguration: SARIFConfiguration(level: rule.level.rawValue),
      properties: SARIFRuleProperties(
        tags: tags(rule), precision: precision(rule), securitySeverity: Severity.text(rule.securitySeverity),
        entity: rule.entity.rawValue, origin: rule.origin))
  }

  private static func help(_ rule: RuleDescriptor) -> SARIFHelp {
    let text = [rule.description, rule.help].filter { !$0.isEmpty }.joined(separator: "\n\n")
    let markdown = [
      "**\(rule.name)** — entity `\(rule.entity.rawValue)`, rule `\(rule.id)`", rule.description, rule.help,
    ].filter { !$0.isEmpty }.joined(separator: "\n\n")
    return SARIFHelp(text: text.isEmpty ? rule.id : text, markdown: markdown)
  }

  /// GitHub shows at most 10 tags and rejects more than 20, so ours come first and duplicates go.
  static let maximumTags = 20

  static func tags(_ rule: RuleDescriptor) -> [String] {
    var seen = Set<String>()
    let all = ["security", "privacy", rule.entity.rawValue] + rule.tags
    return Array(all.filter { !$0.isEmpty && seen.insert($0).inserted }.prefix(maximumTags))
  }

  /// Entities whose rules check a checksum or a strict structure, so matches are rarely wrong.
  private static let checkedEntities: Set<Entity> = [
    .cnResidentId, .paymentCard, .iban, .cnUscc, .hkId, .twId, .email,
  ]

  /// GitHub's `precision`: a `precision:<value>` tag wins; else `high` for checksum-validated
  /// entities and `medium` for the rest (the descriptor carries no validator list).
  static func precision(_ rule: RuleDescriptor) -> String {
    let allowed: Set<String> = ["very-high", "high", "medium", "low"]
    for tag in rule.tags where tag.hasPrefix("precision:") {
      let value = String(tag.dropFirst("precision:".count))
      if allowed.contains(value) { return value }
    }
    return checkedEntities.contains(rule.entity) ? "high" : "medium"
  }

  /// `PRC resident ID number` → `PRCResidentIDNumber`: SARIF wants rule names identifier-like.
  static func pascalCase(_ text: String) -> String {
    let words = text.split { !($0.isLetter || $0.isNumber) }
    let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    return joined.isEmpty ? "Rule" : joined
  }
}
