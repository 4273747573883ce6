/// Masks personal-data values for reports: never the full value, enough to recognise it.
///
/// Letters and digits are masked with `*`; separators (spaces, dashes, `@`, dots) stay so the
/// shape is recognisable. How many characters stay visible depends on the value's length:
///
/// | significant characters | visible |
/// |---|---|
/// | ≥ 15 (IDs, cards) | first 3, last 4 |
/// | 11–14 (phones) | first 3, last 2 |
/// | 7–10 | first 1, last 2 |
/// | 4–6 | first 1, last 1 |
/// | ≤ 3 (names) | none |
///
/// E-mail addresses keep the first character of the local part and the domain.
public enum ValueMasker {
  public static let maskCharacter: Character = "*"

  /// The masked form of `value`; destinations (not personal data) are returned unchanged.
  public static func mask(_ value: String, entity: Entity) -> String {
    guard entity.isPersonalData else { return value }
    if entity == .email, let at = value.lastIndex(of: "@") {
      return maskLocalPart(value[..<at]) + value[at...]
    }
    return maskSignificant(Substring(value))
  }

  private static func maskLocalPart(_ local: Substring) -> String {
    guard let first = local.first else { return "" }
    return local.count <= 1 ? String(maskCharacter) : String(first) + String(repeating: maskCharacter, count: 3)
  }

  private static func visibleCounts(forSignificant count: Int) -> (head: Int, tail: Int) {
    switch count {
    case 15...: (3, 4)
    case 11...14: (3, 2)
    case 7...10: (1, 2)
    case 4...6: (1, 1)
    default: (0, 0)
    }
  }

  private static func isSignificant(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  private static func maskSignificant(_ value: Substring) -> String {
    let total = value.reduce(0) { $0 + (isSignificant($1) ? 1 : 0) }
    let (head, tail) = visibleCounts(forSignificant: total)
    var seen = 0
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for character in value {
      guard isSignificant(character) else {
        result.append(character)
        continue
      }
      let visible = seen < head || seen >= total - tail
      result.append(visible ? character : maskCharacter)
      seen += 1
    }
    return result
  }
}
