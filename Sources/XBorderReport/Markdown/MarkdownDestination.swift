import XBorderCore

/// Where a destination finding sends data, from the classifier's properties: `US (Mixpanel)`.
enum MarkdownDestination {
  typealias M = MarkdownText

  /// `[destination →] country-or-region [(provider)]`, escaped for a table cell; nil unless the finding
  /// has a `country` or `destination` property. The destination is left out when it is the shown value.
  static func cell(_ finding: Finding) -> String? {
    let country = property("country", of: finding)
    let destination = property("destination", of: finding)
    guard country != nil || destination != nil else { return nil }
    let place = country ?? property("region", of: finding)
    let target = [place.map(M.textCell), property("provider", of: finding).map { "(\(M.textCell($0)))" }]
      .compactMap { $0 }.joined(separator: " ")
    let shown = target.isEmpty ? "unknown country" : target
    guard let destination, destination != finding.maskedValue else { return shown }
    return "\(M.codeCell(destination)) → \(shown)"
  }

  private static func property(_ name: String, of finding: Finding) -> String? {
    guard let value = finding.properties[name], !value.isEmpty else { return nil }
    return value
  }
}
