/// A named check on a matched value, run after the regex. A finding whose value fails any of its
/// rule's validators is dropped. Each check is a small pure function of the normalized value.
public struct Validator: Sendable {
  /// The name rule packs use in `validators:`.
  public let name: String
  /// One line for `xborder rules list` and the docs.
  public let summary: String
  public let check: @Sendable (String) -> Bool
  /// Optional fast path for a value made only of ASCII digits, given as its bytes: it must return false
  /// whenever `check` would (it may pass more). The scanner asks it first, so most look-alike numbers
  /// (order ids, barcodes) are turned away without building a `String`. Every normalizer keeps a plain
  /// digit run as it is, so the bytes are the normalized value.
  public let digitsCheck: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)?

  public init(
    name: String, summary: String, check: @escaping @Sendable (String) -> Bool,
    digitsCheck: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? = nil
  ) {
    self.name = name
    self.summary = summary
    self.check = check
    self.digitsCheck = digitsCheck
  }
}

/// How a matched value is normalized before validators and fingerprints see it.
public enum Normalizer: String, Sendable, CaseIterable {
  /// Keep letters and digits only, upper-cased (IDs, phones, cards: separators vanish).
  case alnumUpper = "alnum_upper"
  /// Lower-case the whole value (e-mail addresses, host names).
  case lowercase
  /// Use the value as matched.
  case none

