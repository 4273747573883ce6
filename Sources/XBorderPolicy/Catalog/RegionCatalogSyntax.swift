import XBorderCore

/// The YAML shape of a provider file under `rules/regions/` (documented in rules/regions/README.md).
struct ProviderFileSyntax: Decodable {
  struct Info: Decodable {
    var id: String
    var name: String
    var source: String?
    var hints: [String]?
    var terraform: [String]?
    var partitions: [String: String]
  }

  struct Host: Decodable {
    var suffix: String
    var partitions: [String]
    var verified: Bool?
  }

  struct Fixed: Decodable {
    var host: String?
    var hostPattern: String?
    var region: String
    var `default`: Bool?
    var verified: Bool?
    var note: String?
    enum CodingKeys: String, CodingKey {
      case host, region, `default`, verified, note
      case hostPattern = "host_pattern"
    }
  }

  struct Region: Decodable {
    var code: String
    var country: String
    var city: String?
    var name: String?
    var partition: String?
    var verified: Bool?
    var aliases: [String]?
    var multiRegion: Bool?
    enum CodingKeys: String, CodingKey {
      case code, country, city, name, partition, verified, aliases
      case multiRegion = "multi_region"
    }
  }

  var provider: Info
  var hosts: [Host]
  var regionLabels: [String]
  var fixedHosts: [Fixed]?
  var regions: [Region]

  enum CodingKeys: String, CodingKey {
    case provider, hosts, regions
    case regionLabels = "region_labels"
    case fixedHosts = "fixed_hosts"
  }

  static let schema = YAMLFile.Schema.map([
    "provider": .map([
      "id": .leaf, "name": .leaf, "source": .leaf, "hints": .leaf, "terraform": .leaf, "partitions": .leaf,
    ]),
    "hosts": .list(.map(["suffix": .leaf, "partitions": .leaf, "verified": .leaf])),
    "region_labels": .leaf,
    "fixed_hosts": .list(
      .map([
        "host": .leaf, "host_pattern": .leaf, "region": .leaf, "default": .leaf, "verified": .leaf, "note": .leaf,
      ])),
    "regions": .list(
      .map([
        "code": .leaf, "country": .leaf, "city": .leaf, "name": .leaf, "partition": .leaf, "verified": .leaf,
        "aliases": .leaf, "multi_region": .leaf,
      ])),
  ])
}

extension CloudProvider {
  static let formatHint = "the provider file format is documented in rules/regions/README.md"

  /// Decodes and checks one provider file: partitions exist, countries are codes or groups, codes unique.
  static func decode(_ text: String, origin: String, groups: CountryGroups) throws(XBorderError) -> CloudProvider {
    let syntax = try YAMLFile.decode(
      ProviderFileSyntax.self, from: text, origin: origin, schema: ProviderFileSyntax.schema, kind: .config,
      hint: formatHint)
    let info = syntax.provider
    let at = "\(origin): provider \(info.id)"
    guard let defaultPartition = info.partitions.keys.sorted().first else {
      throw XBorderError(.config, "\(at): no partitions", hint: "add at least one entry under provider.partitions")
    }
    let partitions = Set(info.partitions.keys)
    var provider = CloudProvider(
      id: info.id, name: info.name, source: info.source, hints: (info.hints ?? []).map { $0.lowercased() },
      terraform: info.terraform ?? [], partitions: info.partitions, hosts: [], regionLabels: [], fixedHosts: [],
      regions: [], index: [:])
    provider.hosts = try syntax.hosts.map { (host) throws(XBorderError) in
      try checkPartitions(host.partitions, known: partitions, at: "\(at): host \(host.suffix)")
      guard HostPattern.isHostName(host.suffix.lowercased()) else {
        throw XBorderError(.config, "\(at): '\(host.suffix)' is not a host suffix", hint: formatHint)
      }
      return HostSuffix(suffix: host.suffix.lowercased(), partitions: host.partitions, verified: host.verified ?? true)
    }
    provider.regionLabels = try syntax.regionLabels.map { (form) throws(XBorderError) in
      guard let parsed = RegionLabelForm(form) else {
        throw XBorderError(.config, "\(at): region label '\(form)' has no {region}", hint: formatHint)
      }
      return parsed
    }
    for region in syntax.regions {
      try provider.add(region, defaultPartition: defaultPartition, partitions: partitions, groups: groups, at: at)
    }
    provider.fixedHosts =
      try syntax.fixedHosts.map { (list) throws(XBorderError) in
        try list.map { (fixed) throws(XBorderError) in try provider.fixedHost(fixed, at: at) }
      } ?? []
    return provider
  }

  private mutating func add(
    _ syntax: ProviderFileSyntax.Region, defaultPartition: String, partitions: Set<String>, groups: CountryGroups,
    at: String
  ) throws(XBorderError) {
    let partition = syntax.partition ?? (partitions.contains(id) ? id : defaultPartition)
    try CloudProvider.checkPartitions([partition], known: partitions, at: "\(at): region \(syntax.code)")
    guard groups.isKnown(syntax.country) else {
      throw XBorderError(
        .config, "\(at): region \(syntax.code): '\(syntax.country)' is neither an ISO 3166-1 alpha-2 code nor a group",
        hint: "write codes like US, DE, or a group from rules/regions/groups.yaml")
    }
    let region = CloudRegion(
      provider: id, code: syntax.code, country: syntax.country, countries: groups.expand(syntax.country),
      city: syntax.city, name: syntax.name, partition: partition, verified: syntax.verified ?? true,
      aliases: syntax.aliases ?? [], multiRegion: syntax.multiRegion ?? false)
    for spelling in [region.code] + region.aliases {
      let key = CloudProvider.normalize(spelling)
      if let existing = index[key] {
        throw XBorderError(
          .config, "\(at): '\(spelling)' is defined twice (also by region \(regions[existing].code))",
          hint: "each code and alias must be unique within a provider")
      }
      index[key] = regions.count
    }
    regions.append(region)
  }

  private func fixedHost(_ syntax: ProviderFileSyntax.Fixed, at: String) throws(XBorderError) -> FixedHost {
    let written = syntax.host ?? syntax.hostPattern.map { $0 } ?? ""
    guard (syntax.host == nil) != (syntax.hostPattern == nil), let pattern = HostPattern(written),
      pattern.isWildcard == (syntax.hostPattern != nil)
    else {
      throw XBorderError(
        .config, "\(at): fixed_hosts entry '\(written)' needs exactly one of host (a name) or host_pattern (*.suffix)",
        hint: CloudProvider.formatHint)
    }
    guard region(syntax.region) != nil else {
      throw XBorderError(
        .config, "\(at): fixed host \(written) names unknown region '\(syntax.region)'", hint: CloudProvider.formatHint)
    }
    return FixedHost(
      pattern: pattern, region: syntax.region, isDefault: syntax.default ?? false, verified: syntax.verified ?? true,
      note: syntax.note)
  }

  private static func checkPartitions(_ names: [String], known: Set<String>, at: String) throws(XBorderError) {
    guard let bad = names.first(where: { !known.contains($0) }) else { return }
    throw XBorderError(
      .config, "\(at): unknown partition '\(bad)'",
      hint: "declare it under provider.partitions (known: \(known.sorted().joined(separator: ", ")))")
  }
}
