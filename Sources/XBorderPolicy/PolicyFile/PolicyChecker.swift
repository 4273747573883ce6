import XBorderCore

/// Turns a decoded policy file into a `Policy`, with one clear error per mistake: the file, the key and
/// how to fix it.
struct PolicyChecker {
  var origin: String
  var catalog: DestinationCatalog?

  private var groups: CountryGroups { catalog?.groups ?? CountryGroups() }

  func policy(from body: PolicyFileSyntax.Body) throws(XBorderError) -> Policy {
    var permitted = Set<String>()
    for code in body.permitted.countries ?? [] {
      permitted.insert(try country(code, at: "policy.permitted.countries"))
    }
    for name in body.permitted.groups ?? [] {
      guard let group = groups.groups[name.uppercased()] else {
        throw error(
          "policy.permitted.groups: unknown group '\(name)'",
          hint: "known groups: \(groups.groups.keys.sorted().joined(separator: ", ")) (rules/regions/groups.yaml)")
      }
      permitted.formUnion(group.countries)
    }
    guard !permitted.isEmpty else {
      throw error(
        "policy.permitted: no countries",
        hint: "list ISO codes under permitted.countries or names under permitted.groups")
    }
    var conditional: [String: String] = [:]
    for (code, condition) in body.conditional ?? [:] {
      conditional[try country(code, at: "policy.conditional")] = condition
    }
    var policy = Policy(
      id: body.id, name: body.name, description: body.description, references: body.references ?? [],
      permittedCountries: permitted, conditionalCountries: conditional, origin: origin)
    policy.exceptions = try (body.allow ?? []).enumerated().map { (entry) throws(XBorderError) in
      try exception(entry.element, index: entry.offset)
    }
    policy.levels = try levels(body.levels)
    return policy
  }

  private func country(_ code: String, at key: String) throws(XBorderError) -> String {
    let upper = code.uppercased()
    guard YAMLFile.isCountryCode(upper) else {
      throw error("\(key): '\(code)' is not an ISO 3166-1 alpha-2 country code", hint: "write codes like CN, DE, US")
    }
    return upper
  }

  private func exception(_ allow: PolicyFileSyntax.Allow, index: Int) throws(XBorderError) -> PolicyException {
    let key = "policy.allow[\(index)]"
    guard let justification = allow.justification?.trimmingCharacters(in: .whitespacesAndNewlines),
      !justification.isEmpty
    else {
      throw error(
        "\(key): missing 'justification'",
        hint: "say why the transfer is lawful, e.g. 'CAC standard contract filed 2025-03-01, no. …'")
    }
    var expires: ISODate?
    if let text = allow.expires {
      guard let date = ISODate(text) else {
        throw error("\(key).expires: '\(text)' is not a date", hint: "write the last valid day as YYYY-MM-DD")
      }
      expires = date
    }
    return PolicyException(
      index: index, target: try target(allow, key: key), justification: justification, expires: expires)
  }

  private func target(_ allow: PolicyFileSyntax.Allow, key: String) throws(XBorderError) -> PolicyException.Target {
    let given = [allow.host, allow.hostPattern, allow.provider, allow.service].compactMap { $0 }
    guard given.count == 1 else {
      throw error(
        "\(key): give exactly one of host, host_pattern, provider (with an optional region) or service",
        hint: "e.g. 'host: api.mixpanel.com', 'host_pattern: \"*.ingest.sentry.io\"', "
          + "'provider: huawei' + 'region: ap-southeast-1', 'service: stripe'")
    }
    if allow.region != nil && allow.provider == nil {
      throw error("\(key).region: a region needs a provider", hint: "add 'provider: aws' (or alibaba, tencent, …)")
    }
    if let host = allow.host {
      guard let pattern = HostPattern(host), !pattern.isWildcard else {
        throw error("\(key).host: '\(host)' is not a host name", hint: "use host_pattern for '*.example.com'")
      }
      return .host(pattern.host)
    }
    if let text = allow.hostPattern {
      guard let pattern = HostPattern(text) else {
        throw error(
          "\(key).host_pattern: '\(text)' is not a host or *.suffix pattern", hint: "e.g. '*.ingest.sentry.io'")
      }
      return .hostPattern(pattern)
    }
    if let service = allow.service { return try serviceTarget(service, key: key) }
    return try providerTarget(allow.provider ?? "", region: allow.region, key: key)
  }

  private func serviceTarget(_ service: String, key: String) throws(XBorderError) -> PolicyException.Target {
    if let catalog, !catalog.saas.serviceIds.contains(service) {
      throw error(
        "\(key).service: unknown service '\(service)'",
        hint: "known services: \(catalog.saas.serviceIds.joined(separator: ", "))")
    }
    return .service(service)
  }

  private func providerTarget(_ id: String, region: String?, key: String) throws(XBorderError)
    -> PolicyException.Target
  {
    guard let catalog else { return .provider(id.lowercased(), region: region) }
    guard let provider = catalog.regions.provider(id) else {
      throw error(
        "\(key).provider: unknown provider '\(id)'",
        hint: "known providers: \(catalog.regions.providers.map(\.id).joined(separator: ", "))")
    }
    guard let region else { return .provider(provider.id, region: nil) }
    guard let known = provider.region(region) else {
      throw error(
        "\(key).region: \(provider.id) has no region '\(region)'",
        hint: "run 'xborder regions list --provider \(provider.id)' to see its regions")
    }
    return .provider(provider.id, region: known.code)
  }

  private func levels(_ syntax: PolicyFileSyntax.Levels?) throws(XBorderError) -> PolicyLevels {
    var levels = PolicyLevels()
    guard let syntax else { return levels }
    func parse(_ text: String?, _ key: String, default value: Level) throws(XBorderError) -> Level {
      guard let text else { return value }
      guard let level = Level(rawValue: text) else {
        throw error("policy.levels.\(key): '\(text)' is not a level", hint: "use error, warning or note")
      }
      return level
    }
    levels.outside = try parse(syntax.outside, "outside", default: levels.outside)
    levels.conditional = try parse(syntax.conditional, "conditional", default: levels.conditional)
    levels.ambiguous = try parse(syntax.ambiguous, "ambiguous", default: levels.ambiguous)
    levels.unknownIP = try parse(syntax.unknownIP, "unknown_ip", default: levels.unknownIP)
    for (code, text) in syntax.countries ?? [:] {
      let country = try country(code, at: "policy.levels.countries")
      levels.countries[country] = try parse(text, "countries.\(code)", default: levels.outside)
    }
    return levels
  }

  private func error(_ message: String, hint: String) -> XBorderError {
    XBorderError(.policy, "\(origin): \(message)", hint: hint)
  }
}
