import Foundation
import Testing
@testable import XBorderRules

/// A fixed "today" so birth-date checks do not drift: 2025-06-15 UTC.
private let today: Date = {
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = TimeZone(identifier: "UTC")!
  return calendar.date(from: DateComponents(year: 2025, month: 6, day: 15, hour: 12))!
}()

@Suite("MOD 11-2 and resident IDs")
struct ResidentIDValidatorTests {
  /// The arithmetic civil date agrees with Foundation's UTC calendar, every 7 hours 13 minutes from
  /// 1899 to 2101 (both sides of leap days, century years and the epoch).
  @Test func civilDateMatchesTheCalendar() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var date = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
    let end = calendar.date(from: DateComponents(year: 2101, month: 3, day: 2))!
    while date < end {
      let expected = calendar.dateComponents([.year, .month, .day], from: date)
      let civil = ResidentIDValidator.utcCivilDate(of: date)
      guard civil.year == expected.year, civil.month == expected.month, civil.day == expected.day else {
        Issue.record("\(date): \(civil) instead of \(expected)")
        return
      }
      date += 7 * 3_600 + 13 * 60
    }
  }

  @Test(arguments: [
    ("11010519491231002", Character("X")),  // GB 11643 example, check X
    ("36042619910101007", Character("1")),  // python-stdnum doctest
    ("81000019900101001", Character("9")),
    ("91184019800101001", Character("3")),
  ])
  func checkCharacter(body: String, expected: Character) {
    #expect(Mod11_2.checkCharacter(for: body) == expected)
  }

  @Test(arguments: ["", "1101051949123100", "110105194912310020", "1101051949123100A"])
  func checkCharacterNeedsSeventeenDigits(body: String) {
    #expect(Mod11_2.checkCharacter(for: body) == nil)
  }

  @Test(arguments: [
    "11010519491231002X",  // published vector
    "11010519491231002x",  // lower-case x occurs in real data
    "360426199101010071",  // python-stdnum doctest
    "810000199001010019",  // HK residence permit
    "820000199001010010",  // Macao residence permit
    "830000199001010012",  // Taiwan residence permit
    "911840198001010013",  // 2023 foreign permanent-resident card
    "110105200002290013",  // 29 Feb of a leap year (2000)
    "110105202406150016",  // born a year before `today`
    "110105491231002",  // legacy 15-digit: 1949-12-31
  ])
  func validNumbers(id: String) {
    #expect(ResidentIDValidator.isValid(id, today: today))
  }

  @Test(arguments: [
    ("110105194912310021", "wrong check digit (should be X)"),
    ("360426199101010072", "wrong check digit (should be 1)"),
    ("11010519491231002Y", "check character not 0-9/X"),
    ("110105209901010012", "birth date in the future (2099), check digit right"),
    ("11010519900230001X", "30 February, check digit right"),
    ("110105190002290017", "29 February 1900 (not a leap year), check digit right"),
    ("110105189912310015", "born 1899, check digit right"),
    ("720000199001010017", "province 72 does not exist, check digit right"),
    ("010105194912310028", "province 01 does not exist"),
    ("1101051949123100", "16 digits"),
    ("1101051949123100211", "19 digits"),
    ("110105491331002", "legacy 15-digit with month 13"),
    ("990105491231002", "legacy 15-digit starting with 9"),
    ("11010549123100X", "legacy 15-digit with a letter"),
    ("", "empty"),
  ])
  func invalidNumbers(id: String, why: String) {
    #expect(!ResidentIDValidator.isValid(id, today: today), "\(id): \(why)")
  }

  @Test func birthDateIsComparedWithToday() {
    // Born 2025-06-15 (today) is fine; born 2025-06-16 (tomorrow) is not.
    #expect(ResidentIDValidator.isValid(idWithCheck("11010520250615001"), today: today))
    #expect(!ResidentIDValidator.isValid(idWithCheck("11010520250616001"), today: today))
    // The same ID becomes valid once its birth date has passed.
    let tomorrow = today.addingTimeInterval(86_400)
    #expect(ResidentIDValidator.isValid(idWithCheck("11010520250616001"), today: tomorrow))
  }

  @Test func legacyUpgradesToTheCurrentNumber() {
    // 110105491231002 → insert 19 after the division code and append the MOD 11-2 check.
    let legacy = "110105491231002"
    let body = String(legacy.prefix(6)) + "19" + String(legacy.dropFirst(6))
    #expect(idWithCheck(body) == "11010519491231002X")
  }

  private func idWithCheck(_ body: String) -> String {
    body + String(Mod11_2.checkCharacter(for: body)!)
  }
}

@Suite("Luhn and payment cards")
struct PaymentCardValidatorTests {
  @Test(arguments: ["4111111111111111", "6212345678901232", "490154203237518", "79927398713", "5555555555554444"])
  func luhnValid(digits: String) {
    #expect(Luhn.isValid(digits))
  }

  @Test(arguments: ["4111111111111112", "6212345678901233", "79927398710", "1", "", "4111-1111", "41111111111111a1"])
  func luhnInvalid(digits: String) {
    #expect(!Luhn.isValid(digits))
  }

