/// ICAO 9303 machine-readable zone, line 2 of a passport (TD3, 44 characters).
///
/// Every check digit must hold: document number (positions 1–9, check 10), birth date (14–19, check 20),
/// expiry date (22–27, check 28), personal number (29–42, check 43; `<` allowed when the field is empty)
/// and the composite check (44) over positions 1–10, 14–20 and 22–43. Check digits: weights 7-3-1
/// repeating, digits as themselves, A = 10 … Z = 35, `<` = 0, sum mod 10. Dates must be real YYMMDD
/// dates and the sex `M`, `F`, `X` or `<`. Specimen: ICAO's `L898902C3` has check digit 6.
public enum MRZValidator {
  /// Takes the line as matched (normalize `none`): `L898902C36UTO7408122F1204159ZE184226B<<<<<10`.
  public static func isValid(_ value: String) -> Bool {
    let c = Array(value.utf8)
    guard c.count == 44, c.allSatisfy(isMRZCharacter) else { return false }
    guard checks(c[0..<9], c[9]), checks(c[13..<19], c[19]), checks(c[21..<27], c[27]) else { return false }
    guard isDate(c[13..<19]), isDate(c[21..<27]), "MFX<".utf8.contains(c[20]) else { return false }
    let personal = c[28..<42]
    let personalEmpty = personal.allSatisfy { $0 == UInt8(ascii: "<") }
    guard checks(personal, c[42]) || (personalEmpty && c[42] == UInt8(ascii: "<")) else { return false }
    let composite = Array(c[0..<10]) + Array(c[13..<20]) + Array(c[21..<43])
    return checks(composite[...], c[43])
  }

  /// The ICAO 9303 check digit of `field`, or nil when it holds a character outside `0-9 A-Z <`.
  public static func checkDigit(_ field: some StringProtocol) -> Int? {
    checkDigit(Array(field.utf8)[...])
  }

  static func checkDigit(_ field: ArraySlice<UInt8>) -> Int? {
    var sum = 0
    for (index, character) in field.enumerated() {
      guard let value = characterValue(character) else { return nil }
      sum += value * [7, 3, 1][index % 3]
    }
    return sum % 10
  }

  private static func checks(_ field: ArraySlice<UInt8>, _ digit: UInt8) -> Bool {
    guard (48...57).contains(digit), let expected = checkDigit(field) else { return false }
    return Int(digit - 48) == expected
  }

  private static func characterValue(_ character: UInt8) -> Int? {
    switch character {
    case 48...57: Int(character - 48)
    case 65...90: Int(character - 55)
    case UInt8(ascii: "<"): 0
    default: nil
    }
  }

  private static func isMRZCharacter(_ character: UInt8) -> Bool { characterValue(character) != nil }

  private static func isDate(_ yymmdd: ArraySlice<UInt8>) -> Bool {
    let digits = yymmdd.map { Int($0) - 48 }
    guard digits.count == 6, digits.allSatisfy({ (0...9).contains($0) }) else { return false }
    let month = digits[2] * 10 + digits[3]
    let day = digits[4] * 10 + digits[5]
    return (1...12).contains(month) && (1...31).contains(day)
  }
}

