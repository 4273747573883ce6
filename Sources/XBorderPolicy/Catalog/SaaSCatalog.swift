import XBorderCore

/// A SaaS vendor's endpoint: host patterns and where data sent there is processed.
public struct SaaSEndpoint: Sendable, Equatable {
  public var serviceId: String
  public var serviceName: String
  public var category: String
  public var hosts: [HostPattern]
  /// ISO code or group (`EU`) as written.
  public var country: String
  /// Every ISO code the endpoint may process in.
  public var countries: [String]
  /// The cloud region when the vendor documents it (Amazon SP-API: `us-east-1`).
  public var region: String?
  public var note: String?
  public var verified: Bool
  public var source: String?
}

/// Foreign SaaS endpoints (`rules/destinations/*.yaml`), looked up by host: exact hosts first, then the
/// longest matching `*.suffix`.
public struct SaaSCatalog: Sendable, Equatable {
  public let endpoints: [SaaSEndpoint]
  private let exact: [String: Int]
  private let wildcard: [String: Int]

  public init(endpoints: [SaaSEndpoint]) {
    self.endpoints = endpoints
    var exact: [String: Int] = [:]
    var wildcard: [String: Int] = [:]
    for (index, endpoint) in endpoints.enumerated() {
      for pattern in endpoint.hosts {
        if pattern.isWildcard { wildcard[pattern.host] = index } else { exact[pattern.host] = index }
      }
    }
    self.exact = exact
    self.wildcard = wildcard
  }

  public static func == (lhs: SaaSCatalog, rhs: SaaSCatalog) -> Bool { lhs.endpoints == rhs.endpoints }

  /// The endpoint `host` (lower-case) belongs to, with the pattern that matched.
  public func endpoint(forHost host: String) -> (endpoint: SaaSEndpoint, pattern: HostPattern)? {
    if let index = exact[host] {
      return (endpoints[index], endpoints[index].hosts.first { $0.matches(host) } ?? endpoints[index].hosts[0])
    }
    for parent in HostPattern.parents(of: host) {
      guard let index = wildcard[String(parent)] else { continue }
      let pattern = endpoints[index].hosts.first { $0.isWildcard && $0.host == parent } ?? endpoints[index].hosts[0]
      return (endpoints[index], pattern)
    }
    return nil
  }

  /// Distinct service ids, in file order.
  public var serviceIds: [String] {
    var seen = Set<String>()
    return endpoints.map(\.serviceId).filter { seen.insert($0).inserted }
  }
}
