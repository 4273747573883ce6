/// Hong Kong Identity Card numbers (HKID): 1–2 letters, 6 digits and a check character `0`–`9` or `A`.
///
/// Reference §3.12: letters count A = 10 … Z = 35, a missing second letter counts 36; weights 9 … 2 from
/// the left over the 8 positions; check = (11 − sum mod 11) mod 11, with 10 written `A`.
/// Test vector: `A123456(3)`.
public enum HongKongIDValidator {
  /// Takes the normalized value without parentheses: `A1234563`, `AB9876543`.
  public static func isValid(_ value: String) -> Bool {
    let characters = Array(value.utf8)
    guard characters.count == 8 || characters.count == 9 else { return false }
    let letterCount = characters.count - 7
    let letters = characters.prefix(letterCount)
    let digits = characters.dropFirst(letterCount).prefix(6)
    guard letters.allSatisfy(isUpper), digits.allSatisfy(isDigit), let check = characters.last else { return false }
    var values = letters.map { Int($0) - 55 }
    if values.count == 1 { values.insert(36, at: 0) }
    values += digits.map { Int($0) - 48 }
    let sum = zip(values, [9, 8, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
    let expected = (11 - sum % 11) % 11
    let expectedCharacter = expected == 10 ? UInt8(ascii: "A") : UInt8(48 + expected)
    return check == expectedCharacter
  }

  private static func isUpper(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
  private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
}

/// Taiwan national identification numbers (國民身分證統一編號) and 2021+ resident certificate numbers.
///
/// Reference §3.14: a letter and 9 digits; the first digit is 1 or 2 (citizens) or 8 or 9 (resident
/// certificates, same checksum). The letter's two-digit value (A10 … H17, I34, J18 … N22, O35, P23 … V29,
/// W32, X30, Y31, Z33) is split into tens×1 + units×9, the digits weigh 8 7 6 5 4 3 2 1 1, and the
/// sum must be divisible by 10. Test vectors: `A123456789` valid, `A123456788` invalid.
public enum TaiwanIDValidator {
  static let letterValues: [UInt8: Int] = {
    let order = Array("ABCDEFGHJKLMNPQRSTUVXYWZIO".utf8)
    return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset + 10) })
  }()

  /// Takes the normalized value: `A123456789`.
  public static func isValid(_ value: String) -> Bool {
    let characters = Array(value.utf8)
    guard characters.count == 10, let letter = letterValues[characters[0]] else { return false }
    let digits = characters.dropFirst().map { Int($0) - 48 }
    guard digits.allSatisfy({ (0...9).contains($0) }), [1, 2, 8, 9].contains(digits[0]) else { return false }
    let weights = [8, 7, 6, 5, 4, 3, 2, 1, 1]
    let sum = letter / 10 + (letter % 10) * 9 + zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
    return sum % 10 == 0
  }
}

/// US Social Security Numbers: `AAA-GG-SSSS` with the ranges the SSA never issues rejected.
///
/// Reference §3.19 (python-stdnum `us.ssn`): area 000, 666 and 900–999 (ITINs and advertising numbers),
/// group 00 and serial 0000 are invalid, as are the publicity numbers 078-05-1120, 219-09-9999 and
/// 457-55-5462. Placeholders such as 123-45-6789 pass: pair it with `not_repetitive` in a rule.
public enum SocialSecurityNumberValidator {
  static let blacklist: Set<String> = ["078051120", "219099999", "457555462"]

  /// Takes the normalized 9 digits: `536902741`.
  public static func isValid(_ value: String) -> Bool {
    guard value.utf8.count == 9, value.utf8.allSatisfy({ (48...57).contains($0) }),
      let area = Int(value.prefix(3)), let group = Int(value.dropFirst(3).prefix(2)), let serial = Int(value.suffix(4))
    else { return false }
    guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return false }
    return !blacklist.contains(value)
  }
}
