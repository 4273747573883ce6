import XBorderCore

/// Every cloud provider's regions (`rules/regions/*.yaml`): region code → country, per provider.
///
/// Codes collide across providers (`ap-southeast-1` is Singapore at AWS and Alibaba but Hong Kong at
/// Huawei), so every lookup names the provider, or returns every provider that defines the code.
public struct RegionCatalog: Sendable, Equatable {
  /// Providers in file-name order.
  public let providers: [CloudProvider]
  private let byId: [String: Int]
  /// Host suffix → (provider index, suffix index), for the longest-suffix lookup.
  private let bySuffix: [String: (provider: Int, host: Int)]

  public init(providers: [CloudProvider]) {
    self.providers = providers
    var byId: [String: Int] = [:]
    var bySuffix: [String: (provider: Int, host: Int)] = [:]
    for (index, provider) in providers.enumerated() {
      byId[provider.id] = index
      for (hostIndex, host) in provider.hosts.enumerated() { bySuffix[host.suffix] = (index, hostIndex) }
    }
    self.byId = byId
    self.bySuffix = bySuffix
  }

  public static func == (lhs: RegionCatalog, rhs: RegionCatalog) -> Bool { lhs.providers == rhs.providers }

  public func provider(_ id: String) -> CloudProvider? { byId[id.lowercased()].map { providers[$0] } }

  /// Every region written `code` (any case, aliases included), one per provider that defines it.
  /// Multi-regions (`US`, `EU`) are left out unless `includeMultiRegions`.
  public func regions(coded code: String, includeMultiRegions: Bool = false) -> [CloudRegion] {
    providers.compactMap { provider in
      guard let region = provider.region(code), includeMultiRegions || !region.multiRegion else { return nil }
      return region
    }
  }

  /// The provider and host suffix that `host` (lower-case) ends with, longest suffix first.
  public func provider(forHost host: String) -> (provider: CloudProvider, suffix: HostSuffix)? {
    for candidate in [Substring(host)] + HostPattern.parents(of: host) {
      if let match = bySuffix[String(candidate)] {
        let provider = providers[match.provider]
        return (provider, provider.hosts[match.host])
      }
    }
    return nil
  }

  /// Decodes every provider file; `files` are (origin, text) in order. Provider ids must be unique.
  static func decode(_ files: [(origin: String, text: String)], groups: CountryGroups) throws(XBorderError)
    -> RegionCatalog
  {
    var providers: [CloudProvider] = []
    var origins: [String: String] = [:]
    for file in files {
      let provider = try CloudProvider.decode(file.text, origin: file.origin, groups: groups)
      if let first = origins.updateValue(file.origin, forKey: provider.id) {
        throw XBorderError(
          .config, "\(file.origin): provider id '\(provider.id)' is already defined in \(first)",
          hint: "provider ids must be unique; merge the files or rename one")
      }
      providers.append(provider)
    }
    return RegionCatalog(providers: providers)
  }
}
