/// Mainland China landline numbers: trunk `0` (or country code `86` / `0086`), an area code and a local number.
///
/// Area codes (reference §3.6): 2 digits `10`, `20`–`25`, `27`–`29` with 8-digit local numbers (`26` is
/// unused); 3 digits starting `3`–`9` with 7- or 8-digit local numbers. A local number starts with `2`–`8`.
/// Shared-cost `400` and toll-free `800` numbers are company numbers, not personal, and are rejected.
public enum ChineseLandlineValidator {
  static let twoDigitAreaCodes: Set<String> = ["10", "20", "21", "22", "23", "24", "25", "27", "28", "29"]
  static let serviceCodes: Set<String> = ["400", "800"]

  /// Takes the normalized digits: `075586001234`, `01065529988`, `8675586001234`, `008610…`.
  public static func isValid(_ value: String) -> Bool {
    guard value.utf8.allSatisfy(isDigit) else { return false }
    var national = Substring(value)
    if national.hasPrefix("0086") {
      national = national.dropFirst(4)
    } else if national.hasPrefix("0") {
      national = national.dropFirst()
    } else if national.hasPrefix("86") {
      national = national.dropFirst(2)
    } else {
      return false
    }
    guard let first = national.first, first != "0" else { return false }
    let areaLength = first == "1" || first == "2" ? 2 : 3
    let area = String(national.prefix(areaLength))
    let local = national.dropFirst(areaLength)
    if areaLength == 2 {
      guard twoDigitAreaCodes.contains(area), local.count == 8 else { return false }
    } else {
      guard !serviceCodes.contains(area), local.count == 7 || local.count == 8 else { return false }
    }
    guard let lead = local.first, ("2"..."8").contains(lead) else { return false }
    return RepetitionFilter.isVaried(String(local))
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
}

/// Hong Kong (+852), Macao (+853) and Taiwan (+886) phone numbers, plus Taiwan's domestic mobile form `09…`.
///
/// Reference §3.5 (libphonenumber metadata): HK 8 digits, fixed lines `2`/`3`, mobiles `4`–`7`, `9`;
/// Macao 8 digits, mobiles `6`, fixed lines `28` and `8`; Taiwan mobiles `9` + 8 digits, fixed lines an
/// area code `2`–`8` and 7–8 more digits (8–9 national digits). Domestic Taiwan mobile: `09` + 8 digits.
public enum RegionalPhoneValidator {
  /// Takes normalized digits, with the country code (`85291234567`, `0085291234567`) or `09…` (Taiwan).
  public static func isValid(_ value: String) -> Bool {
    guard value.utf8.allSatisfy({ (48...57).contains($0) }) else { return false }
    var digits = Substring(value)
    if digits.count == 10, digits.hasPrefix("09") { return RepetitionFilter.isVaried(String(digits.dropFirst(2))) }
    if digits.hasPrefix("00") { digits = digits.dropFirst(2) }
    let national: Substring
    let valid: Bool
    if digits.hasPrefix("852") {
      national = digits.dropFirst(3)
      valid = national.count == 8 && "2345679".contains(national.first ?? "x")
    } else if digits.hasPrefix("853") {
      national = digits.dropFirst(3)
      valid = national.count == 8 && (national.hasPrefix("6") || national.hasPrefix("28") || national.hasPrefix("8"))
    } else if digits.hasPrefix("886") {
      national = digits.dropFirst(3)
      if national.hasPrefix("9") {
        valid = national.count == 9
      } else {
        valid = (8...9).contains(national.count) && ("2"..."8").contains(national.first ?? "x")
      }
    } else {
      return false
    }
    return valid && RepetitionFilter.isVaried(String(national))
  }
}

/// International numbers in E.164 form (`+` country code and national number, 8–15 digits in all).
///
/// The country code must be an assigned ITU-T E.164 code (`CallingCodes`). `+86`, `+852`, `+853` and
/// `+886` are rejected here: the mainland mobile, landline and HK/MO/TW rules report those. North American
/// numbers (`+1`) must have 10 national digits with area code and exchange starting `2`–`9`.
public enum InternationalPhoneValidator {
  static let reportedElsewhere: Set<String> = ["86", "852", "853", "886"]

  /// Takes normalized digits without the `+`: `442079460958`.
  public static func isValid(_ value: String) -> Bool {
    guard (8...15).contains(value.utf8.count), value.utf8.allSatisfy({ (48...57).contains($0) }),
      let code = CallingCodes.countryCode(of: value), !reportedElsewhere.contains(code)
    else { return false }
    let national = value.dropFirst(code.count)
    guard national.count >= 6, national.first != "0" else { return false }
    if code == "1" {
      let digits = Array(national.utf8)
      guard digits.count == 10, digits[0] >= UInt8(ascii: "2"), digits[3] >= UInt8(ascii: "2") else { return false }
    }
    if code == "7" { guard national.count == 10 else { return false } }
    return RepetitionFilter.isVaried(String(national))
  }
}
