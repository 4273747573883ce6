import XBorderCore

/// Assesses the transfer mechanism from a finished scan: the PIPL route (policy `pipl`) or the GDPR
/// standing of each destination country (policy `gdpr`). Other policies get no assessment.
public struct TransferAssessor {
  /// People already exported since 1 January (`--prior-subjects`).
  public var priorSubjects: Int
  /// People whose sensitive PI was already exported since 1 January (`--prior-sensitive-subjects`).
  public var priorSensitiveSubjects: Int

  public init(priorSubjects: Int = 0, priorSensitiveSubjects: Int = 0) {
    self.priorSubjects = priorSubjects
    self.priorSensitiveSubjects = priorSensitiveSubjects
  }

  public func assess(_ report: ScanReport, policy: Policy) -> TransferAssessment? {
    switch policy.id {
    case "pipl": TransferAssessment(policy: policy.id, pipl: pipl(report, policy: policy))
    case "gdpr": TransferAssessment(policy: policy.id, gdpr: gdpr(report, policy: policy))
    default: nil
    }
  }

  func pipl(_ report: ScanReport, policy: Policy) -> PIPLAssessment {
    let subjects = report.population.subjects
    let sensitive = report.population.sensitiveSubjects
    let people = priorSubjects + subjects.estimate
    let sensitivePeople = priorSensitiveSubjects + sensitive.estimate
    let (route, reasons) = PIPLMechanism.route(people: people, sensitivePeople: sensitivePeople)
    let error = max(subjects.relativeStandardError, sensitive.relativeStandardError)
    let sensitiveEntities = report.population.entities.filter { $0.key.sensitivity == .sensitive && !$0.value.isEmpty }
      .keys.sorted()
    return PIPLAssessment(
      route: route, scannedSubjects: subjects.estimate, scannedSensitiveSubjects: sensitive.estimate,
      priorSubjects: priorSubjects, priorSensitiveSubjects: priorSensitiveSubjects, cumulativeSubjects: people,
      cumulativeSensitiveSubjects: sensitivePeople, relativeStandardError: error, sensitiveEntities: sensitiveEntities,
      destinationCountries: Self.outsideDestinations(report, policy: policy).keys.sorted(), reasons: reasons,
      nearThreshold: PIPLMechanism.nearThreshold(people: people, sensitivePeople: sensitivePeople, error: error))
  }

  func gdpr(_ report: ScanReport, policy: Policy) -> GDPRAssessment {
    let byCountry = Self.destinationsByCountry(report)
    let destinations = byCountry.keys.sorted().map { country in
      let hosts = byCountry[country] ?? []
      switch policy.standing(of: country) {
      case .permitted:
        return GDPRDestination(
          country: country, standing: .adequate, destinations: hosts,
          basis: "EEA or an EU adequacy decision (GDPR Art. 45): no further transfer mechanism")
      case .conditional(let condition):
        return GDPRDestination(
          country: country, standing: .conditional, destinations: hosts,
          basis: "\(condition); otherwise SCCs 2021/914 with a transfer impact assessment (GDPR Art. 45–46)")
      case .outside:
        let known = country == "unknown" ? "country unknown: place the destination, then decide; until then " : ""
        return GDPRDestination(
          country: country, standing: .needsSafeguards, destinations: hosts,
          basis: known + "no adequacy decision: SCCs 2021/914 (or BCRs) with a transfer impact assessment "
            + "(GDPR Art. 46), or an Art. 49 derogation")
      }
    }
    return GDPRAssessment(adequacyListAsOf: Self.listDate(policy) ?? "unknown", destinations: destinations)
  }

  /// Destination findings that are not suppressed, host list per country (`unknown` when not placed).
  static func destinationsByCountry(_ report: ScanReport) -> [String: [String]] {
    var result: [String: Set<String>] = [:]
    for finding in report.findings where finding.entity == .foreignDestination && !finding.isSuppressed {
      let host = finding.properties["destination"] ?? finding.maskedValue
      for country in (finding.properties["country"] ?? "unknown").split(separator: "|") {
        result[String(country), default: []].insert(host)
      }
    }
    return result.mapValues { $0.sorted() }
  }

  static func outsideDestinations(_ report: ScanReport, policy: Policy) -> [String: [String]] {
    destinationsByCountry(report).filter { policy.standing(of: $0.key) != .permitted }
  }

  /// `2026-01-26` from a policy reference such as "adequacy decisions (list as of 2026-01-26, …)".
  static func listDate(_ policy: Policy) -> String? {
    for reference in policy.references {
      guard let range = reference.range(of: "as of ") else { continue }
      let date = reference[range.upperBound...].prefix(10)
      if date.count == 10, date.allSatisfy({ $0.isNumber || $0 == "-" }) { return String(date) }
    }
    return nil
  }
}
