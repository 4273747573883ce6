import Foundation

/// PRC resident identity numbers (GB 11643-1999) and the permits that share their layout.
///
/// 18 characters: 6-digit division code, birth date YYYYMMDD, 3-digit sequence, MOD 11-2 check.
/// Accepted prefixes: mainland provinces, 81/82/83 (HK/MO/TW residence permits) and 9 (2023
/// foreign permanent-resident cards). 15-digit legacy numbers: division, YYMMDD (19YY), sequence,
/// no check digit. Birth dates must be real, not before 1900, not in the future.
public enum ResidentIDValidator {
  /// Province codes (positions 1–2) of mainland divisions, plus 81/82/83 for residence permits.
  static let provincePrefixes: Set<Int> = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
    61, 62, 63, 64, 65, 81, 82, 83,
  ]

  public static func isValid(_ value: String, today: Date = Date()) -> Bool {
    let characters = Array(value.uppercased().utf8)
    switch characters.count {
    case 18: return isValid18(characters, today: today)
    case 15: return isValid15(characters, today: today)
    default: return false
    }
  }

  /// The digits-only fast path of `isValid`: 18 digits must carry their MOD 11-2 check digit; 15 digits
  /// (legacy, no check digit) are left to the full check.
  static func digitsMayBeValid(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
    switch digits.count {
    case 18: Mod11_2.digitsEndInCheckCharacter(digits)
    case 15: true
    default: false
    }
  }

  private static func isValid18(_ c: [UInt8], today: Date) -> Bool {
    guard c[0..<17].allSatisfy(isDigit), isDigit(c[17]) || c[17] == UInt8(ascii: "X") else { return false }
    guard hasPlausiblePrefix(c) else { return false }
    guard let year = number(c[6..<10]), let month = number(c[10..<12]), let day = number(c[12..<14]),
      isBirthDate(year: year, month: month, day: day, today: today)
    else { return false }
    let body = String(decoding: c[0..<17], as: UTF8.self)
    return Mod11_2.checkCharacter(for: body) == Character(UnicodeScalar(c[17]))
  }

  private static func isValid15(_ c: [UInt8], today: Date) -> Bool {
    guard c.allSatisfy(isDigit), hasPlausiblePrefix(c), c[0] != UInt8(ascii: "9") else { return false }
    guard let yy = number(c[6..<8]), let month = number(c[8..<10]), let day = number(c[10..<12]) else {
      return false
    }
    return isBirthDate(year: 1900 + yy, month: month, day: day, today: today)
  }

  private static func hasPlausiblePrefix(_ c: [UInt8]) -> Bool {
    if c[0] == UInt8(ascii: "9") { return true }
    guard let province = number(c[0..<2]) else { return false }
    return provincePrefixes.contains(province)
  }

  static func isBirthDate(year: Int, month: Int, day: Int, today: Date) -> Bool {
    guard year >= 1900, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
      return false
    }
    let now = utcCivilDate(of: today)
    return (year, month, day) <= (now.year, now.month, now.day)
  }

  /// Year, month and day of `date` in UTC, by arithmetic (no `Calendar`: this runs for every ID-shaped
  /// number). Days since 1970-01-01 to the proleptic Gregorian date, after H. Hinnant's civil_from_days.
  static func utcCivilDate(of date: Date) -> (year: Int, month: Int, day: Int) {
    let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
    let era = (days >= 0 ? days : days - 146_096) / 146_097
    let dayOfEra = days - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

  private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }
}
