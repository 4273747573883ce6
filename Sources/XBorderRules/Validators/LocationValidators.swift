/// Latitude/longitude pairs precise enough to locate a person.
///
/// The value holds two decimal numbers: a bare pair (`22.543096,114.057865`) or a labelled one
/// (`"lat": 22.5431, "lng": 114.0579`). Either order is accepted (many Chinese map APIs write longitude
/// first) as long as one number is a latitude in [-90, 90] and the other a longitude in [-180, 180].
/// A bare pair needs at least 4 decimals on both numbers (about 11 m); a labelled pair (the value has
/// letters) needs 3 (about 110 m). City-level pairs with 2 decimals are rejected, and so is 0,0.
public enum GeoPairValidator {
  public static func isValid(_ value: String) -> Bool {
    let numbers = decimals(in: value)
    guard numbers.count == 2 else { return false }
    let labelled = value.unicodeScalars.contains { $0.properties.isAlphabetic }
    let minimumPlaces = labelled ? 3 : 4
    guard numbers.allSatisfy({ $0.places >= minimumPlaces }) else { return false }
    let (a, b) = (numbers[0].value, numbers[1].value)
    guard a != 0 || b != 0 else { return false }
    return (abs(a) <= 90 && abs(b) <= 180) || (abs(b) <= 90 && abs(a) <= 180)
  }

  /// Signed decimal numbers (`-12.3456`) in the text, with their count of decimal places.
  static func decimals(in text: String) -> [(value: Double, places: Int)] {
    var result: [(Double, Int)] = []
    var current = ""
    var places = -1
    func flush() {
      if places > 0, let value = Double(current) { result.append((value, places)) }
      current = ""
      places = -1
    }
    for character in text {
      if character.isASCII, character.isNumber {
        current.append(character)
        if places >= 0 { places += 1 }
      } else if character == ".", !current.isEmpty, current != "-", places < 0 {
        current.append(character)
        places = 0
      } else {
        flush()
        if character == "-" { current = "-" }
      }
    }
    flush()
    return result
  }
}

/// PRC vehicle licence plates (GA 36-2018), reference §3.15.
///
/// A province abbreviation (京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼), an issuing-authority
/// letter (A–Z without I), then: 5 serial characters from digits and letters without I and O, at least 2
/// of them digits (ordinary plates; the minimum is this scanner's heuristic against words); or a new-energy
/// serial of 6: `D`/`F` + a letter or digit + 4 digits (small vehicles) or 5 digits + `D`/`F` (large); or
/// 4 serial characters + a suffix 挂 学 警 港 澳. The later new-energy letters A/B/C/E/G/H/J/K are
/// unverified and not accepted.
public enum LicensePlateValidator {
  static let provinces = Set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
  static let suffixes = Set("挂学警港澳")

  /// Takes the normalized plate (`alnum_upper`: separators such as `·` removed): `粤B12345`.
  public static func isValid(_ value: String) -> Bool {
    let c = Array(value)
    guard c.count == 7 || c.count == 8, provinces.contains(c[0]), let authority = c[1].asciiValue,
      (65...90).contains(authority), authority != UInt8(ascii: "I")
    else { return false }
    let serial = Array(c[2...])
    if c.count == 7, let last = serial.last, suffixes.contains(last) {
      return serial.dropLast().allSatisfy(isSerialCharacter)
    }
    guard serial.allSatisfy(isSerialCharacter) else { return false }
    if c.count == 7 { return serial.filter(\.isNumber).count >= 2 }
    let digits = serial.map(\.isNumber)
    let small = "DF".contains(serial[0]) && digits[2...].allSatisfy { $0 }
    let large = digits[..<5].allSatisfy { $0 } && "DF".contains(serial[5])
    return small || large
  }

  private static func isSerialCharacter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return (48...57).contains(ascii) || ((65...90).contains(ascii) && ascii != 73 && ascii != 79)
  }
}

/// Mainland street addresses found by the rule's structure pattern (province/city/district, a road and a
/// house number). This check only rejects what the pattern cannot: placeholders (某, XX, 测试, masked `*`)
/// and over-long runs.
public enum ChineseAddressValidator {
  static let placeholders = ScalarSearch.scalars(["某", "XX", "xx", "ＸＸ", "测试", "*", "＊", "×"])

  public static func isValid(_ value: String) -> Bool {
    guard (8...80).contains(value.count), value.contains(where: \.isNumber) else { return false }
    let scalars = Array(value.unicodeScalars)
    return !placeholders.contains { ScalarSearch.contains(scalars, $0) }
  }
}