  public func apply(_ value: String) -> String {
    switch self {
    case .alnumUpper:
      if value.utf8.allSatisfy({ $0 < 0x80 }) { return Self.asciiAlnumUpper(value) }
      var result = ""
      result.reserveCapacity(value.utf8.count)
      for scalar in value.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      }
      return result.uppercased()
    case .lowercase: return value.lowercased()
    case .none: return value
    }
  }

  /// The ASCII fast path of `alnumUpper` (IDs, phones and cards are ASCII).
  private static func asciiAlnumUpper(_ value: String) -> String {
    // Most candidates are plain digit runs: already normalized, no copy needed.
    if value.utf8.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) }) { return value }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count)
    for byte in value.utf8 {
      switch byte {
      case 48...57, 65...90: bytes.append(byte)
      case 97...122: bytes.append(byte - 32)
      default: continue
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The one table of validators. Rule packs refer to these by name; an unknown name fails loading.
public enum ValidatorRegistry {
  public static let all: [String: Validator] = {
    let list: [Validator] = [
      Validator(
        name: "cn_resident_id",
        summary: "PRC resident ID (18 digits: province, birth date, MOD 11-2 check; 15-digit legacy: province, date)",
        check: { ResidentIDValidator.isValid($0) },
        digitsCheck: { ResidentIDValidator.digitsMayBeValid($0) }),
      Validator(
        name: "luhn", summary: "Luhn (ISO/IEC 7812) check digit", check: { Luhn.isValid($0) },
        digitsCheck: { Luhn.isValid(digits: $0) }),
      Validator(
        name: "payment_card",
        summary: "13–19 digits, a known issuer range (incl. UnionPay 62/81) and a Luhn check digit",
        check: { PaymentCardValidator.isValid($0) },
        digitsCheck: { (13...19).contains($0.count) && Luhn.isValid(digits: $0) }),
      Validator(
        name: "cn_mobile",
        summary: "mainland mobile number in an allocated segment (optional 86/0086 prefix)",
        check: { ChineseMobileValidator.isValid($0) }),
      Validator(
        name: "email",
        summary: "plausible address: letter top-level domain, not a file name like icon@2x.png",
        check: { EmailValidator.isValid($0) }),
      Validator(
        name: "not_repetitive",
        summary: "rejects values made of one repeated digit or a plain ascending run (11111111111, 123456789)",
        check: { RepetitionFilter.isVaried($0) }),
      Validator(
        name: "cn_landline",
        summary: "mainland landline: 0 or 86/0086, area 10/20–25/27–29 (8-digit local) or 3–9xx (7–8), not 400/800",
        check: { ChineseLandlineValidator.isValid($0) }),
      Validator(
        name: "hk_mo_tw_phone",
        summary: "Hong Kong +852, Macao +853 or Taiwan +886 number (leading digit, length checked); Taiwan 09xxxxxxxx",
        check: { RegionalPhoneValidator.isValid($0) }),
      Validator(
        name: "e164_phone",
        summary: "E.164 number with an assigned country code (not 86/852/853/886), 8–15 digits; +1 as NANP",
        check: { InternationalPhoneValidator.isValid($0) }),
      Validator(
        name: "iban",
        summary: "IBAN: MOD 97-10 and the length of one of the 40 countries listed in the reference (§3.18)",
        check: { IBANValidator.isValid($0) }),
      Validator(
        name: "hk_id",
        summary: "Hong Kong identity card: 1–2 letters, 6 digits, MOD 11 check character (0–9 or A)",
        check: { HongKongIDValidator.isValid($0) }),
      Validator(
        name: "tw_id",
        summary: "Taiwan national ID / resident certificate: letter, 1/2/8/9, 8 digits, weighted MOD 10 check",
        check: { TaiwanIDValidator.isValid($0) }),
      Validator(
        name: "us_ssn",
        summary: "US SSN: area not 000/666/900–999, group not 00, serial not 0000, not a publicity number",
        check: { SocialSecurityNumberValidator.isValid($0) }),
      Validator(
        name: "cn_uscc",
        summary: "Unified Social Credit Code (GB 32100): authority/type/division, GB 11714 inner check, MOD 31 check",
        check: { USCCValidator.isValid($0) },
        digitsCheck: { USCCValidator.digitsMayBeValid($0) }),
      Validator(
        name: "mrz_passport",
        summary: "ICAO 9303 TD3 line 2: document number, birth, expiry, personal number and composite check digits",
        check: { MRZValidator.isValid($0) }),
      Validator(
        name: "cn_passport",
        summary: "PRC passport number format: E+8, G+8, D/S/P+7, S+8, DE/SE/PE+7 (no check digit exists)",
        check: { ChinesePassportValidator.isValid($0) }),
      Validator(
        name: "passport_number",
        summary: "other passport numbers: 6–9 letters/digits, at least 2 digits, not a PRC format or a plain run",
        check: { PassportNumberValidator.isValid($0) }),
      Validator(
        name: "cn_travel_permit",
        summary: "travel permit formats: H/M+8(+2), C+8, W+8, L+8, or 8 digits that are not a date (no check digit)",
        check: { TravelPermitValidator.isValid($0) }),
      Validator(
        name: "ipv4_public",
        summary: "IPv4 address outside private, CGNAT, loopback, link-local, documentation, multicast, reserved ranges",
        check: { IPv4AddressValidator.isValid($0) }),
      Validator(
        name: "ipv6_public",
        summary: "IPv6 global unicast (2000::/3) address, not documentation (2001:db8::/32, 3fff::/20) or benchmarking",
        check: { IPv6AddressValidator.isValid($0) }),
      Validator(
        name: "imei",
        summary: "IMEI: 15 digits with a Luhn check digit, not a repeated digit or plain run",
        check: { IMEIValidator.isValid($0) },
        digitsCheck: { $0.count == 15 && Luhn.isValid(digits: $0) }),
      Validator(
        name: "mac_address",
        summary: "MAC address of one device: not multicast/broadcast, not a placeholder like 00:11:22:33:44:55",
        check: { MACAddressValidator.isValid($0) }),
      Validator(
        name: "geo_pair",
        summary: "latitude/longitude pair in range (either order), ≥ 4 decimals (≥ 3 when labelled), not 0,0",
        check: { GeoPairValidator.isValid($0) }),
      Validator(
        name: "cn_plate",
        summary: "PRC licence plate: province character, authority letter, 5-character serial or 6 for new-energy",
        check: { LicensePlateValidator.isValid($0) }),
      Validator(
        name: "cn_address",
        summary: "mainland street address: not a placeholder (某, XX, 测试, masked) and 8–80 characters",
        check: { ChineseAddressValidator.isValid($0) }),
      Validator(
        name: "person_name",
        summary: "person name: not a stock placeholder (张三, John Doe), title (王先生) or product-like words",
        check: { PersonNameValidator.isValid($0) }),
    ]
    return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
  }()
}
