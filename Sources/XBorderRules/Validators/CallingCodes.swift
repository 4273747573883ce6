/// Assigned ITU-T E.164 country calling codes. Codes are prefix-free, so the leading digits of a number
/// decide its code. Source: the ITU-T list of assigned country codes (Operational Bulletin annex), as
/// commonly reproduced; spare and reserved codes (e.g. `+28x`, `+80x` non-geographic, `+87x`) are left out.
public enum CallingCodes {
  static let oneDigit: Set<String> = ["1", "7"]

  static let twoDigit: Set<String> = [
    "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49",
    "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84",
    "86", "90", "91", "92", "93", "94", "95", "98",
  ]

  static let threeDigit: Set<String> = {
    var codes: Set<Int> = [211, 212, 213, 216, 218, 290, 291, 297, 298, 299, 420, 421, 423]
    codes.formUnion(220...258)
    codes.formUnion(260...269)
    codes.formUnion(350...359)
    codes.formUnion(370...378)
    codes.formUnion([380, 381, 382, 383, 385, 386, 387, 389])
    codes.formUnion(500...509)
    codes.formUnion(590...599)
    codes.formUnion([670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683])
    codes.formUnion(685...692)
    codes.formUnion([850, 852, 853, 855, 856, 880, 886])
    codes.formUnion(960...968)
    codes.formUnion(970...977)
    codes.formUnion([992, 993, 994, 995, 996, 998])
    return Set(codes.map(String.init))
  }()

  /// The country code at the start of `digits`, or nil when none is assigned.
  public static func countryCode(of digits: some StringProtocol) -> String? {
    for length in 1...3 {
      let prefix = String(digits.prefix(length))
      guard prefix.count == length else { return nil }
      let table = length == 1 ? oneDigit : length == 2 ? twoDigit : threeDigit
      if table.contains(prefix) { return prefix }
    }
    return nil
  }
}
