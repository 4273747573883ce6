import XBorderCore

/// Checklist items that follow from the PIPL route and the volume.
enum PIPLChecklist {
  static func routeItems(_ pipl: PIPLAssessment, population: EntityTally) -> [ChecklistItem] {
    let approx = pipl.relativeStandardError > 0 ? "≈" : ""
    let people =
      "\(approx)\(PIPLMechanism.grouped(pipl.scannedSubjects)) people in this scan "
      + "(\(approx)\(PIPLMechanism.grouped(pipl.scannedSensitiveSubjects)) with sensitive PI)"
    let prior =
      pipl.priorSubjects + pipl.priorSensitiveSubjects > 0
      ? "; with the \(PIPLMechanism.grouped(pipl.priorSubjects)) already exported since 1 January: "
        + "\(PIPLMechanism.grouped(pipl.cumulativeSubjects)) "
        + "(\(PIPLMechanism.grouped(pipl.cumulativeSensitiveSubjects)) sensitive)"
      : ""
    let evidence = population.datasets.prefix(GovernanceChecklist.maxEvidence).map { dataset in
      ChecklistEvidence(
        path: dataset.path, entity: dataset.mainBasis, count: dataset.subjects.estimate, countKind: "people",
        approximate: !dataset.subjects.isExact)
    }
    var items = [
      ChecklistItem(
        id: "route:\(pipl.route.rawValue)", finding: "\(people)\(prior) → \(pipl.route.title)",
        action: action(pipl.route), basis: basis(pipl.route), evidence: Array(evidence))
    ]
    if pipl.cumulativeSubjects >= 1_000_000 {
      items.append(
        ChecklistItem(
          id: "pi-protection-officer", finding: "1,000,000 people or more",
          action: "Appoint a PI protection officer and report them to the city-level CAC within 30 working days",
          basis: ["PIPL Art. 52", "CAC notice of 2025-07-18"]))
    }
    if pipl.cumulativeSubjects > 10_000_000 {
      items.append(
        ChecklistItem(
          id: "compliance-audit", finding: "More than 10,000,000 people",
          action: "Run a PI protection compliance audit at least every 2 years",
          basis: ["PIPL Art. 54", "Compliance Audit Measures (in force 2025-05-01)"]))
    }
    return items
  }

  static func action(_ route: PIPLRoute) -> String {
    switch route {
    case .securityAssessment:
      "Self-assess, then apply for the CAC security assessment through the provincial CAC before any export; "
        + "the approval is valid 3 years (2024 Provisions Art. 9)"
    case .standardContractOrCertification:
      "Complete the PIIA, sign the CAC standard contract with each overseas recipient and file it with the "
        + "provincial CAC within 10 working days of it taking effect, or obtain certification (valid 3 years); "
        + "do not split volumes to stay below a threshold"
    case .exempt:
      "Record why no mechanism is needed (fewer than 100,000 people since 1 January, no sensitive PI) and keep "
        + "the yearly count current (--prior-subjects)"
    }
  }

  static func basis(_ route: PIPLRoute) -> [String] {
    switch route {
    case .securityAssessment: ["2024 Provisions Art. 7", "PIPL Art. 38(1), 40", "CAC Order 11"]
    case .standardContractOrCertification:
      ["2024 Provisions Art. 8", "PIPL Art. 38(2)–(3)", "CAC Order 13", "Certification Measures (Order 20)"]
    case .exempt: ["2024 Provisions Art. 5(4)", "2024 Provisions Art. 10"]
    }
  }
}
