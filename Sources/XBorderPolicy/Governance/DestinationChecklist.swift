import XBorderCore

/// One item per destination outside the policy's permitted region (not accepted by an exception).
enum DestinationChecklist {
  static func items(_ report: ScanReport, assessment: TransferAssessment?) -> [ChecklistItem] {
    let policy = report.invocation.policy
    let outside = report.findings.filter { $0.entity == .foreignDestination && !$0.isSuppressed }
    let gdpr = Dictionary(
      (assessment?.gdpr?.destinations ?? []).map { ($0.country, $0) }, uniquingKeysWith: { first, _ in first })
    let byHost = Dictionary(grouping: outside) { $0.properties["destination"] ?? $0.maskedValue }
    var items: [ChecklistItem] = []
    for host in byHost.keys.sorted() {
      let findings = byHost[host]!
      let country = findings[0].properties["country"] ?? "unknown"
      let standing = country.split(separator: "|").compactMap { gdpr[String($0)] }
      if !gdpr.isEmpty, standing.allSatisfy({ $0.standing == .adequate }), !standing.isEmpty { continue }
      let conditional = !standing.isEmpty && standing.allSatisfy { $0.standing != .needsSafeguards }
      let verdict =
        conditional ? "adequate under policy \(policy) only on a condition" : "not permitted by policy \(policy)"
      let action =
        standing.first { $0.standing != .adequate }?.basis
        ?? "Remove it, or put a transfer mechanism in place for it (see the route above) and name the recipient "
        + "in the notice"
      items.append(
        ChecklistItem(
          id: "destination:\(host)", finding: "Destination `\(host)` (\(country)) \(verdict)",
          action: action, basis: gdpr.isEmpty ? ["PIPL Art. 38–39"] : ["GDPR Art. 44–46"],
          evidence: Dictionary(grouping: findings, by: \.location.path).keys.sorted().prefix(
            GovernanceChecklist.maxEvidence
          )
          .map { path in
            ChecklistEvidence(
              path: path, count: findings.count { $0.location.path == path }, countKind: "findings",
              destination: host, country: country)
          }))
    }
    guard items.count > GovernanceChecklist.maxDestinationItems else { return items }
    let rest = items.dropFirst(GovernanceChecklist.maxDestinationItems)
    return Array(items.prefix(GovernanceChecklist.maxDestinationItems)) + [
      ChecklistItem(
        id: "destination:more", finding: "\(rest.count) more destinations not permitted by policy \(policy)",
        action: "See the destination findings in the reports", basis: [],
        evidence: rest.prefix(GovernanceChecklist.maxEvidence).flatMap(\.evidence).prefix(
          GovernanceChecklist.maxEvidence
        )
        .map { $0 })
    ]
  }
}
