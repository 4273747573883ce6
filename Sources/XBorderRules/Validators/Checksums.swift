/// Luhn (ISO/IEC 7812) check over a digit string.
public enum Luhn {
  /// Walks the UTF-8 bytes from the end without allocating: validators run on every look-alike number.
  public static func isValid(_ digits: String) -> Bool {
    var sum = 0
    var count = 0
    for byte in digits.utf8.reversed() {
      let digit = Int(byte) - 48
      guard (0...9).contains(digit) else { return false }
      if count % 2 == 1 {
        let doubled = digit * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      } else {
        sum += digit
      }
      count += 1
    }
    return count >= 2 && sum % 10 == 0
  }
}

/// ISO 7064 MOD 11-2, the check character of PRC resident ID numbers (GB 11643-1999).
public enum Mod11_2 {
  static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

  /// The check character for 17 leading digits, or nil when they are not 17 digits.
  public static func checkCharacter(for body: some StringProtocol) -> Character? {
    let digits = body.utf8.map { Int($0) - 48 }
    guard digits.count == 17, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
    let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
    return checkCharacters[sum % 11]
  }
}

/// Rejects look-alike numbers that are placeholders rather than data.
public enum RepetitionFilter {
  /// False for one repeated digit (`00000000`) or a plain ascending/descending run (`123456789`).
  public static func isVaried(_ value: String) -> Bool {
    var count = 0
    var first = 0
    var previous = 0
    var allSame = true
    var ascending = true
    var descending = true
    for byte in value.utf8 where (48...57).contains(byte) {
      let digit = Int(byte) - 48
      if count == 0 {
        first = digit
      } else {
        allSame = allSame && digit == first
        let step = (digit - previous + 10) % 10
        ascending = ascending && step == 1
        descending = descending && step == 9
      }
      previous = digit
      count += 1
    }
    guard count >= 6 else { return true }
    return !(allSame || ascending || descending)
  }
}
