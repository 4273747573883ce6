/// The YAML shape of a policy file (`rules/policies/*.yaml`, documented in rules/policies/README.md).
struct PolicyFileSyntax: Decodable {
  struct Body: Decodable {
    struct Permitted: Decodable {
      var countries: [String]?
      var groups: [String]?
    }

    var id: String
    var name: String
    var description: String
    var references: [String]?
    var permitted: Permitted
    var conditional: [String: String]?
    var allow: [Allow]?
    var levels: Levels?
  }

  struct Allow: Decodable {
    var host: String?
    var hostPattern: String?
    var provider: String?
    var region: String?
    var service: String?
    var justification: String?
    var expires: String?

    enum CodingKeys: String, CodingKey {
      case host, provider, region, service, justification, expires
      case hostPattern = "host_pattern"
    }
  }

  struct Levels: Decodable {
    var outside: String?
    var conditional: String?
    var ambiguous: String?
    var unknownIP: String?
    var countries: [String: String]?

    enum CodingKeys: String, CodingKey {
      case outside, conditional, ambiguous, countries
      case unknownIP = "unknown_ip"
    }
  }

  var policy: Body

  static let schema = YAMLFile.Schema.map([
    "policy": .map([
      "id": .leaf, "name": .leaf, "description": .leaf, "references": .leaf,
      "permitted": .map(["countries": .leaf, "groups": .leaf]),
      "conditional": .leaf,
      "allow": .list(
        .map([
          "host": .leaf, "host_pattern": .leaf, "provider": .leaf, "region": .leaf, "service": .leaf,
          "justification": .leaf, "expires": .leaf,
        ])),
      "levels": .map([
        "outside": .leaf, "conditional": .leaf, "ambiguous": .leaf, "unknown_ip": .leaf, "countries": .leaf,
      ]),
    ])
  ])
}
