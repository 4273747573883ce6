import XBorderCore
import XBorderPolicy

/// Builds the text of `xborder regions explain`: the resolution, its reasons, and each policy's verdict.
struct RegionExplainer {
  var catalog: DestinationCatalog
  var policies: [Policy]

  func explain(_ subject: String) -> String {
    let host = Self.host(in: subject)
    if let split = Self.providerRegion(subject), let provider = catalog.regions.provider(split.provider) {
      return explain(code: split.region, only: provider)
    }
    if host.contains(".") || IPAddress(host) != nil {
      switch HostResolver(catalog: catalog).resolve(host) {
      case .resolved(let resolution): return describe(resolution)
      case .notDestination(let reason): return "\(host): not a destination abroad (\(reason))\n"
      case .unknown:
        return "\(host): not in the region or SaaS catalogue; scans do not report unknown hosts "
          + "(an unknown host is not evidence of a foreign destination)\n"
      }
    }
    return explain(code: subject, only: nil)
  }

  private func explain(code: String, only provider: CloudProvider?) -> String {
    let resolver = RegionSettingResolver(catalog: catalog)
    var regions = resolver.candidates(code)
    if let provider { regions = regions.filter { $0.provider == provider.id } }
    guard !regions.isEmpty else {
      let scope = provider.map { "\($0.name) has no region" } ?? "no catalogued provider defines the region code"
      return "\(code): \(scope) '\(code)'\n"
    }
    var text = "\(code): region code defined by \(regions.count) provider(s)\n"
    let rows = regions.map { region in
      [
        "  " + (catalog.regions.provider(region.provider)?.name ?? region.provider), region.code, region.country,
        region.city ?? "", region.name ?? "", region.verified ? "" : "(not verified)",
      ]
    }
    text += TextTable.render(header: ["  PROVIDER", "REGION", "COUNTRY", "CITY", "NAME", ""], rows: rows)
    if regions.count > 1 {
      text +=
        "A bare '\(code)' in a file resolves by the provider the file names (a key such as AWS_REGION, a\n"
        + "Terraform provider block, a parent key or section, a neighbouring host, the path); without one it is\n"
        + "reported as ambiguous, at a lower level.\n"
    }
    let resolution = provider.map { resolver.resolve(code, provider: $0.id) } ?? resolver.resolve(code)
    return text + (resolution.map(verdicts) ?? "")
  }

  private func describe(_ resolution: Resolution) -> String {
    var lines = ["\(resolution.destination)", "  kind:     \(resolution.kind.rawValue)"]
    if let service = resolution.serviceName { lines.append("  service:  \(service)") }
    for placement in resolution.placements {
      if let name = placement.providerName { lines.append("  provider: \(name) (\(placement.provider ?? ""))") }
      let region = placement.region.map { $0 + (placement.regionIsDefault ? " (endpoint default)" : "") }
      if region != nil || resolution.kind == .cloudHost { lines.append("  region:   \(region ?? "not in the host")") }
      let country =
        placement.country
        ?? (placement.countries.isEmpty ? "unknown" : "one of " + placement.countries.joined(separator: ", "))
      lines.append("  country:  \(country)")
      if let city = placement.city { lines.append("  city:     \(city)") }
    }
    return lines.joined(separator: "\n") + "\n" + verdicts(resolution)
  }

  private func verdicts(_ resolution: Resolution) -> String {
    var text = "  how:\n" + resolution.reasons.map { "    - \($0)\n" }.joined()
    for policy in policies {
      let classifier = DestinationClassifier(
        mode: .anyHost, catalog: catalog, policy: policy, today: StandardClassifiers.today())
      switch classifier.classify(resolution, commentedOut: false) {
      case .drop(let reason):
        text += "  policy \(policy.id): permitted (\(reason))\n"
      case .keep(let classification):
        let level = classification.level?.rawValue ?? "?"
        let confidence = classification.confidence?.rawValue ?? "?"
        let suppressed = classification.suppression == nil ? "" : ", suppressed"
        text +=
          "  policy \(policy.id): \(level) (\(confidence) confidence\(suppressed)): \(classification.message ?? "")\n"
      }
    }
    return text
  }

  /// The host of a URL (`scheme://user@host:port/path`), or the subject itself.
  static func host(in subject: String) -> String {
    guard let scheme = subject.firstRange(of: "://") else { return subject.lowercased() }
    var rest = subject[scheme.upperBound...]
    if let end = rest.firstIndex(where: { "/?#".contains($0) }) { rest = rest[..<end] }
    if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") { return String(rest[...close]).lowercased() }
    if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
    return rest.lowercased()
  }

  /// `huawei:ap-southeast-1` → (huawei, ap-southeast-1).
  static func providerRegion(_ subject: String) -> (provider: String, region: String)? {
    let parts = subject.split(separator: ":", maxSplits: 1)
    guard parts.count == 2, !subject.contains("//"), !parts[0].contains(".") else { return nil }
    return (String(parts[0]), String(parts[1]))
  }
}
