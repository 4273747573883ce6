import Testing
import XBorderCore

/// The PIPL Art. 28 class of every entity (Sources/XBorderCore/Entity+Sensitivity.swift).
@Suite("Entity sensitivity")
struct SensitivityTests {
  @Test(arguments: [Entity.paymentCard, .iban, .geoLocation])
  func sensitiveEntities(entity: Entity) {
    #expect(entity.sensitivity == .sensitive)
    #expect(entity.sensitivityBasis.contains("Art. 28"))
  }

  @Test(arguments: [
    Entity.cnResidentId, .cnMobile, .phone, .email, .passport, .cnTravelPermit, .hkId, .twId, .usSsn, .ipAddress,
    .deviceId, .cnAddress, .personName, .vehiclePlate, .cnUscc,
  ])
  func ordinaryEntities(entity: Entity) {
    #expect(entity.sensitivity == .ordinary)
    if entity != .cnUscc {  // an organisation code: never sensitive personal information
      #expect(entity.sensitiveWhen != nil, "ordinary personal data says when it becomes sensitive")
    }
  }

  @Test func everyEntityHasABasis() {
    for entity in Entity.allCases {
      #expect(!entity.sensitivityBasis.isEmpty, "\(entity)")
      #expect(entity.sensitivityBasis.count <= 300, "\(entity): keep the basis to one line")
    }
  }

  @Test func identityNumbersFollowTheCurrentStandardButSayWhenTheyAreSensitive() {
    #expect(Entity.cnResidentId.sensitivityBasis.contains("GB/T 45574-2025"))
    #expect(Entity.cnResidentId.sensitiveWhen?.contains("photo or scan") == true)
    #expect(Entity.passport.sensitivity == Entity.cnResidentId.sensitivity)
  }

  @Test func destinationsAreNotPersonalData() {
    #expect(!Entity.foreignDestination.isPersonalData)
    #expect(Entity.foreignDestination.sensitiveWhen == nil)
  }

  @Test func rawValuesAreStable() {
    #expect(SensitivityClass.allCases.map(\.rawValue) == ["sensitive", "ordinary"])
  }
}
