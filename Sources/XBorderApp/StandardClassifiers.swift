import Foundation
import XBorderCore
import XBorderPolicy

/// The classifiers rule packs may name (`classifier:` in YAML), built for one policy.
///
/// `destination_host` (URLs and connection strings), `cloud_host`, `saas_host` and `region_setting`:
/// each a `DestinationClassifier` over the shipped region and SaaS catalogues.
public enum StandardClassifiers {
  /// Every classifier, keyed by the name rules use; policy exceptions expire against today's date (UTC).
  public static func make(policy: Policy, ipCountries: IPCountryTable? = nil) -> [String: any ValueClassifier] {
    make(policy: policy, today: today(), ipCountries: ipCountries)
  }

  /// Every classifier, with "today" given (for tests of expiring exceptions). Empty when the shipped
  /// catalogue does not load, so `RuleCatalog.checkClassifiers` then names the missing classifiers.
  public static func make(policy: Policy, today: ISODate, ipCountries: IPCountryTable? = nil)
    -> [String: any ValueClassifier]
  {
    guard let catalog = try? DestinationCatalog.builtin.get() else { return [:] }
    var classifiers: [String: any ValueClassifier] = [:]
    for mode in DestinationClassifier.Mode.allCases {
      classifiers[mode.rawValue] = DestinationClassifier(
        mode: mode, catalog: catalog, policy: policy, today: today, ipCountries: ipCountries)
    }
    return classifiers
  }

  /// The current date in UTC.
  static func today(_ now: Date = Date()) -> ISODate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return ISODate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? .epoch
  }
}
