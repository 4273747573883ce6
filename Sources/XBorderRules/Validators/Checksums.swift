/// Luhn (ISO/IEC 7812) check over a digit string.
public enum Luhn {
  /// Walks the UTF-8 bytes from the end without allocating: validators run on every look-alike number.
  public static func isValid(_ digits: String) -> Bool {
    var contiguous = digits
    return contiguous.withUTF8 { isValid(digits: $0) }
  }

  /// The check on ASCII digit bytes (false on any other byte); also the digits-only fast path.
  public static func isValid(digits: UnsafeBufferPointer<UInt8>) -> Bool {
    var sum = 0
    var fromEnd = 0
    for byte in digits.reversed() {
      let digit = Int(byte) &- 48
      guard digit >= 0, digit <= 9 else { return false }
      if fromEnd & 1 == 1 {
        let doubled = digit * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      } else {
        sum += digit
      }
      fromEnd += 1
    }
    return fromEnd >= 2 && sum % 10 == 0
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

  /// Whether 18 ASCII digit bytes end in their own check character (a digit: bodies whose check is X fail).
  static func digitsEndInCheckCharacter(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
    guard digits.count == 18 else { return false }
    var sum = 0
    for index in 0..<17 { sum += (Int(digits[index]) - 48) * weights[index] }
    return checkCharacters[sum % 11].asciiValue == digits[17]
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