/// PRC passport numbers (护照号码). The formats are from secondary sources (reference §3.7, unverified),
/// so rules should use this only with a passport keyword nearby.
///
/// Accepted: `E` + 8 digits and `E` + a letter (no I, O) + 7 digits (e-passports), `G` + 8 digits (older
/// ordinary), `D`, `S` or `P` + 7 digits, `S` + 8 digits, `DE`, `SE` or `PE` + 7 digits. No check digit exists.
public enum ChinesePassportValidator {
  public static func isValid(_ value: String) -> Bool {
    let c = Array(value.utf8)
    guard let first = c.first else { return false }
    let rest = c.dropFirst()
    let body: ArraySlice<UInt8>
    switch (first, c.count) {
    case (UInt8(ascii: "E"), 9):
      guard let second = rest.first, isDigit(second) || isSerialLetter(second) else { return false }
      body = rest.dropFirst()
    case (UInt8(ascii: "G"), 9), (UInt8(ascii: "D"), 8), (UInt8(ascii: "S"), 8), (UInt8(ascii: "P"), 8):
      body = rest
    case (UInt8(ascii: "S"), 9):
      body = rest.first == UInt8(ascii: "E") ? rest.dropFirst() : rest
    case (UInt8(ascii: "D"), 9), (UInt8(ascii: "P"), 9):
      guard rest.first == UInt8(ascii: "E") else { return false }
      body = rest.dropFirst()
    default:
      return false
    }
    guard body.allSatisfy(isDigit) else { return false }
    return RepetitionFilter.isVaried(String(decoding: body, as: UTF8.self))
  }

  /// Letters used in the second position of newer e-passport numbers: A–Z without I and O.
  static func isSerialLetter(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) && byte != UInt8(ascii: "I") && byte != UInt8(ascii: "O")
  }

  static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
}

/// Passport numbers of other countries: 6–9 letters and digits with at least 2 digits, not a plain run,
/// and not in a PRC passport format (those are `ChinesePassportValidator`'s). There is no common checksum,
/// so rules must only look for these right after a passport label.
public enum PassportNumberValidator {
  public static func isValid(_ value: String) -> Bool {
    let c = Array(value.utf8)
    guard (6...9).contains(c.count), c.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) }) else {
      return false
    }
    guard c.filter({ (48...57).contains($0) }).count >= 2, Set(c).count > 2 else { return false }
    return RepetitionFilter.isVaried(value) && !ChinesePassportValidator.isValid(value)
  }
}

/// Mainland travel permits (no check digits exist; rules need a keyword nearby).
///
/// Reference §3.8–3.10: Mainland Travel Permit for HK/Macao residents (回乡证) `H`/`M` + 8 digits, optionally
/// + 2 renewal digits; Exit-Entry Permit to HK/Macao (往来港澳通行证) `C` + a digit or letter (no I, O) + 7
/// digits, old booklets `W` + 8 digits; mainland residents' Taiwan permit `L` + 8 digits; Mainland Travel
/// Permit for Taiwan residents (台胞证) 8 digits. 8-digit values that read as a date (19xx/20xx) are rejected.
public enum TravelPermitValidator {
  public static func isValid(_ value: String) -> Bool {
    let c = Array(value.utf8)
    guard let first = c.first else { return false }
    let digits: ArraySlice<UInt8>
    switch (first, c.count) {
    case (UInt8(ascii: "H"), 9), (UInt8(ascii: "M"), 9), (UInt8(ascii: "H"), 11), (UInt8(ascii: "M"), 11),
      (UInt8(ascii: "W"), 9), (UInt8(ascii: "L"), 9):
      digits = c.dropFirst()
    case (UInt8(ascii: "C"), 9):
      guard ChinesePassportValidator.isDigit(c[1]) || ChinesePassportValidator.isSerialLetter(c[1]) else {
        return false
      }
      digits = c.dropFirst(2)
    case (48...57, 8):
      digits = c[...]
      guard !looksLikeDate(c) else { return false }
    default:
      return false
    }
    guard digits.allSatisfy(ChinesePassportValidator.isDigit) else { return false }
    return RepetitionFilter.isVaried(String(decoding: digits.prefix(8), as: UTF8.self))
  }

  /// True for `19YYMMDD` / `20YYMMDD` with a real month and day.
  static func looksLikeDate(_ c: [UInt8]) -> Bool {
    let d = c.map { Int($0) - 48 }
    let century = d[0] * 10 + d[1]
    let month = d[4] * 10 + d[5]
    let day = d[6] * 10 + d[7]
    return (century == 19 || century == 20) && (1...12).contains(month) && (1...31).contains(day)
  }
}
