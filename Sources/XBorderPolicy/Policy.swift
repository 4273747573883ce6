import XBorderCore
import Yams

/// Where personal data may go: the countries a policy permits, and the conditional ones.
public struct Policy: Sendable, Equatable {
  public var id: String
  public var name: String
  public var description: String
  public var references: [String]
  /// ISO 3166-1 alpha-2 codes where data may go without a transfer mechanism.
  public var permittedCountries: Set<String>
  /// Countries permitted only under a condition (code → the condition, in words).
  public var conditionalCountries: [String: String]
  /// Where the policy came from (`builtin:pipl` or a file path).
  public var origin: String

  /// Whether `country` (ISO alpha-2) is permitted outright.
  public func permits(country: String) -> Bool { permittedCountries.contains(country.uppercased()) }
}

/// The YAML shape of a policy file (`rules/policies/*.yaml`).
struct PolicyFileSyntax: Decodable {
  struct Body: Decodable {
    struct Permitted: Decodable { var countries: [String] }
    var id: String
    var name: String
    var description: String
    var references: [String]?
    var permitted: Permitted
    var conditional: [String: String]?
  }

  var policy: Body
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

  /// Decodes a policy from YAML text; `origin` names it in messages.
  public static func decode(_ text: String, origin: String) throws(XBorderError) -> Policy {
    let syntax: PolicyFileSyntax
    do {
      syntax = try YAMLDecoder().decode(PolicyFileSyntax.self, from: text)
    } catch {
      throw XBorderError(
        .policy, "\(origin): not a valid policy: \(error)",
        hint: "see rules/policies/pipl.yaml for the format (policy: id, name, description, permitted.countries)")
    }
    let body = syntax.policy
    let countries = body.permitted.countries.map { $0.uppercased() }
    if let bad = countries.first(where: { $0.count != 2 || !$0.allSatisfy(\.isLetter) }) {
      throw XBorderError(
        .policy, "\(origin): '\(bad)' is not an ISO 3166-1 alpha-2 country code", hint: "write codes like CN, DE, US")
    }
    return Policy(
      id: body.id, name: body.name, description: body.description, references: body.references ?? [],
      permittedCountries: Set(countries), conditionalCountries: body.conditional ?? [:], origin: origin)
  }
}
