import Foundation
import XBorderCore
import XBorderPolicy

/// `xborder regions list` and `xborder regions explain`, as plain functions the CLI prints.
public enum RegionsReport {
  /// The region catalogue as a table, optionally of one provider.
  public static func list(provider: String?) throws(XBorderError) -> String {
    let catalog = try DestinationCatalog.builtin.get()
    var providers = catalog.regions.providers
    if let provider {
      guard let found = catalog.regions.provider(provider) else {
        throw XBorderError(
          .usage, "unknown provider '\(provider)'",
          hint: "known providers: \(catalog.regions.providers.map(\.id).joined(separator: ", "))")
      }
      providers = [found]
    }
    let rows = providers.flatMap { provider in
      provider.regions.map { region in
        [
          provider.id, region.code + (region.verified ? "" : " *"), region.country, region.city ?? "",
          region.name ?? "", region.partition,
        ]
      }
    }
    let unverified = rows.contains { $0[1].hasSuffix(" *") } ? "; * = not verified, resolves at medium confidence" : ""
    return TextTable.render(header: ["PROVIDER", "REGION", "COUNTRY", "CITY", "NAME", "PARTITION"], rows: rows)
      + "\(rows.count) regions of \(providers.count) provider(s)\(unverified)\n"
  }

  /// How `subject` (a URL, host, IP address, region code or `provider:region`) resolves, and what each
  /// policy (the one named, or every preset) says about it.
  public static func explain(_ subject: String, policy nameOrPath: String?) throws(XBorderError) -> String {
    let catalog = try DestinationCatalog.builtin.get()
    var policies: [Policy] = []
    if let nameOrPath {
      policies = [try PolicySource.load(nameOrPath)]
    } else {
      for name in PolicyLoader.presetNames { policies.append(try PolicyLoader.preset(name)) }
    }
    let explainer = RegionExplainer(catalog: catalog, policies: policies)
    return explainer.explain(subject.trimmingCharacters(in: .whitespaces))
  }
}

/// Left-aligned columns separated by two spaces.
enum TextTable {
  static func render(header: [String], rows: [[String]]) -> String {
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    let line = { (row: [String]) in
      let text = zip(row, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }
        .joined(separator: "  ")
      return String(text.reversed().drop { $0 == " " }.reversed())
    }
    return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
