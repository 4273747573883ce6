/// A named check on a matched value, run after the regex. A finding whose value fails any of its
/// rule's validators is dropped. Each check is a small pure function of the normalized value.
public struct Validator: Sendable {
  /// The name rule packs use in `validators:`.
  public let name: String
  /// One line for `xborder rules list` and the docs.
  public let summary: String
  public let check: @Sendable (String) -> Bool

  public init(name: String, summary: String, check: @escaping @Sendable (String) -> Bool) {
    self.name = name
    self.summary = summary
    self.check = check
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
}

/// The one table of validators. Rule packs refer to these by name; an unknown name fails loading.
public enum ValidatorRegistry {
  public static let all: [String: Validator] = {
    let list: [Validator] = [
      Validator(
        name: "cn_resident_id",
        summary: "PRC resident ID (18 digits: province, birth date, MOD 11-2 check; 15-digit legacy: province, date)",
        check: { ResidentIDValidator.isValid($0) }),
      Validator(name: "luhn", summary: "Luhn (ISO/IEC 7812) check digit", check: { Luhn.isValid($0) }),
      Validator(
        name: "payment_card",
        summary: "13–19 digits, a known issuer range (incl. UnionPay 62/81) and a Luhn check digit",
        check: { PaymentCardValidator.isValid($0) }),
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
    ]
    return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
  }()
}
