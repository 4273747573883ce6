/// Where a destination may be: one provider region, a SaaS endpoint, or a whole cloud partition when
/// the region is not known.
public struct Placement: Sendable, Equatable {
  /// Provider id (`aws`); nil for a SaaS endpoint or an IP address.
  public var provider: String?
  public var providerName: String?
  /// Region code; nil when the host does not carry one.
  public var region: String?
  public var city: String?
  /// ISO code, group name (`EU`), `A|B` for several, or nil when unknown.
  public var country: String?
  /// Every ISO code the data may be in; empty when unknown (an IP address).
  public var countries: [String]
  /// True when the region is the endpoint's default, not proven by the host.
  public var regionIsDefault: Bool = false
  public var verified: Bool = true

  public init(
    provider: String? = nil, providerName: String? = nil, region: String? = nil, city: String? = nil,
    country: String?, countries: [String], regionIsDefault: Bool = false, verified: Bool = true
  ) {
    self.provider = provider
    self.providerName = providerName
    self.region = region
    self.city = city
    self.country = country
    self.countries = countries
    self.regionIsDefault = regionIsDefault
    self.verified = verified
  }

  init(_ region: CloudRegion, providerName: String, isDefault: Bool = false, verified: Bool = true) {
    self.init(
      provider: region.provider, providerName: providerName, region: region.code, city: region.city,
      country: region.country, countries: region.countries, regionIsDefault: isDefault,
      verified: verified && region.verified)
  }

  /// `Amazon Web Services us-east-1 (US, N. Virginia)`, for messages.
  public var summary: String {
    var parts: [String] = []
    if let providerName { parts.append(providerName) }
    if let region { parts.append(region) }
    let place = [country ?? "country unknown", city].compactMap { $0 }.joined(separator: ", ")
    return (parts.isEmpty ? "" : parts.joined(separator: " ") + " ") + "(\(place))"
  }
}

/// How a host or a region setting resolves, and why.
public struct Resolution: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case cloudHost = "cloud host"
    case saasHost = "SaaS host"
    case regionSetting = "region setting"
    case ipAddress = "IP address"
  }

  /// How sure the resolution is of the provider and region, before the policy is applied.
  public enum Certainty: Int, Sendable, Comparable {
    /// Several providers define the code and the file does not say which one is meant.
    case ambiguous = 0
    /// The region is not in the host (or only the endpoint's default), or inferred from weak evidence.
    case partial = 1
    /// Host, key, block or the only provider defining the code says so.
    case resolved = 2

    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public var kind: Kind
  /// The host, IP address or region code as found (normalized).
  public var destination: String
  /// SaaS service id and name, for SaaS hosts.
  public var serviceId: String?
  public var serviceName: String?
  /// One placement when resolved; one per candidate provider when ambiguous.
  public var placements: [Placement]
  public var certainty: Certainty
  /// How it was resolved, step by step.
  public var reasons: [String]

  public init(
    kind: Kind, destination: String, serviceId: String? = nil, serviceName: String? = nil, placements: [Placement],
    certainty: Certainty, reasons: [String]
  ) {
    self.kind = kind
    self.destination = destination
    self.serviceId = serviceId
    self.serviceName = serviceName
    self.placements = placements
    self.certainty = certainty
    self.reasons = reasons
  }

  /// Every country the destination may be in (empty when unknown).
  public var countries: Set<String> { Set(placements.flatMap(\.countries)) }

  /// Whether every placement is confirmed by catalogue data.
  public var verified: Bool { placements.allSatisfy(\.verified) }
}

/// What a host is, when it is not a destination the catalogue knows.
public enum HostOutcome: Sendable, Equatable {
  case resolved(Resolution)
  /// Not a destination abroad (loopback, private address); the reason says why.
  case notDestination(String)
  /// A name the catalogues do not know: not evidence of a foreign destination.
  case unknown
}
