import XBorderCore

/// A destination a policy allows although it is outside the permitted countries (e.g. a standard
/// contract signed with a Hong Kong processor). Findings it covers are reported as suppressed, with the
/// justification, until the exception expires.
public struct PolicyException: Sendable, Equatable {
  /// What the exception covers.
  public enum Target: Sendable, Equatable, CustomStringConvertible {
    /// One host, exactly.
    case host(String)
    /// `*.suffix`: every subdomain.
    case hostPattern(HostPattern)
    /// A cloud provider, or one of its regions.
    case provider(String, region: String?)
    /// A SaaS service of the catalogue, by id (`sentry`, `stripe`).
    case service(String)

    public var description: String {
      switch self {
      case .host(let host): "host \(host)"
      case .hostPattern(let pattern): "host pattern \(pattern)"
      case .provider(let provider, let region?): "\(provider) region \(region)"
      case .provider(let provider, nil): "every region of \(provider)"
      case .service(let service): "service \(service)"
      }
    }
  }

  /// Position in the policy's `allow` list; names the exception in reports (`allow[0]`).
  public var index: Int
  public var target: Target
  /// Why the transfer is acceptable (contract, filing number, exemption). Required.
  public var justification: String
  /// Last day the exception applies; nil for no expiry.
  public var expires: ISODate?

  public init(index: Int, target: Target, justification: String, expires: ISODate? = nil) {
    self.index = index
    self.target = target
    self.justification = justification
    self.expires = expires
  }

  /// `allow[0]`.
  public var label: String { "allow[\(index)]" }

  /// True after the expiry day (the exception still applies on the day itself).
  public func isExpired(on today: ISODate) -> Bool { expires.map { today > $0 } ?? false }
}

/// The levels a policy gives destination findings. Every field has a default.
public struct PolicyLevels: Sendable, Equatable {
  /// A destination outside the permitted countries.
  public var outside: Level = .error
  /// A destination in a conditional country (e.g. the US under `gdpr`: only for DPF-certified recipients).
  public var conditional: Level = .warning
  /// A destination that may or may not be permitted (provider or region not known).
  public var ambiguous: Level = .note
  /// A public IP address whose country is unknown.
  public var unknownIP: Level = .note
  /// Per-country levels for destinations outside (ISO code → level), overriding `outside`.
  public var countries: [String: Level] = [:]

  public init() {}
}
