import XBorderCore

/// `## Transfer assessment` and `## Governance checklist`.
enum MarkdownGovernance {
  typealias M = MarkdownText

  static func assessmentBlocks(_ assessment: TransferAssessment?) -> [String] {
    guard let assessment else { return [] }
    var blocks = ["## Transfer assessment (policy \(M.code(assessment.policy)))"]
    blocks.append("> [!NOTE]\n> " + M.text(assessment.disclaimer))
    if let pipl = assessment.pipl { blocks += piplBlocks(pipl) }
    if let gdpr = assessment.gdpr { blocks += gdprBlocks(gdpr) }
    return blocks
  }

  static func piplBlocks(_ pipl: PIPLAssessment) -> [String] {
    let approx = pipl.relativeStandardError > 0 ? "≈" : ""
    var lines = [
      "**Route: \(M.text(pipl.route.title))** (CAC Provisions on Promoting and Regulating Cross-Border Data "
        + "Flows, 2024, for a processor that is not a CIIO and exports no important data).",
      "",
      M.row(["", "People", "With sensitive PI"]), M.row(["---", "--:", "--:"]),
      M.row(["This scan", approx + M.grouped(pipl.scannedSubjects), approx + M.grouped(pipl.scannedSensitiveSubjects)]),
      M.row(["Exported earlier since 1 January", M.grouped(pipl.priorSubjects), M.grouped(pipl.priorSensitiveSubjects)]
      ),
      M.row([
        "**Cumulative**", "**\(M.grouped(pipl.cumulativeSubjects))**",
        "**\(M.grouped(pipl.cumulativeSensitiveSubjects))**",
      ]),
      "",
    ]
    lines += pipl.reasons.map { "- " + M.text($0) }
    if !pipl.sensitiveEntities.isEmpty {
      lines.append(
        "- Sensitive entities: " + pipl.sensitiveEntities.map { M.code($0.rawValue) }.joined(separator: ", "))
    }
    let countries = pipl.destinationCountries
    lines.append(
      countries.isEmpty
        ? "- No destination outside the permitted region was found in the scanned files; the route applies if "
          + "this data is exported."
        : "- Destinations outside the permitted region: " + countries.map(M.code).joined(separator: ", "))
    lines.append(
      "- Thresholds: security assessment from 1,000,000 people or 10,000 with sensitive PI (Art. 7); standard "
        + "contract or certification from 100,000 people or any sensitive PI (Art. 8); below that exempt "
        + "(Art. 5(4)). Counts run from 1 January of the current year.")
    var blocks = [lines.joined(separator: "\n")]
    if let near = pipl.nearThreshold { blocks.append("> [!WARNING]\n> " + M.text(near)) }
    return blocks
  }

  static func gdprBlocks(_ gdpr: GDPRAssessment) -> [String] {
    let intro =
      "GDPR Chapter V standing of each destination country (adequacy list as of "
      + "\(M.text(gdpr.adequacyListAsOf))):"
    guard !gdpr.destinations.isEmpty else {
      return [intro + " no destination was found in the scanned files."]
    }
    var lines = [
      M.row(["Country", "Standing", "Destinations", "What it needs"]), M.row(["---", "---", "---", "---"]),
    ]
    for destination in gdpr.destinations {
      let hosts =
        destination.destinations.prefix(5).map(M.codeCell).joined(separator: ", ")
        + (destination.destinations.count > 5 ? " …" : "")
      lines.append(
        M.row([
          M.codeCell(destination.country), destination.standing.rawValue.replacingOccurrences(of: "_", with: " "),
          hosts, M.textCell(destination.basis),
        ]))
    }
    return [intro, lines.joined(separator: "\n")]
  }

  static func checklistBlocks(_ items: [ChecklistItem]) -> [String] {
    guard !items.isEmpty else { return [] }
    let found = items.filter { !$0.alwaysApplies }
    let always = items.filter(\.alwaysApplies)
    var blocks = ["## Governance checklist"]
    if !found.isEmpty { blocks.append(found.map(item).joined(separator: "\n")) }
    if !always.isEmpty {
      blocks.append(
        "Always, for every export:\n"
          + always.map { "- [ ] **\(M.text($0.finding)):** \(M.text($0.action)) (\(basis($0)))" }.joined(
            separator: "\n"))
    }
    return blocks
  }

  /// `- [ ] finding → action (basis)` and its evidence as a nested list.
  static func item(_ item: ChecklistItem) -> String {
    var text = "- [ ] \(inline(item.finding)) → \(M.text(item.action))"
    if !item.basis.isEmpty { text += " (\(basis(item)))" }
    for evidence in item.evidence { text += "\n  - " + describe(evidence) }
    return text
  }

  static func describe(_ evidence: ChecklistEvidence) -> String {
    var parts: [String] = []
    if let path = evidence.path { parts.append(M.code(path)) }
    if let column = evidence.column { parts.append("column \(M.code(column))") }
    if let entity = evidence.entity { parts.append(M.code(entity.rawValue)) }
    if let destination = evidence.destination {
      parts.append("→ \(M.code(destination))" + (evidence.country.map { " (\(M.text($0)))" } ?? ""))
    }
    if let count = evidence.count {
      let kind = evidence.countKind.map { " " + (count == 1 && $0.hasSuffix("s") ? String($0.dropLast()) : $0) } ?? ""
      parts.append((evidence.approximate ? "≈" : "") + M.grouped(count) + kind)
    } else if let kind = evidence.countKind {
      parts.append(M.text(kind))
    }
    return parts.joined(separator: " · ")
  }

  private static func basis(_ item: ChecklistItem) -> String {
    item.basis.map(M.text).joined(separator: "; ")
  }

  /// Item text with `code` spans kept and everything else escaped.
  static func inline(_ text: String) -> String {
    text.split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
      index % 2 == 1 ? M.code(String(part)) : M.text(String(part))
    }.joined()
  }
}
