import XBorderCore

/// What a policy says about one resolved destination.
public struct Judgement: Sendable, Equatable {
  public enum Standing: Sendable, Equatable {
    /// Every country the destination may be in is permitted: not a finding.
    case permitted
    /// Permitted only under the policy's condition for that country.
    case conditional(String)
    /// No country it may be in is permitted.
    case outside
    /// Some readings are permitted, some are not (provider or region unknown).
    case mixed
    /// The country is unknown (a public IP address).
    case unknown
  }

  public var standing: Standing
  public var level: Level
  public var confidence: Confidence
  /// The policy rule the destination breaks, e.g. `pipl: permitted countries (CN)`.
  public var policyRule: String
  /// The exception that allows it, when one applies and has not expired.
  public var exception: PolicyException?
  /// An exception that would have applied but expired.
  public var expiredException: PolicyException?
  public var reasons: [String]
}

/// Applies a policy to resolutions: standing, level, confidence and exceptions. Pure; "today" is passed in.
public struct PolicyJudge: Sendable {
  public let policy: Policy
  public let today: ISODate

  public init(policy: Policy, today: ISODate) {
    self.policy = policy
    self.today = today
  }

  public func judge(_ resolution: Resolution) -> Judgement {
    let standing = self.standing(of: resolution)
    var judgement = Judgement(
      standing: standing, level: level(for: standing, resolution), confidence: confidence(for: standing, resolution),
      policyRule: rule(for: standing), exception: nil, expiredException: nil, reasons: [])
    guard standing != .permitted else {
      judgement.reasons = ["policy \(policy.id) permits \(resolution.countries.sorted().joined(separator: ", "))"]
      return judgement
    }
    let covering = policy.exceptions.filter { covers($0, resolution) }
    if let live = covering.first(where: { !$0.isExpired(on: today) }) {
      judgement.exception = live
      judgement.reasons = ["allowed by policy \(policy.id) \(live.label) (\(live.target))"]
    } else if let expired = covering.first {
      judgement.expiredException = expired
      judgement.reasons = [
        "policy \(policy.id) \(expired.label) (\(expired.target)) expired on \(expired.expires?.description ?? "?")"
      ]
    }
    return judgement
  }

  /// The standing of the union of every country the destination may be in.
  func standing(of resolution: Resolution) -> Judgement.Standing {
    let countries = resolution.countries
    guard !countries.isEmpty else { return .unknown }
    let standings = countries.sorted().map { policy.standing(of: $0) }
    if standings.allSatisfy({ $0 == .permitted }) { return .permitted }
    if standings.contains(.permitted) { return .mixed }
    var conditions: [String] = []
    for case .conditional(let condition) in standings where !conditions.contains(condition) {
      conditions.append(condition)
    }
    let allConditional = standings.allSatisfy { if case .conditional = $0 { true } else { false } }
    return allConditional ? .conditional(conditions.joined(separator: "; ")) : .outside
  }

  private func level(for standing: Judgement.Standing, _ resolution: Resolution) -> Level {
    let levels = policy.levels
    let level: Level
    switch standing {
    case .permitted, .outside:
      let countries = resolution.countries
      level = countries.count == 1 ? levels.countries[countries.first ?? ""] ?? levels.outside : levels.outside
    case .conditional: level = levels.conditional
    case .mixed: return levels.ambiguous
    case .unknown: return levels.unknownIP
    }
    // A reading that depends on a guessed provider is never reported above warning.
    return resolution.certainty == .ambiguous ? min(level, .warning) : level
  }

  private func confidence(for standing: Judgement.Standing, _ resolution: Resolution) -> Confidence {
    switch (standing, resolution.certainty) {
    case (.mixed, .ambiguous): .medium
    case (.mixed, _): .low
    case (_, .resolved): resolution.verified ? .high : .medium
    default: .medium
    }
  }

  private func rule(for standing: Judgement.Standing) -> String {
    let count = policy.permittedCountries.count
    let list = count > 6 ? "\(count) countries" : policy.permittedCountries.sorted().joined(separator: ", ")
    let permitted = "\(policy.id): permitted countries (\(list))"
    switch standing {
    case .conditional(let condition): return "\(policy.id): conditional country (\(condition))"
    case .mixed: return "\(permitted); the destination is not resolved to one country"
    case .unknown: return "\(permitted); the country of the address is unknown"
    case .permitted, .outside: return permitted
    }
  }

  /// Whether `exception` covers every reading of the destination that the policy does not permit.
  func covers(_ exception: PolicyException, _ resolution: Resolution) -> Bool {
    let isHost = resolution.kind != .regionSetting
    switch exception.target {
    case .host(let host): return isHost && resolution.destination == host
    case .hostPattern(let pattern): return isHost && pattern.matches(resolution.destination)
    case .service(let id): return resolution.serviceId == id
    case .provider(let provider, let region):
      let outside = resolution.placements.filter { placement in
        placement.countries.isEmpty || !placement.countries.allSatisfy { policy.standing(of: $0) == .permitted }
      }
      return !outside.isEmpty
        && outside.allSatisfy { placement in
          placement.provider == provider && (region == nil || placement.region == region)
        }
    }
  }
}
