import XBorderCore

/// Turns a resolution and its judgement into a finding's message and properties.
struct DestinationReport {
  var resolution: Resolution
  var judgement: Judgement
  var policy: Policy
  var commentedOut: Bool

  /// `Destination api.mixpanel.com (Mixpanel, US) is outside the countries permitted by policy pipl (CN)`.
  var message: String {
    var text = "\(subject) \(verdict)"
    if let exception = judgement.exception {
      let until = exception.expires.map { " until \($0)" } ?? ""
      text += "; allowed by policy \(policy.id) \(exception.label)\(until): \(exception.justification)"
    } else if let expired = judgement.expiredException {
      text += "; policy exception \(expired.label) expired on \(expired.expires?.description ?? "?")"
    }
    if commentedOut { text += " (on a commented-out line)" }
    return text
  }

  private var subject: String {
    let placements = resolution.placements
    switch resolution.kind {
    case .ipAddress:
      return "Destination \(resolution.destination) (public IP address, country unknown)"
    case .saasHost:
      let name = resolution.serviceName ?? "SaaS"
      return "Destination \(resolution.destination) (\(name), \(placements.first?.country ?? "country unknown"))"
    case .cloudHost:
      return "Destination \(resolution.destination) (\(placements.first.map(describe) ?? "cloud"))"
    case .regionSetting where placements.count > 1:
      let list = placements.map { "\($0.providerName ?? $0.provider ?? "?") → \($0.country ?? "?")" }
      return "Region \(resolution.destination) (provider not inferred: \(list.joined(separator: ", ")))"
    case .regionSetting:
      return "Region \(resolution.destination) (\(placements.first.map(describe) ?? "?"))"
    }
  }

  private func describe(_ placement: Placement) -> String {
    var parts = [placement.providerName ?? placement.provider ?? "cloud"]
    switch (placement.region, placement.regionIsDefault) {
    case (let region?, true): parts.append("default region \(region)")
    case (let region?, false) where resolution.kind == .cloudHost: parts.append(region)
    case (nil, _): parts.append("region not in the host")
    default: break
    }
    if let country = placement.country, placement.region != nil { parts.append(country) }
    if let city = placement.city, placement.region != nil, !placement.regionIsDefault { parts.append(city) }
    return parts.joined(separator: ", ")
  }

  private var verdict: String {
    let permitted = policy.permittedPhrase
    switch judgement.standing {
    case .permitted: return "is permitted by policy \(policy.id)"
    case .outside where resolution.certainty == .ambiguous: return "is outside \(permitted) under every reading"
    case .outside: return "is outside \(permitted)"
    case .conditional(let condition): return "is permitted by policy \(policy.id) only on condition: \(condition)"
    case .mixed where resolution.certainty == .ambiguous:
      return "may be outside \(permitted): name the provider to decide"
    case .mixed: return "may be outside \(permitted): its region is not in the host"
    case .unknown: return "may be outside \(permitted): its country is unknown"
    }
  }

  /// `country`, `region`, `provider`, `destination`, `policy`, `policy_rule`, and what else is known.
  var properties: [String: String] {
    let placements = resolution.placements
    var properties: [String: String] = [
      "destination": resolution.destination, "policy": policy.id, "policy_rule": judgement.policyRule,
      "resolution": resolution.kind.rawValue, "country": country,
    ]
    let providers = distinct(placements.compactMap(\.provider))
    if !providers.isEmpty { properties["provider"] = providers.joined(separator: "|") }
    if let region = distinct(placements.compactMap(\.region)).first { properties["region"] = region }
    if placements.count == 1, let city = placements[0].city { properties["city"] = city }
    if let service = resolution.serviceName { properties["service"] = service }
    if placements.count > 1 {
      properties["candidates"] = placements.map { "\($0.provider ?? "?"):\($0.region ?? "?")=\($0.country ?? "?")" }
        .joined(separator: ", ")
    }
    if placements.count == 1, placements[0].regionIsDefault { properties["region_is_default"] = "true" }
    if !resolution.verified { properties["verified"] = "false" }
    if let exception = judgement.exception { properties["exception"] = exception.label }
    if let expired = judgement.expiredException { properties["exception_expired"] = expired.label }
    if commentedOut { properties["commented_out"] = "true" }
    return properties
  }

  /// One country, `A|B` for several readings, or `unknown`.
  private var country: String {
    let placements = resolution.placements
    if placements.count == 1 { return placements[0].country ?? "unknown" }
    let countries = distinct(placements.compactMap(\.country)).sorted()
    return countries.isEmpty ? "unknown" : countries.joined(separator: "|")
  }

  private func distinct(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
