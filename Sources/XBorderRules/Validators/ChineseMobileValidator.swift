/// Mainland China mobile numbers: 11 digits in an allocated segment, optionally after 86 or 0086.
///
/// Segments follow MIIT allocations as listed in ../shared/reference §3.5 (basic operators, MVNOs,
/// data cards, satellite/emergency 1749/17406–17412). Unallocated 154, 194, 140–144, 146, 148 and
/// 13-digit IoT numbers are rejected.
public enum ChineseMobileValidator {
  static let allocatedPrefixes: Set<Int> = {
    var prefixes = Set(130...139)
    prefixes.formUnion([145, 147, 149])
    prefixes.formUnion([150, 151, 152, 153, 155, 156, 157, 158, 159])
    prefixes.formUnion([162, 165, 166, 167])
    prefixes.formUnion([170, 171, 172, 173, 174, 175, 176, 177, 178])
    prefixes.formUnion(180...189)
    prefixes.formUnion([190, 191, 192, 193, 195, 196, 197, 198, 199])
    return prefixes
  }()

  public static func isValid(_ value: String) -> Bool {
    var digits = Substring(value)
    if digits.count == 15, digits.hasPrefix("0086") { digits = digits.dropFirst(4) }
    if digits.count == 13, digits.hasPrefix("86") { digits = digits.dropFirst(2) }
    guard digits.count == 11, digits.utf8.allSatisfy({ (48...57).contains($0) }),
      let prefix = Int(digits.prefix(3)), allocatedPrefixes.contains(prefix)
    else { return false }
    // 174 is allocated only as 17400–17412 (telecom, emergency) and 1749 (maritime satellite).
    if prefix == 174, let block = Int(digits.prefix(5)) {
      return (17400...17412).contains(block) || digits.hasPrefix("1749")
    }
    return RepetitionFilter.isVaried(String(digits.suffix(8)))
  }
}
