import XBorderCore

/// The rules of one scan: every pack decoded and compiled, ids unique, disabled rules left out.
public struct RuleCatalog: Sendable {
  /// A rule-pack file's text and where it came from (used in every message).
  public struct Source: Sendable {
    public var origin: String
    public var text: String
    public init(origin: String, text: String) {
      self.origin = origin
      self.text = text
    }
  }

  /// Enabled rules, sorted by id.
  public let rules: [CompiledRule]
  /// Ids that were disabled and existed.
  public let disabled: [String]

  /// Decodes and compiles every pack. Throws on the first problem; an unknown disabled id is an error
  /// too, so a typo in a config cannot silently leave a rule running.
  public static func load(_ sources: [Source], disabling disabledIds: Set<String> = []) throws(XBorderError)
    -> RuleCatalog
  {
    var compiled: [CompiledRule] = []
    var origins: [String: String] = [:]
    var packOrigins: [String: String] = [:]
    for source in sources {
      let pack = try RulePackDecoder.decode(source.text, origin: source.origin)
      try RuleCompiler.checkPackId(pack.pack.id, origin: source.origin)
      if let first = packOrigins.updateValue(source.origin, forKey: pack.pack.id) {
        throw XBorderError(
          .ruleCompile, "\(source.origin): pack id '\(pack.pack.id)' is already used by \(first)",
          hint: "pack ids must be unique; rename one of the packs")
      }
      for rule in pack.rules {
        if let first = origins[rule.id] {
          throw XBorderError(
            .ruleCompile, "\(source.origin): rule '\(rule.id)' is already defined in \(first)",
            hint: "rule ids must be unique across all packs; rename one of them")
        }
        origins[rule.id] = source.origin
        compiled.append(try RuleCompiler.compile(rule, origin: source.origin))
      }
    }
    let unknown = disabledIds.subtracting(origins.keys).sorted()
    guard unknown.isEmpty else {
      throw XBorderError(
        .config, "cannot disable unknown rule id(s): \(unknown.joined(separator: ", "))",
        hint: "run 'xborder rules list' to see the ids")
    }
    let enabled = compiled.filter { !disabledIds.contains($0.id) }.sorted { $0.id < $1.id }
    return RuleCatalog(rules: enabled, disabled: disabledIds.sorted())
  }

  /// Throws when an enabled rule names a classifier that is not in `available`.
  public func checkClassifiers(available: Set<String>) throws(XBorderError) {
    for rule in rules {
      guard let name = rule.classifier, !available.contains(name) else { continue }
      throw XBorderError(
        .ruleCompile, "\(rule.descriptor.origin): rule '\(rule.id)' names unknown classifier '\(name)'",
        hint: "known classifiers: \(available.sorted().joined(separator: ", "))")
    }
  }
}
