import XBorderCore

/// Where personal data may go: the countries a policy permits, the conditional ones, the exceptions it
/// allows and the levels it gives destination findings.
public struct Policy: Sendable, Equatable {
  public var id: String
  public var name: String
  public var description: String
  public var references: [String]
  /// ISO 3166-1 alpha-2 codes where data may go without a transfer mechanism (groups expanded).
  public var permittedCountries: Set<String>
  /// Countries permitted only under a condition (code → the condition, in words).
  public var conditionalCountries: [String: String]
  /// Where the policy came from (`builtin:pipl` or a file path).
  public var origin: String
  /// Destinations allowed although outside (`allow:`), in file order.
  public var exceptions: [PolicyException] = []
  /// Levels of destination findings (`levels:`).
  public var levels = PolicyLevels()

  /// Whether `country` (ISO alpha-2) is permitted outright.
  public func permits(country: String) -> Bool { permittedCountries.contains(country.uppercased()) }

  /// How the policy treats one country.
  public enum Standing: Sendable, Equatable {
    case permitted
    /// Permitted only under the condition given.
    case conditional(String)
    case outside
  }

  public func standing(of country: String) -> Standing {
    let code = country.uppercased()
    if permittedCountries.contains(code) { return .permitted }
    if let condition = conditionalCountries[code] { return .conditional(condition) }
    return .outside
  }

  /// `the countries permitted by policy pipl (CN)`, or `the 44 countries permitted by policy gdpr`.
  public var permittedPhrase: String {
    let sorted = permittedCountries.sorted()
    guard sorted.count > 6 else { return "the countries permitted by policy \(id) (\(sorted.joined(separator: ", ")))" }
    return "the \(sorted.count) countries permitted by policy \(id)"
  }
}

/// Finds and decodes policies: a shipped preset by name, or a user's YAML file.
public enum PolicyLoader {
  /// Names of the shipped presets (`pipl`, `gdpr`).
  public static var presetNames: [String] {
    BuiltinFile.files(under: "rules/policies/").map { file in
      String(file.path.split(separator: "/").last ?? "").replacingOccurrences(of: ".yaml", with: "")
    }
  }

  /// Loads the preset called `name`.
  public static func preset(_ name: String) throws(XBorderError) -> Policy {
    guard let file = BuiltinFile.files(under: "rules/policies/").first(where: { $0.path.hasSuffix("/\(name).yaml") })
    else {
      throw XBorderError(
        .policy, "unknown policy '\(name)'",
        hint: "use a preset (\(presetNames.joined(separator: ", "))) or the path of a policy YAML file")
    }
    return try decode(file.text, origin: "builtin:\(name)")
  }

  /// Decodes a policy from YAML text; `origin` names it in messages. Groups, providers, services and
  /// regions named in the policy are checked against `catalog` (the shipped one by default).
  public static func decode(_ text: String, origin: String, catalog: DestinationCatalog? = nil) throws(XBorderError)
    -> Policy
  {
    let syntax = try YAMLFile.decode(
      PolicyFileSyntax.self, from: text, origin: origin, schema: PolicyFileSyntax.schema, kind: .policy,
      hint: "the policy format is documented in rules/policies/README.md (see rules/policies/pipl.yaml)")
    let resolvedCatalog = catalog ?? (try? DestinationCatalog.builtin.get())
    let checker = PolicyChecker(origin: origin, catalog: resolvedCatalog)
    return try checker.policy(from: syntax.policy)
  }
}
