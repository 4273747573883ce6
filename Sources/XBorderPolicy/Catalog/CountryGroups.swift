import XBorderCore

/// Named sets of countries (`EU`, `EEA`) from `rules/regions/groups.yaml`, usable wherever a country
/// is written: in catalogues (a vendor's "EU" residency) and in policies (`permitted.groups`).
public struct CountryGroups: Sendable, Equatable {
  public struct Group: Sendable, Equatable {
    public var name: String
    public var countries: [String]
  }

  /// Group code (upper-case) → group.
  public var groups: [String: Group]

  public init(groups: [String: Group] = [:]) { self.groups = groups }

  /// The ISO codes `code` stands for: the group's members, or the code itself when it is a country.
  public func expand(_ code: String) -> [String] { groups[code]?.countries ?? [code] }

  /// Whether `code` is a country code or a known group.
  public func isKnown(_ code: String) -> Bool { groups[code] != nil || YAMLFile.isCountryCode(code) }

  struct Syntax: Decodable {
    struct Entry: Decodable {
      var name: String
      var countries: [String]
    }
    var groups: [String: Entry]
  }

  static let schema = YAMLFile.Schema.map(["groups": .freeMap(.map(["name": .leaf, "countries": .leaf]))])

  /// Decodes a groups file; every member must be an ISO 3166-1 alpha-2 code.
  static func decode(_ text: String, origin: String) throws(XBorderError) -> CountryGroups {
    let syntax = try YAMLFile.decode(
      Syntax.self, from: text, origin: origin, schema: schema, kind: .config,
      hint: "see rules/regions/README.md (country groups)")
    var groups: [String: Group] = [:]
    for (code, entry) in syntax.groups {
      if let bad = entry.countries.first(where: { !YAMLFile.isCountryCode($0) }) {
        throw XBorderError(
          .config, "\(origin): group \(code): '\(bad)' is not an ISO 3166-1 alpha-2 code",
          hint: "write upper-case codes like DE, FR")
      }
      groups[code.uppercased()] = Group(name: entry.name, countries: entry.countries)
    }
    return CountryGroups(groups: groups)
  }
}