  @Test(arguments: [
    ("4111111111111111", "Visa 16"),
    ("4222222222222", "Visa 13"),
    ("4012888888881881", "Visa 16"),
    ("5555555555554444", "Mastercard 51-55"),
    ("2223000048400011", "Mastercard 2-series"),
    ("378282246310005", "American Express 15"),
    ("30569309025904", "Diners Club 14"),
    ("3530111333300000", "JCB"),
    ("6011111111111117", "Discover"),
    ("6212345678901232", "UnionPay 16"),
    ("6250941006528599", "UnionPay 16"),
    ("6222021234567890128", "UnionPay 19"),
  ])
  func cardsAccepted(digits: String, network: String) {
    #expect(PaymentCardValidator.isValid(digits), "\(network): \(digits)")
  }

  @Test(arguments: [
    ("4111111111111112", "fails Luhn"),
    ("490154203237518", "IMEI: passes Luhn, but Visa has no 15-digit cards"),
    ("3782822463100052", "American Express is 15 digits, not 16 (Luhn right)"),
    ("511111111111115", "Mastercard is 16 digits, not 15 (Luhn right)"),
    ("3034567890120", "Diners 300-305 is 14+ digits, not 13 (Luhn right)"),
    ("9111111111111110", "no issuer starts with 9 (Luhn right)"),
    ("6012345678901234", "601 is not Discover 6011 (Luhn right)"),
    ("1234567890128", "no issuer starts with 1 (Luhn right)"),
    ("620102199001010257", "a valid Gansu resident ID that also passes Luhn"),
    ("340104880512123", "Amex range and Luhn, but a valid legacy 15-digit resident ID (Anhui, 1988-05-12)"),
    ("0000000000000000", "repeated digit"),
    ("411111111111", "12 digits"),
    ("41111111111111111113", "20 digits"),
    ("4111 1111 1111 1111", "not normalized"),
  ])
  func cardsRejected(digits: String, why: String) {
    #expect(!PaymentCardValidator.isValid(digits), "\(digits): \(why)")
  }

  @Test func issuerRangesCheckLengthPerRange() {
    #expect(PaymentCardValidator.hasKnownIssuer("6212345678901232"))
    #expect(PaymentCardValidator.hasKnownIssuer("8171000000000000"))
    #expect(!PaymentCardValidator.hasKnownIssuer("8172000000000000"))
    #expect(PaymentCardValidator.hasKnownIssuer("2720990000000000"))
    #expect(!PaymentCardValidator.hasKnownIssuer("2721000000000000"))
    #expect(!PaymentCardValidator.hasKnownIssuer("621234567890123"))  // UnionPay is 16-19 digits
  }
}

@Suite("Mainland mobile numbers")
struct ChineseMobileValidatorTests {
  @Test(arguments: [
    ("13912348765", "139 China Mobile"),
    ("13820497731", "138 China Mobile"),
    ("19920491735", "199 China Telecom"),
    ("19204917735", "192 China Broadnet"),
    ("17401023456", "17401 Telecom block"),
    ("17410023456", "17410 emergency block"),
    ("17490012345", "1749 maritime satellite"),
    ("14720497731", "147 data card"),
    ("16520497731", "165 MVNO"),
    ("8613912348765", "86 prefix"),
    ("008613912348765", "0086 prefix"),
  ])
  func accepted(number: String, why: String) {
    #expect(ChineseMobileValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: [
    ("15412345679", "154 unallocated"),
    ("19412345679", "194 unallocated"),
    ("14012345679", "140 unallocated at 11 digits"),
    ("14612345679", "146 is IoT (13 digits)"),
    ("14812345679", "148 is IoT (13 digits)"),
    ("17413012345", "174 outside 17400-17412 and 1749"),
    ("1440123456789", "13-digit IoT number"),
    ("12912348765", "no mobile starts with 12"),
    ("1391234876", "10 digits"),
    ("139123487650", "12 digits"),
    ("13800000000", "placeholder: last eight digits repeated"),
    ("13812345678", "placeholder: last eight digits an ascending run"),
    ("0013912348765", "00 without 86"),
    ("8513912348765", "85 is not the country code"),
    ("+8613912348765", "not normalized"),
  ])
  func rejected(number: String, why: String) {
    #expect(!ChineseMobileValidator.isValid(number), "\(number): \(why)")
  }

  @Test(arguments: ["+86 139 1234 8765", "+86-139-1234-8765", "0086 13912348765", "(+86)139-1234-8765"])
  func prefixedFormsAfterNormalizing(raw: String) {
    let normalized = Normalizer.alnumUpper.apply(raw)
    #expect(ChineseMobileValidator.isValid(normalized), "\(raw) → \(normalized)")
  }
}

@Suite("E-mail addresses")
struct EmailValidatorTests {
  @Test(arguments: [
    "zhang.wei@example.com", "Li.Na+orders@example.cn", "a@b.cn", "support@shop.example.cn", "qa-team@shop.test",
    "x@example.museum",
  ])
  func accepted(address: String) {
    #expect(EmailValidator.isValid(address))
  }

