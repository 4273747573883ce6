/// Resolves a bare region code found in a setting (`region: ap-southeast-1`, `AWS_REGION=…`,
/// `location = "West Europe"`) to a provider region, inferring the provider from the file.
///
/// The same code means different places at different providers, so the code alone is not enough:
/// the provider comes from clues (see `ProviderEvidence`), the first clue naming a provider that defines
/// the code wins. Without one, a code only one provider defines resolves to it at lower certainty; a code
/// several providers define stays ambiguous and lists every candidate.
public struct RegionSettingResolver: Sendable {
  public let catalog: DestinationCatalog
  private let evidence: ProviderEvidence

  public init(catalog: DestinationCatalog) {
    self.catalog = catalog
    self.evidence = ProviderEvidence(regions: catalog.regions)
  }

  /// Nil when no provider defines `value` (it is not a region code).
  public func resolve(_ value: String, context: SettingContext = SettingContext()) -> Resolution? {
    let code = value.trimmingCharacters(in: .whitespaces)
    let withMulti = catalog.regions.regions(coded: code, includeMultiRegions: true)
    guard !withMulti.isEmpty else { return nil }
    let definers = withMulti.filter { !$0.multiRegion }
    var notes: [String] = []
    let clue = evidence.firstClue(in: context) { clue in
      withMulti.contains { $0.provider == clue.provider }
    } rejected: { clue in
      let name = catalog.regions.provider(clue.provider)?.name ?? clue.provider
      let note = "\(clue.source) points at \(name), which has no region \(code)"
      if !notes.contains(note) { notes.append(note) }
    }
    if let clue, let region = withMulti.first(where: { $0.provider == clue.provider }) {
      let reason = "provider \(providerName(region)) inferred from \(clue.source)"
      return single(region, code: code, certainty: clue.strong ? .resolved : .partial, reasons: notes + [reason])
    }
    switch definers.count {
    case 0:
      return nil
    case 1:
      let reason =
        "only \(providerName(definers[0])) defines the region code \(code); nothing in the file names the provider"
      return single(definers[0], code: code, certainty: .partial, reasons: notes + [reason])
    default:
      return ambiguous(definers, code: code, notes: notes)
    }
  }

  /// `code` at the provider `providerId`, as a user names it (`huawei:ap-southeast-1`); nil when that
  /// provider has no such region.
  public func resolve(_ code: String, provider providerId: String) -> Resolution? {
    guard let region = catalog.regions.provider(providerId)?.region(code) else { return nil }
    return single(region, code: code, certainty: .resolved, reasons: ["provider \(providerName(region)) given"])
  }

  /// Every provider region written `code`, for `regions explain`.
  public func candidates(_ code: String) -> [CloudRegion] {
    catalog.regions.regions(coded: code, includeMultiRegions: true)
  }

  private func single(_ region: CloudRegion, code: String, certainty: Resolution.Certainty, reasons: [String])
    -> Resolution
  {
    let placement = Placement(region, providerName: providerName(region))
    let place = [region.country, region.city].compactMap { $0 }.joined(separator: ", ")
    return Resolution(
      kind: .regionSetting, destination: region.code, placements: [placement], certainty: certainty,
      reasons: reasons + ["\(providerName(region)) region \(region.code) is in \(place)"])
  }

  private func ambiguous(_ regions: [CloudRegion], code: String, notes: [String]) -> Resolution {
    let list = regions.map { "\(providerName($0)) → \($0.country)" }.joined(separator: ", ")
    let reason =
      "the provider could not be inferred (no provider key, block, section or host nearby); "
      + "\(regions.count) providers define \(code): \(list)"
    return Resolution(
      kind: .regionSetting, destination: code.lowercased(),
      placements: regions.map { Placement($0, providerName: providerName($0)) }, certainty: .ambiguous,
      reasons: notes + [reason])
  }

  private func providerName(_ region: CloudRegion) -> String {
    catalog.regions.provider(region.provider)?.name ?? region.provider
  }
}
