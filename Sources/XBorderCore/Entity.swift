/// What kind of personal data (or destination) a finding is: the fixed taxonomy every rule maps to.
public enum Entity: String, Codable, Sendable, CaseIterable, Comparable {
  case cnResidentId = "cn_resident_id"
  case cnMobile = "cn_mobile"
  case phone
  case email
  case paymentCard = "payment_card"
  case iban
  case passport
  case cnTravelPermit = "cn_travel_permit"
  case hkId = "hk_id"
  case twId = "tw_id"
  case usSsn = "us_ssn"
  case ipAddress = "ip_address"
  case deviceId = "device_id"
  case geoLocation = "geo_location"
  case cnAddress = "cn_address"
  case personName = "person_name"
  case vehiclePlate = "vehicle_plate"
  case cnUscc = "cn_uscc"
  case foreignDestination = "foreign_destination"

  public static func < (lhs: Entity, rhs: Entity) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether findings of this entity carry a personal-data value that reports must mask.
  /// Destinations (hosts, regions) are not personal data and are shown in full.
  public var isPersonalData: Bool { self != .foreignDestination }
}
