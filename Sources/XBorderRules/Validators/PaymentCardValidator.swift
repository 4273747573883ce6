/// Payment card numbers (PANs): 13–19 digits, a known issuer range and a Luhn check digit.
public enum PaymentCardValidator {
  /// Issuer ranges as (prefix low, prefix high, allowed lengths), compared on the leading digits.
  /// Sources: card-network IIN tables as summarised in ../shared/reference (Worldpay table).
  /// Visa issues 13, 16 and 19 digits only: 15-digit IMEIs (`49…`) and 18-digit resident IDs of
  /// provinces 41–46 must not pass as Visa cards.
  static let ranges: [(low: Int, high: Int, lengths: ClosedRange<Int>)] = [
    (4, 4, 13...13), (4, 4, 16...16), (4, 4, 19...19),  // Visa
    (51, 55, 16...16),  // Mastercard
    (2221, 2720, 16...16),  // Mastercard 2-series
    (34, 34, 15...15), (37, 37, 15...15),  // American Express
    (3528, 3589, 16...19),  // JCB
    (36, 36, 14...19), (300, 305, 14...19), (38, 39, 14...19),  // Diners Club
    (62, 62, 16...19),  // UnionPay
    (8100, 8171, 16...19),  // UnionPay (81 range)
    (6011, 6011, 16...19), (644, 649, 16...19), (65, 65, 16...19),  // Discover
  ]

  public static func isValid(_ digits: String) -> Bool {
    let count = digits.utf8.count
    guard (13...19).contains(count), digits.utf8.allSatisfy({ (48...57).contains($0) }) else { return false }
    // Luhn first: it turns away nine in ten look-alikes (order ids, barcodes) at the lowest cost.
    guard Luhn.isValid(digits), RepetitionFilter.isVaried(digits), hasKnownIssuer(digits) else { return false }
    // An 18-digit number that is a valid resident ID (province, birth date, MOD 11-2) is an ID: about one
    // in ten IDs of Gansu (62), Xinjiang (65), Jiangxi (36) or HK permits (81) also passes Luhn and an
    // issuer range. Real 18-digit cards that happen to look like IDs are vanishingly rare.
    // Likewise a 15-digit "Amex" (34/37 are also the Anhui and Shandong province codes) that is a valid
    // legacy 15-digit resident ID (province, 19YYMMDD birth date) is left to the ID rule: about 4% of Amex
    // numbers are lost, against legacy IDs in member tables read as cards.
    if count == 15 && ResidentIDValidator.isValid(digits) { return false }
    return !(count == 18 && ResidentIDValidator.isValid(digits))
  }

  static func hasKnownIssuer(_ digits: String) -> Bool {
    var leading = 0  // the first four digits as a number (all of them when fewer)
    var count = 0
    for byte in digits.utf8 {
      if count < 4 { leading = leading * 10 + Int(byte) - 48 }
      count += 1
    }
    let read = min(count, 4)
    return ranges.contains { range in
      let width = range.low < 10 ? 1 : range.low < 100 ? 2 : range.low < 1000 ? 3 : 4
      guard read >= width else { return false }
      let prefix = leading / powersOfTen[read - width]
      return (range.low...range.high).contains(prefix) && range.lengths.contains(count)
    }
  }

  private static let powersOfTen = [1, 10, 100, 1000]

}
