/// Entity names as JSON object keys (`"cn_resident_id": …`).
extension Entity: CodingKeyRepresentable {}

extension Entity {
  /// How well one value of this entity singles out a person, 1 = best; nil when it does not stand for a
  /// person (organisations, destinations).
  ///
  /// The subject estimate keys each record (row, line) by its best-ranked value: state-issued numbers
  /// are unique per person; a phone or e-mail is nearly so; a card or account may be shared or one of
  /// several per person; names, addresses and plates collide between people; IP addresses and locations
  /// are shared the most.
  public var subjectRank: Int? {
    switch self {
    case .cnResidentId: 1
    case .passport: 2
    case .hkId: 3
    case .twId: 4
    case .usSsn: 5
    case .cnTravelPermit: 6
    case .cnMobile: 7
    case .phone: 8
    case .email: 9
    case .paymentCard: 10
    case .iban: 11
    case .deviceId: 12
    case .personName: 13
    case .cnAddress: 14
    case .vehiclePlate: 15
    case .ipAddress: 16
    case .geoLocation: 17
    case .cnUscc, .foreignDestination: nil
    }
  }

  /// Entities that can key a data subject, most identifying first.
  public static var subjectRanking: [Entity] {
    allCases.filter { $0.subjectRank != nil }.sorted { $0.subjectRank! < $1.subjectRank! }
  }
}
