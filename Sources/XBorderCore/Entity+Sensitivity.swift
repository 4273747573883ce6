/// Whether personal information of an entity is *sensitive* personal information under PIPL Art. 28.
///
/// Sensitive personal information needs separate consent (PIPL Art. 29), a stated necessity and an impact
/// assessment (Art. 55), and under the CAC Provisions on Promoting and Regulating Cross-Border Data Flows
/// (2024) a lower export threshold: the standard contract or certification from 10,000 people a year
/// instead of 100,000. The governance checklist counts people with any sensitive element.
public enum SensitivityClass: String, Codable, Sendable, CaseIterable {
  /// A category of PIPL Art. 28 as identified by GB/T 45574-2025 (and the TC260 2024 guide it adopted).
  case sensitive
  /// Personal information that is not sensitive on its own (PIPL Art. 4).
  case ordinary
}

extension Entity {
  /// The sensitivity class of a value of this entity taken on its own.
  ///
  /// The mapping follows the national standard in force, GB/T 45574-2025 *Security requirements for
  /// processing sensitive personal information* (Annex A; from 2025-11-01), which carried over the
  /// identification rules of TC260-PG-20244A (the 2024 *Guide to identifying sensitive personal
  /// information*). Where it differs from the older GB/T 35273-2020 Annex B, or where the class depends on
  /// what the value is combined with, `sensitiveWhen` says so. `foreignDestination` is not personal
  /// information at all (`isPersonalData` is false); it maps to `.ordinary` only so that the property is total.
  public var sensitivity: SensitivityClass {
    switch self {
    case .paymentCard, .iban, .geoLocation: .sensitive
    case .cnResidentId, .cnMobile, .phone, .email, .passport, .cnTravelPermit, .hkId, .twId, .usSsn, .ipAddress,
      .deviceId, .cnAddress, .personName, .vehiclePlate, .cnUscc, .foreignDestination:
      .ordinary
    }
  }

  /// One line: why the entity has its class, and the source.
  public var sensitivityBasis: String {
    switch self {
    case .paymentCard:
      "Financial account (bank card number): PIPL Art. 28; GB/T 45574-2025 Annex A (金融账户)."
    case .iban:
      "Financial account (bank account number): PIPL Art. 28; GB/T 45574-2025 Annex A (金融账户)."
    case .geoLocation:
      "Precise location (whereabouts, 行踪轨迹): PIPL Art. 28; GB/T 45574-2025 Annex A; the rule only reports "
        + "points with ≥ 4 decimals (about 11 m) or labelled ≥ 3, not coarse (city, IP-derived) locations."
    case .cnResidentId, .passport, .cnTravelPermit, .hkId, .twId, .usSsn:
      "Identity document number alone: not listed as sensitive by GB/T 45574-2025 / TC260-PG-20244A (the "
        + "former 'personal identity' class of GB/T 35273-2020 Annex B was narrowed to 'specific identity'); "
        + "PIPL Art. 4 personal information."
    case .cnMobile, .phone:
      "Phone number: ordinary personal information (PIPL Art. 4); not in GB/T 45574-2025 Annex A."
    case .email:
      "E-mail address: ordinary personal information (PIPL Art. 4); not in GB/T 45574-2025 Annex A."
    case .ipAddress:
      "IP address: ordinary personal information; GB/T 45574-2025 treats IP-derived (coarse) location as not "
        + "sensitive."
    case .deviceId:
      "Device identifier (IMEI, MAC): ordinary personal information (PIPL Art. 4); not in GB/T 45574-2025 Annex A."
    case .cnAddress:
      "Postal address: ordinary personal information (PIPL Art. 4); not in GB/T 45574-2025 Annex A."
    case .personName:
      "Name: ordinary personal information (PIPL Art. 4); not in GB/T 45574-2025 Annex A."
    case .vehiclePlate:
      "Licence plate: personal information when linked to an owner or driver (PIPL Art. 4); not in "
        + "GB/T 45574-2025 Annex A on its own."
    case .cnUscc:
      "Organisation identifier (GB 32100); personal information only for individual businesses (个体工商户)."
    case .foreignDestination:
      "Not personal information: a destination (host, region) where data is sent."
    }
  }

  /// When a value of an `.ordinary` entity should be counted as sensitive after all, or nil.
  ///
  /// These are the cases the governance checklist should ask about rather than decide from one finding.
  public var sensitiveWhen: String? {
    switch self {
    case .cnResidentId, .passport, .cnTravelPermit, .hkId, .twId, .usSsn:
      "A photo or scan of the document is sensitive (GB/T 45574-2025 Annex A, other); GB/T 35273-2020 Annex B "
        + "listed these numbers as sensitive, and many organisations still treat them so: a policy may opt in."
    case .geoLocation:
      "Always sensitive when precise; a series of points for one person is a whereabouts track (higher risk)."
    case .cnAddress, .vehiclePlate:
      "A series of addresses, stays or plate sightings (parking, tolls) for one person is a whereabouts track "
        + "(行踪轨迹, GB/T 45574-2025 Annex A)."
    case .personName, .cnMobile, .phone, .email, .deviceId, .ipAddress:
      "Data of a child under 14 is sensitive (PIPL Art. 28), as is a name or identifier tied to health, "
        + "religion, biometrics, a specific identity or financial data."
    case .paymentCard, .iban, .cnUscc, .foreignDestination:
      nil
    }
  }
}
