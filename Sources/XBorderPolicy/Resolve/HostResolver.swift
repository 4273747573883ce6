/// Resolves a host name or IP literal to a provider region or SaaS endpoint, reading the region from the
/// host where the provider puts it there.
public struct HostResolver: Sendable {
  public let catalog: DestinationCatalog
  /// The user's IP-to-country table (`--ip-regions`), if any.
  public let ipCountries: IPCountryTable?

  public init(catalog: DestinationCatalog, ipCountries: IPCountryTable? = nil) {
    self.catalog = catalog
    self.ipCountries = ipCountries
  }

  /// Resolves `host` (any case, a trailing dot and IPv6 brackets allowed).
  public func resolve(_ host: String) -> HostOutcome {
    var name = host.lowercased()
    while name.hasSuffix(".") { name.removeLast() }
    if let address = IPAddress(name) { return resolve(address) }
    guard name.contains(".") else { return .notDestination("a single-label name (local or internal host)") }
    if name == "localhost" || name.hasSuffix(".localhost") { return .notDestination("loopback name") }
    if let match = catalog.saas.endpoint(forHost: name) { return .resolved(saas(match.endpoint, match.pattern, name)) }
    if let match = catalog.regions.provider(forHost: name) {
      return .resolved(cloud(name, provider: match.provider, suffix: match.suffix))
    }
    return .unknown
  }

  private func resolve(_ address: IPAddress) -> HostOutcome {
    if let reason = address.nonPublicReason { return .notDestination(reason) }
    if let table = ipCountries, let (country, cidr) = table.country(of: address) {
      return .resolved(
        Resolution(
          kind: .ipAddress, destination: address.description,
          placements: [Placement(country: country, countries: [country])], certainty: .resolved,
          reasons: ["public IP address in \(cidr), which \(table.origin) places in \(country)"]))
    }
    let placement = Placement(country: nil, countries: [])
    return .resolved(
      Resolution(
        kind: .ipAddress, destination: address.description, placements: [placement], certainty: .partial,
        reasons: ["public IP address; its country is unknown (no IP-to-country data is loaded)"]))
  }

  private func saas(_ endpoint: SaaSEndpoint, _ pattern: HostPattern, _ host: String) -> Resolution {
    let placement = Placement(
      region: endpoint.region, country: endpoint.country, countries: endpoint.countries,
      verified: endpoint.verified)
    var reasons = ["host matches \(pattern) of \(endpoint.serviceName) (\(endpoint.category))"]
    reasons.append("\(endpoint.note.map { "\($0): " } ?? "")processed in \(endpoint.country)")
    if !endpoint.verified { reasons.append("the vendor's processing location is not verified in the catalogue") }
    return Resolution(
      kind: .saasHost, destination: host, serviceId: endpoint.serviceId, serviceName: endpoint.serviceName,
      placements: [placement], certainty: .resolved, reasons: reasons)
  }

  private func cloud(_ host: String, provider: CloudProvider, suffix: HostSuffix) -> Resolution {
    var reasons = ["host ends with \(suffix.suffix) (\(provider.name))"]
    if !suffix.verified { reasons.append("the host form is not verified in the catalogue") }
    let labels = host.dropLast(suffix.suffix.count).split(separator: ".")
    for label in labels.reversed() {
      for form in provider.regionLabels {
        for code in form.candidates(in: label) {
          guard let region = provider.region(code, in: suffix.partitions) else { continue }
          reasons.append("region \(region.code) read from the host label '\(label)'")
          return Resolution(
            kind: .cloudHost, destination: host,
            placements: [Placement(region, providerName: provider.name, verified: suffix.verified)],
            certainty: .resolved, reasons: reasons)
        }
      }
    }
    if let fixed = provider.fixedHosts.first(where: { $0.pattern.matches(host) }),
      let region = provider.region(fixed.region)
    {
      reasons.append("\(fixed.note ?? "known endpoint") → \(region.code)")
      let placement = Placement(
        region, providerName: provider.name, isDefault: fixed.isDefault, verified: fixed.verified)
      return Resolution(
        kind: .cloudHost, destination: host, placements: [placement], certainty: fixed.isDefault ? .partial : .resolved,
        reasons: reasons)
    }
    return scope(host, provider: provider, suffix: suffix, reasons: reasons)
  }

  /// A provider host without a region: it may be in any region of its partitions.
  private func scope(_ host: String, provider: CloudProvider, suffix: HostSuffix, reasons: [String]) -> Resolution {
    var countries: [String] = []
    for code in provider.regions(in: suffix.partitions).flatMap(\.countries) where !countries.contains(code) {
      countries.append(code)
    }
    let partitions = suffix.partitions.map { provider.partitions[$0] ?? $0 }.joined(separator: "; ")
    let label = countries.count == 1 ? countries[0] : nil
    let placement = Placement(
      provider: provider.id, providerName: provider.name, country: label, countries: countries.sorted(),
      verified: suffix.verified)
    return Resolution(
      kind: .cloudHost, destination: host, placements: [placement], certainty: .partial,
      reasons: reasons + ["no region in the host: it may be in any region of \(partitions)"])
  }
}
