/// Unified Social Credit Codes (统一社会信用代码, GB 32100-2015) of organisations and individual businesses.
///
/// Reference §3.11: 18 characters from `0-9 A-H J-N P-R T U W-Y` (31 symbols; I, O, S, V, Z unused).
/// Position 1 is the registering authority (`1`, `5`, `9`, `Y`: the documented ones), position 2 the
/// entity type (`1`, `2`, `3`, `9`), positions 3–8 a division code (checked to start with a province code
/// or `10`), positions 9–17 the GB 11714 organisation code with its own MOD 11 check at position 17, and
/// position 18 the MOD 31 check (weights 3^i mod 31). An 18-digit value that is a valid resident ID is
/// left to the ID rule. Test vector: `91110000600037341L`.
public enum USCCValidator {
  static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
  static let values: [UInt8: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
  static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  static let organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2]
  static let divisionPrefixes: Set<Int> = ResidentIDValidator.provincePrefixes.union([10]).subtracting([81, 82, 83])

  public static func isValid(_ value: String) -> Bool {
    let c = Array(value.utf8)
    guard c.count == 18, c.allSatisfy({ values[$0] != nil }) else { return false }
    guard "159Y".utf8.contains(c[0]), "1239".utf8.contains(c[1]), c[2..<8].allSatisfy({ (48...57).contains($0) }),
      let division = Int(String(decoding: c[2..<4], as: UTF8.self)), divisionPrefixes.contains(division)
    else { return false }
    guard organisationCheck(c[8..<16]) == c[16] else { return false }
    let sum = zip(c.prefix(17), weights).reduce(0) { $0 + (values[$1.0] ?? 0) * $1.1 }
    guard alphabet[(31 - sum % 31) % 31] == c[17] else { return false }
    return !ResidentIDValidator.isValid(value)
  }

  /// The digits-only fast path of `isValid`: 18 digits whose authority and type are allowed and whose
  /// last digit is the MOD 31 check (most 18-digit look-alikes are resident IDs or order numbers).
  static func digitsMayBeValid(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
    guard digits.count == 18, "159".utf8.contains(digits[0]), "1239".utf8.contains(digits[1]) else { return false }
    var sum = 0
    for index in 0..<17 { sum += (Int(digits[index]) - 48) * weights[index] }
    return alphabet[(31 - sum % 31) % 31] == digits[17]
  }

  /// The GB 11714 check character of an 8-character organisation code body (`0`–`9` or `X`).
  static func organisationCheck(_ body: ArraySlice<UInt8>) -> UInt8? {
    var sum = 0
    for (character, weight) in zip(body, organisationWeights) {
      switch character {
      case 48...57: sum += Int(character - 48) * weight
      case 65...90: sum += Int(character - 55) * weight
      default: return nil
      }
    }
    let check = 11 - sum % 11
    return check == 10 ? UInt8(ascii: "X") : check == 11 ? UInt8(ascii: "0") : UInt8(48 + check)
  }
}