  @Test(arguments: [
    "logo@2x.png", "icon@3x.webp", "banner@2x.JPG", "app@1.0.min", "bundle@1.2.3", "user@localhost", "@example.com",
    "a@b.c", "x@y.js", "no-at-sign.example.com", "user@example.c0m",
  ])
  func rejected(address: String) {
    #expect(!EmailValidator.isValid(address))
  }

  @Test func localPartLongerThan64IsRejected() {
    #expect(EmailValidator.isValid(String(repeating: "a", count: 64) + "@example.com"))
    #expect(!EmailValidator.isValid(String(repeating: "a", count: 65) + "@example.com"))
  }
}

@Suite("Normalizer and repetition filter")
struct NormalizerTests {
  @Test(arguments: [
    (Normalizer.alnumUpper, "+86 139-1234-8765", "8613912348765"),
    (Normalizer.alnumUpper, "11010519491231002x", "11010519491231002X"),
    (Normalizer.alnumUpper, "110105 19491231 002X", "11010519491231002X"),
    (Normalizer.alnumUpper, "6222-0212-3456-7890-128", "6222021234567890128"),
    (Normalizer.lowercase, "Li.Na+Orders@Example.CN", "li.na+orders@example.cn"),
    (Normalizer.none, " As Is ", " As Is "),
  ])
  func apply(normalizer: Normalizer, raw: String, expected: String) {
    #expect(normalizer.apply(raw) == expected)
  }

  @Test func rawValuesMatchThePackSpelling() {
    #expect(Normalizer(rawValue: "alnum_upper") == .alnumUpper)
    #expect(Normalizer(rawValue: "lowercase") == .lowercase)
    #expect(Normalizer(rawValue: "none") == Normalizer.none)
    #expect(Normalizer(rawValue: "upper") == nil)
  }

  @Test(arguments: ["00000000", "11111111111", "123456789", "12345678", "987654321", "7890123456", "3210987"])
  func placeholdersAreNotVaried(value: String) {
    #expect(!RepetitionFilter.isVaried(value))
  }

  @Test(arguments: ["12348765", "13912348765", "4111111111111111", "11111", "12345", "20497731", "1357924680"])
  func realLookingValuesAreVaried(value: String) {
    #expect(RepetitionFilter.isVaried(value))
  }

  @Test func registryNamesEveryValidator() {
    #expect(
      Set(ValidatorRegistry.all.keys)
        == [
          "cn_resident_id", "luhn", "payment_card", "cn_mobile", "email", "not_repetitive", "cn_landline",
          "hk_mo_tw_phone", "e164_phone", "iban", "hk_id", "tw_id", "us_ssn", "cn_uscc", "mrz_passport", "cn_passport",
          "passport_number", "cn_travel_permit", "ipv4_public", "ipv6_public", "imei", "mac_address", "geo_pair",
          "cn_plate", "cn_address", "person_name",
        ])
    for (name, validator) in ValidatorRegistry.all {
      #expect(validator.name == name)
      #expect(!validator.summary.isEmpty)
    }
  }
}

@Suite("Digits-only fast paths of validators")
struct DigitsCheckTests {
  /// Deterministic digit strings of every length from 1 to 20, plus known valid values.
  static let samples: [String] = {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var result = ["4111111111111111", "6212345678901232", "360426199101010071", "110105491231002", "490154203237518",
      "810000199001010019", "4222222222222", "911100001000000248"]
    for length in 1...20 {
      for _ in 0..<400 {
        var digits = ""
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          digits.append(Character(UnicodeScalar(UInt8(48 + (state >> 33) % 10))))
        }
        result.append(digits)
      }
    }
    return result
  }()

  /// A fast path may pass more than its full check, never less: whatever it turns away, the check would too.
  @Test func fastPathNeverRejectsWhatTheCheckAccepts() {
    let validators = ValidatorRegistry.all.values.filter { $0.digitsCheck != nil }
    #expect(validators.count >= 4)
    var rejectedByFastPath = 0
    for validator in validators {
      for sample in Self.samples {
        let fast = Array(sample.utf8).withUnsafeBufferPointer { validator.digitsCheck!($0) }
        if !fast { rejectedByFastPath += 1 }
        if !fast && validator.check(sample) { Issue.record("\(validator.name): fast path rejects \(sample)") }
      }
    }
    #expect(rejectedByFastPath > Self.samples.count)  // it does turn most look-alikes away
  }

  @Test func fastPathsPassKnownValidValues() {
    let valid = [("payment_card", "4111111111111111"), ("cn_resident_id", "360426199101010071"),
      ("imei", "490154203237518"), ("cn_uscc", "911100001000000248"), ("luhn", "79927398713")]
    for (name, value) in valid {
      let validator = ValidatorRegistry.all[name]!
      #expect(validator.check(value), "\(name): \(value) is valid")
      #expect(Array(value.utf8).withUnsafeBufferPointer { validator.digitsCheck!($0) }, "\(name): \(value)")
    }
  }
}
