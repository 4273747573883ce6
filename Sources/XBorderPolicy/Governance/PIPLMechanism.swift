import XBorderCore

/// The volume test of the CAC Provisions on Promoting and Regulating Cross-Border Data Flows (Order 16,
/// in force 2024-03-22) for a processor that is not a CIIO and exports no important data.
///
/// Counts are people whose PI was exported since 1 January of the current year. "以上" includes the
/// number and "不满" excludes it, so exactly 100,000 people is the contract route and exactly 1,000,000
/// (or 10,000 sensitive) the security assessment.
public enum PIPLMechanism {
  /// People (any PI) from which the security assessment applies (Art. 7(2)).
  public static let securityAssessmentPeople = 1_000_000
  /// People with sensitive PI from which the security assessment applies (Art. 7(2)).
  public static let securityAssessmentSensitivePeople = 10_000
  /// People from which the standard contract or certification applies (Art. 8); below it, exempt (Art. 5(4)).
  public static let contractPeople = 100_000

  /// The route for `people` (everyone exported, sensitive or not: a person with both counts in both, the
  /// conservative reading) and `sensitivePeople`, with the reasons and articles.
  public static func route(people: Int, sensitivePeople: Int) -> (route: PIPLRoute, reasons: [String]) {
    if people >= securityAssessmentPeople {
      return (
        .securityAssessment,
        [
          "\(grouped(people)) people ≥ 1,000,000 since 1 January → security assessment "
            + "(2024 Provisions Art. 7(2); PIPL Art. 38(1), 40)"
        ]
      )
    }
    if sensitivePeople >= securityAssessmentSensitivePeople {
      return (
        .securityAssessment,
        [
          "\(grouped(sensitivePeople)) people with sensitive PI ≥ 10,000 since 1 January "
            + "→ security assessment (2024 Provisions Art. 7(2); PIPL Art. 38(1), 40)"
        ]
      )
    }
    var reasons: [String] = []
    if people >= contractPeople {
      reasons.append(
        "\(grouped(people)) people: 100,000 ≤ n < 1,000,000 → standard contract or certification "
          + "(2024 Provisions Art. 8; PIPL Art. 38(2)–(3))")
    }
    if sensitivePeople >= 1 {
      reasons.append(
        "\(grouped(sensitivePeople)) people with sensitive PI: 1 ≤ n < 10,000 → standard contract or "
          + "certification (2024 Provisions Art. 8); the volume exemption excludes sensitive PI (Art. 5(4))")
    }
    if !reasons.isEmpty { return (.standardContractOrCertification, reasons) }
    return (
      .exempt,
      [
        "\(grouped(people)) people < 100,000 and no sensitive PI → exempt from the security "
          + "assessment, standard contract and certification (2024 Provisions Art. 5(4)); notice, separate consent "
          + "(PIPL Art. 39) and the PIIA (Art. 55) still apply (2024 Provisions Art. 10)"
      ]
    )
  }

  /// A note when an estimate with relative standard error `error` lies within three standard errors below a
  /// threshold (it may be at or above it); nil when exact or clear of every threshold.
  public static func nearThreshold(people: Int, sensitivePeople: Int, error: Double) -> String? {
    guard error > 0 else { return nil }
    let checks = [
      (people, securityAssessmentPeople, "people"), (people, contractPeople, "people"),
      (sensitivePeople, securityAssessmentSensitivePeople, "people with sensitive PI"),
    ]
    for (count, threshold, what) in checks where count < threshold {
      if Double(count) * (1 + 3 * error) >= Double(threshold) {
        return "≈\(grouped(count)) \(what) is within three standard errors (±\(percent(3 * error))) of the "
          + "\(grouped(threshold)) threshold: count exactly (fewer values per scan) or assume the higher route"
      }
    }
    return nil
  }

  static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }

  static func percent(_ fraction: Double) -> String {
    let tenths = Int((fraction * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10) %"
  }
}
