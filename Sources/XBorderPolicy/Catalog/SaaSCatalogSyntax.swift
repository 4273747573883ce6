import XBorderCore

/// The YAML shape of a file under `rules/destinations/` (documented in rules/regions/README.md).
struct SaaSFileSyntax: Decodable {
  struct Service: Decodable {
    var id: String
    var name: String
    var verified: Bool?
    var source: String?
    var endpoints: [Endpoint]
  }

  struct Endpoint: Decodable {
    var hosts: [String]
    var country: String?
    var countries: [String]?
    var region: String?
    var note: String?
  }

  var category: String
  var services: [Service]

  static let schema = YAMLFile.Schema.map([
    "category": .leaf,
    "services": .list(
      .map([
        "id": .leaf, "name": .leaf, "verified": .leaf, "source": .leaf,
        "endpoints": .list(
          .map(["hosts": .leaf, "country": .leaf, "countries": .leaf, "region": .leaf, "note": .leaf])),
      ])),
  ])
}

extension SaaSCatalog {
  static let formatHint = "the SaaS catalogue format is documented in rules/regions/README.md"

  /// Decodes every destinations file. A host pattern may appear only once across all files.
  static func decode(_ files: [(origin: String, text: String)], groups: CountryGroups) throws(XBorderError)
    -> SaaSCatalog
  {
    var endpoints: [SaaSEndpoint] = []
    var owners: [String: String] = [:]
    for file in files {
      let syntax = try YAMLFile.decode(
        SaaSFileSyntax.self, from: file.text, origin: file.origin, schema: SaaSFileSyntax.schema, kind: .config,
        hint: formatHint)
      for service in syntax.services {
        for (number, endpoint) in service.endpoints.enumerated() {
          let at = "\(file.origin): service \(service.id) endpoints[\(number)]"
          let decoded = try decode(endpoint, of: service, category: syntax.category, groups: groups, at: at)
          for pattern in decoded.hosts {
            if let owner = owners.updateValue(service.id, forKey: pattern.description) {
              throw XBorderError(
                .config, "\(at): host '\(pattern)' is already listed for \(owner)",
                hint: "list each host or pattern once")
            }
          }
          endpoints.append(decoded)
        }
      }
    }
    return SaaSCatalog(endpoints: endpoints)
  }

  private static func decode(
    _ endpoint: SaaSFileSyntax.Endpoint, of service: SaaSFileSyntax.Service, category: String, groups: CountryGroups,
    at: String
  ) throws(XBorderError) -> SaaSEndpoint {
    let hosts = try endpoint.hosts.map { (text) throws(XBorderError) in
      guard let pattern = HostPattern(text) else {
        throw XBorderError(.config, "\(at): '\(text)' is not a host or *.suffix pattern", hint: formatHint)
      }
      return pattern
    }
    let written: [String]
    switch (endpoint.country, endpoint.countries) {
    case (let country?, nil): written = [country]
    case (nil, let countries?) where !countries.isEmpty: written = countries
    default:
      throw XBorderError(.config, "\(at): give exactly one of country or countries", hint: formatHint)
    }
    if let bad = written.first(where: { !groups.isKnown($0) }) {
      throw XBorderError(
        .config, "\(at): '\(bad)' is neither an ISO 3166-1 alpha-2 code nor a group", hint: "write codes like US, DE")
    }
    var countries: [String] = []
    for code in written.flatMap(groups.expand) where !countries.contains(code) { countries.append(code) }
    return SaaSEndpoint(
      serviceId: service.id, serviceName: service.name, category: category, hosts: hosts,
      country: written.joined(separator: "|"), countries: countries, region: endpoint.region, note: endpoint.note,
      verified: service.verified ?? true, source: service.source)
  }
}
