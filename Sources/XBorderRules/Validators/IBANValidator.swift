/// International Bank Account Numbers (ISO 13616): country, 2 check digits, BBAN; ISO 7064 MOD 97-10.
///
/// Only the countries whose length the reference lists (§3.18, python-stdnum's SWIFT registry v101) are
/// accepted, at exactly that length; IBANs of other countries are not reported. China, Hong Kong, Macao,
/// Taiwan and the US do not use IBANs. Test vectors: `GB82WEST12345698765432`, `DE89370400440532013000`.
public enum IBANValidator {
  public static let lengths: [String: Int] = [
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
    "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26, "UA": 29, "BR": 29, "QA": 29,
  ]

  /// Takes the normalized value (separators removed, upper-case): `GB82WEST12345698765432`.
  public static func isValid(_ value: String) -> Bool {
    let characters = Array(value.utf8)
    guard characters.count >= 15, let length = lengths[String(decoding: characters.prefix(2), as: UTF8.self)],
      characters.count == length, characters[2...3].allSatisfy({ (48...57).contains($0) }),
      characters.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) })
    else { return false }
    let checkDigits = Int(characters[2] - 48) * 10 + Int(characters[3] - 48)
    guard (2...98).contains(checkDigits) else { return false }
    return mod97(characters.dropFirst(4) + characters.prefix(4)) == 1
  }

  /// The remainder mod 97 of the number formed by the characters, letters counting A = 10 … Z = 35.
  static func mod97(_ characters: some Sequence<UInt8>) -> Int {
    var remainder = 0
    for character in characters {
      if character >= 65 {
        remainder = (remainder * 100 + Int(character) - 55) % 97
      } else {
        remainder = (remainder * 10 + Int(character) - 48) % 97
      }
    }
    return remainder
  }
}
