/// Which transfer mechanism the scanned data calls for under the policy's regime. Decision support, not
/// legal advice: it reads counts and destinations, not contracts, purposes or scenario exemptions.
public struct TransferAssessment: Codable, Sendable, Hashable {
  /// The policy the assessment was made under.
  public var policy: String
  /// Set for policy `pipl`.
  public var pipl: PIPLAssessment?
  /// Set for policy `gdpr`.
  public var gdpr: GDPRAssessment?

  public init(policy: String, pipl: PIPLAssessment? = nil, gdpr: GDPRAssessment? = nil) {
    self.policy = policy
    self.pipl = pipl
    self.gdpr = gdpr
  }

  /// Shown with every assessment.
  public var disclaimer: String {
    let unknown =
      pipl != nil
      ? "purposes, contracts, scenario exemptions (2024 Provisions Arts. 3–6), CIIO status and important data"
      : "recipients' DPF certification or PIPEDA status, contracts, BCRs and Art. 49 derogations"
    return "Decision support, not legal advice: derived from counts and destinations found in the scanned files; "
      + unknown + " are not known to the scanner. Have counsel confirm the mechanism."
  }
}

/// The route under the CAC Provisions on Promoting and Regulating Cross-Border Data Flows (2024).
public enum PIPLRoute: String, Codable, Sendable, Hashable, CaseIterable {
  /// CAC security assessment (2024 Provisions Art. 7).
  case securityAssessment = "security_assessment"
  /// CAC standard contract, filed, or certification (2024 Provisions Art. 8).
  case standardContractOrCertification = "standard_contract_or_certification"
  /// No mechanism needed (2024 Provisions Art. 5(4)); notice, consent and the PIIA still apply.
  case exempt

  public var title: String {
    switch self {
    case .securityAssessment: "CAC security assessment"
    case .standardContractOrCertification: "Standard contract (filed) or certification"
    case .exempt: "Exempt from the three mechanisms"
    }
  }
}

/// The PIPL route and the figures it rests on.
public struct PIPLAssessment: Codable, Sendable, Hashable {
  public var route: PIPLRoute
  /// Distinct people estimated in this scan.
  public var scannedSubjects: Int
  /// Of those, people with at least one sensitive value.
  public var scannedSensitiveSubjects: Int
  /// The user's count of people already exported since 1 January (`--prior-subjects`).
  public var priorSubjects: Int
  /// The user's count of people whose sensitive PI was already exported since 1 January.
  public var priorSensitiveSubjects: Int
  /// The figure tested against the thresholds: prior + scanned (conservative: no overlap assumed).
  public var cumulativeSubjects: Int
  public var cumulativeSensitiveSubjects: Int
  /// Relative standard error of the scanned counts (0 when exact).
  public var relativeStandardError: Double
  /// Sensitive entities found (PIPL Art. 28).
  public var sensitiveEntities: [Entity]
  /// Countries (ISO alpha-2, or `unknown`) of destinations outside the permitted region.
  public var destinationCountries: [String]
  /// Why this route, each with its article.
  public var reasons: [String]
  /// Set when an estimate lies within three standard errors below a threshold: the route may be the higher one.
  public var nearThreshold: String?

  public init(
    route: PIPLRoute, scannedSubjects: Int, scannedSensitiveSubjects: Int, priorSubjects: Int,
    priorSensitiveSubjects: Int, cumulativeSubjects: Int, cumulativeSensitiveSubjects: Int,
    relativeStandardError: Double, sensitiveEntities: [Entity], destinationCountries: [String], reasons: [String],
    nearThreshold: String?
  ) {
    self.route = route
    self.scannedSubjects = scannedSubjects
    self.scannedSensitiveSubjects = scannedSensitiveSubjects
    self.priorSubjects = priorSubjects
    self.priorSensitiveSubjects = priorSensitiveSubjects
    self.cumulativeSubjects = cumulativeSubjects
    self.cumulativeSensitiveSubjects = cumulativeSensitiveSubjects
    self.relativeStandardError = relativeStandardError
    self.sensitiveEntities = sensitiveEntities
    self.destinationCountries = destinationCountries
    self.reasons = reasons
    self.nearThreshold = nearThreshold
  }
}

/// GDPR Chapter V standing of each destination country found.
public struct GDPRAssessment: Codable, Sendable, Hashable {
  /// The date of the adequacy list the policy encodes.
  public var adequacyListAsOf: String
  public var destinations: [GDPRDestination]

  public init(adequacyListAsOf: String, destinations: [GDPRDestination]) {
    self.adequacyListAsOf = adequacyListAsOf
    self.destinations = destinations
  }
}

/// One destination country under GDPR Chapter V.
public struct GDPRDestination: Codable, Sendable, Hashable {
  public enum Standing: String, Codable, Sendable, Hashable {
    /// EEA or an adequacy decision (Art. 45).
    case adequate
    /// Adequate only for some recipients (US: DPF-certified; CA: PIPEDA).
    case conditional
    /// Needs SCCs 2021/914 (with a transfer impact assessment), BCRs or an Art. 49 derogation.
    case needsSafeguards = "needs_safeguards"
  }

  public var country: String
  public var standing: Standing
  /// The hosts found for the country.
  public var destinations: [String]
  /// What to do, in words.
  public var basis: String

  public init(country: String, standing: Standing, destinations: [String], basis: String) {
    self.country = country
    self.standing = standing
    self.destinations = destinations
    self.basis = basis
  }
}
