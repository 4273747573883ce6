import XBorderCore

/// Everything destination resolution needs: country groups, cloud regions and SaaS endpoints.
public struct DestinationCatalog: Sendable, Equatable {
  public var groups: CountryGroups
  public var regions: RegionCatalog
  public var saas: SaaSCatalog

  public init(groups: CountryGroups, regions: RegionCatalog, saas: SaaSCatalog) {
    self.groups = groups
    self.regions = regions
    self.saas = saas
  }

  /// The catalogue shipped in the binary (`rules/regions/`, `rules/destinations/`), decoded once.
  public static let builtin: Result<DestinationCatalog, XBorderError> = Result { () throws(XBorderError) in
    try load(
      regionFiles: BuiltinFile.files(under: "rules/regions/").map { ("builtin:\($0.path)", $0.text) },
      destinationFiles: BuiltinFile.files(under: "rules/destinations/").map { ("builtin:\($0.path)", $0.text) })
  }

  /// Decodes catalogue files. Under `regionFiles`, a file whose name ends in `groups.yaml` holds the
  /// country groups; every other file is one provider.
  public static func load(
    regionFiles: [(origin: String, text: String)], destinationFiles: [(origin: String, text: String)]
  ) throws(XBorderError) -> DestinationCatalog {
    var groups = CountryGroups()
    for file in regionFiles where file.origin.hasSuffix("groups.yaml") {
      groups = try CountryGroups.decode(file.text, origin: file.origin)
    }
    let providers = regionFiles.filter { !$0.origin.hasSuffix("groups.yaml") }
    return DestinationCatalog(
      groups: groups, regions: try RegionCatalog.decode(providers, groups: groups),
      saas: try SaaSCatalog.decode(destinationFiles, groups: groups))
  }
}
