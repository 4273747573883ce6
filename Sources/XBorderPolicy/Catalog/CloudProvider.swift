/// One region of one cloud provider: where data stored there physically is.
public struct CloudRegion: Sendable, Equatable {
  /// Provider id (`aws`, `alibaba`, …).
  public var provider: String
  /// The region code as the provider writes it (`ap-southeast-1`, `westeurope`).
  public var code: String
  /// ISO 3166-1 alpha-2 code, or a group name such as `EU` for a multi-region.
  public var country: String
  /// Every ISO code the region may be in (one, or a group's members).
  public var countries: [String]
  public var city: String?
  public var name: String?
  /// The partition (separate cloud) the region belongs to: `aws-cn`, `azure-china`, …
  public var partition: String
  /// False when the catalogue row is not confirmed by the provider's own data; resolves at lower confidence.
  public var verified: Bool
  /// Other spellings that mean this region (legacy codes).
  public var aliases: [String]
  /// A multi-region (GCP `US`, `EU`): matched only when the provider is known from the file.
  public var multiRegion: Bool
}

/// A DNS suffix that identifies a provider and the partitions its hosts belong to.
public struct HostSuffix: Sendable, Equatable {
  public var suffix: String
  public var partitions: [String]
  public var verified: Bool
}

/// How a host label carries a region: `{region}`, `oss-{region}`, `{region}-*` (prefix of the label),
/// `*-{region}` (end of the label).
public struct RegionLabelForm: Sendable, Equatable {
  public var prefix: String
  public var suffix: String
  /// `{region}-*`: the region is followed by `-` and anything.
  public var openEnd: Bool
  /// `*-{region}`: the region is preceded by anything and `-`.
  public var openStart: Bool

  /// Parses a form; nil when it has no `{region}`.
  init?(_ text: String) {
    guard let marker = text.firstRange(of: "{region}") else { return nil }
    var prefix = String(text[..<marker.lowerBound])
    var suffix = String(text[marker.upperBound...])
    openStart = prefix == "*-"
    openEnd = suffix == "-*"
    if openStart { prefix = "" }
    if openEnd { suffix = "" }
    self.prefix = prefix
    self.suffix = suffix
  }

  /// Region codes `label` may carry under this form, longest first.
  func candidates(in label: Substring) -> [Substring] {
    guard label.hasPrefix(prefix), label.hasSuffix(suffix), label.count > prefix.count + suffix.count else { return [] }
    let core = label.dropFirst(prefix.count).dropLast(suffix.count)
    if openEnd {
      return core.indices.filter { core[$0] == "-" }.reversed().map { core[..<$0] }
    }
    if openStart {
      return core.indices.filter { core[$0] == "-" }.map { core[core.index(after: $0)...] }
    }
    return [core]
  }
}

/// A host whose region is known although its name does not carry it (`dashscope.aliyuncs.com` is
/// Beijing), or a default (`s3.amazonaws.com` signs as us-east-1).
public struct FixedHost: Sendable, Equatable {
  public var pattern: HostPattern
  public var region: String
  /// True when the region is only the endpoint's default; the data may be elsewhere.
  public var isDefault: Bool
  public var verified: Bool
  public var note: String?
}

/// A cloud provider: its regions, its host suffixes and how it is recognised in files.
public struct CloudProvider: Sendable, Equatable {
  public var id: String
  public var name: String
  public var source: String?
  /// Lower-case words in key names, block names, sections and paths that point at this provider.
  public var hints: [String]
  /// Terraform provider names (`provider "alicloud"`, resources `alicloud_*`).
  public var terraform: [String]
  /// Partition id → description.
  public var partitions: [String: String]
  public var hosts: [HostSuffix]
  public var regionLabels: [RegionLabelForm]
  public var fixedHosts: [FixedHost]
  public var regions: [CloudRegion]
  /// Normalized code or alias → index into `regions`.
  var index: [String: Int]

  /// The region written `code` (any case, spaces ignored, aliases included), optionally only in `partitions`.
  public func region(_ code: some StringProtocol, in partitions: [String]? = nil) -> CloudRegion? {
    guard let position = index[CloudProvider.normalize(code)] else { return nil }
    let region = regions[position]
    if let partitions, !partitions.contains(region.partition) { return nil }
    return region
  }

  /// Regions of the given partitions (multi-regions left out): where a host without a region may be.
  public func regions(in partitions: [String]) -> [CloudRegion] {
    regions.filter { partitions.contains($0.partition) && !$0.multiRegion }
  }

  /// Lower-case with spaces removed, so Azure display names (`West Europe`) match codes (`westeurope`).
  static func normalize(_ code: some StringProtocol) -> String {
    String(code.lowercased().filter { $0 != " " })
  }
}
