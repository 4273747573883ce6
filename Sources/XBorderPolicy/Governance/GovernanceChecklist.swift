import XBorderCore

/// The minimal governance checklist: items derived from the findings, each linked to its evidence, then
/// the few items every export owes, once.
public enum GovernanceChecklist {
  /// Destinations listed one by one before the rest are folded into one item.
  public static let maxDestinationItems = 25
  /// Evidence entries per item before the rest are left to the reports.
  public static let maxEvidence = 20

  public static func items(_ report: ScanReport, assessment: TransferAssessment?) -> [ChecklistItem] {
    var items: [ChecklistItem] = []
    if let item = incompleteScan(report.coverage) { items.append(item) }
    if let pipl = assessment?.pipl { items += PIPLChecklist.routeItems(pipl, population: report.population) }
    // PIPL Art. 28 classes; GDPR special categories (Art. 9) are not what the rules detect.
    let gdpr = report.invocation.policy == "gdpr"
    if !gdpr { items += sensitiveItems(report) }
    if let item = ordinaryItem(report, gdpr: gdpr) { items.append(item) }
    items += maskColumnItems(report.columns, gdpr: gdpr)
    items += DestinationChecklist.items(report, assessment: assessment)
    items += AlwaysApplies.items(policy: report.invocation.policy)
    return items
  }

  static func incompleteScan(_ coverage: Coverage) -> ChecklistItem? {
    let gaps = coverage.skipped.filter { $0.reason != .binary && $0.reason != .symlink }
    guard !gaps.isEmpty else { return nil }
    return ChecklistItem(
      id: "scan-incomplete",
      finding: "\(gaps.count) file\(gaps.count == 1 ? " was" : "s were") not scanned, so the counts below may be low",
      action: "Scan them (raise --max-file-size, fix permissions or the encoding) or record why they hold no "
        + "personal data",
      basis: ["PIPL Art. 51 (know what you process)"],
      evidence: gaps.prefix(maxEvidence).map { ChecklistEvidence(path: $0.path, countKind: $0.reason.rawValue) })
  }

  /// One item per sensitive entity, with every file (and column) that holds it.
  static func sensitiveItems(_ report: ScanReport) -> [ChecklistItem] {
    let union = report.population.entities
    return union.keys.filter { $0.sensitivity == .sensitive && !(union[$0]?.isEmpty ?? true) }.sorted().map { entity in
      let counter = union[entity] ?? DistinctCounter()
      let evidence = entityEvidence(entity, report: report)
      let files = evidence.compactMap(\.path)
      let place = files.count == 1 ? "`\(files[0])`" : "\(Set(files).count) files"
      let column = evidence.count == 1 ? evidence[0].column.map { ", column `\($0)`" } ?? "" : ""
      return ChecklistItem(
        id: "sensitive-pi:\(entity.rawValue)",
        finding: "Sensitive PI present (\(entity.rawValue) in \(place)\(column), \(approx(counter)) distinct "
          + (counter.estimate == 1 ? "value)" : "values)"),
        action: "Obtain separate consent (PIPL Art. 29, 39), state why it is necessary (Art. 30) and complete a "
          + "PIIA before export (Art. 55–56), kept ≥ 3 years",
        basis: ["PIPL Art. 28–30", "PIPL Art. 39", "PIPL Art. 55–56"], evidence: evidence)
    }
  }

  /// One item for all non-sensitive personal information.
  static func ordinaryItem(_ report: ScanReport, gdpr: Bool) -> ChecklistItem? {
    let union = report.population.entities.filter { (gdpr || $0.key.sensitivity == .ordinary) && !$0.value.isEmpty }
    guard !union.isEmpty else { return nil }
    let entities = union.keys.sorted()
    let summary = entities.map { "\($0.rawValue) \(approx(union[$0]!))" }.joined(separator: ", ")
    let people = report.population.subjects
    return ChecklistItem(
      id: "personal-info",
      finding: "Personal information of \(approx(people)) people (\(summary) distinct values)",
      action: gdpr
        ? "Tell people about the transfer and its safeguards (GDPR Art. 13(1)(f), 14(1)(f)) and assess whether a "
          + "DPIA is needed (Art. 35)"
        : "Tell people the overseas recipient, purpose, method and categories, obtain separate consent for "
          + "the export (PIPL Art. 39) and include the export in the PIIA (Art. 55(4))",
      basis: gdpr ? ["GDPR Art. 13–14", "GDPR Art. 35"] : ["PIPL Art. 4", "PIPL Art. 39", "PIPL Art. 55(4)"],
      evidence: entities.prefix(maxEvidence).map { entity in
        let counter = union[entity]!
        return ChecklistEvidence(
          entity: entity, count: counter.estimate, countKind: "values", approximate: !counter.isExact)
      })
  }

  /// Per table: the columns to mask before export.
  static func maskColumnItems(_ columns: [ColumnSummary], gdpr: Bool = false) -> [ChecklistItem] {
    let byPath = Dictionary(grouping: columns.filter { !$0.entities.isEmpty }, by: \.path)
    return byPath.keys.sorted().map { path in
      let columns = byPath[path]!.sorted { $0.position < $1.position }
      let names = columns.map { "`\($0.column)`" }.joined(separator: ", ")
      return ChecklistItem(
        id: "mask-columns:\(path)",
        finding: "Columns \(names) of `\(path)` hold personal data",
        action: "Mask, pseudonymise or drop them before export unless the recipient needs them",
        basis: gdpr
          ? ["GDPR Art. 5(1)(c) (data minimisation)", "GDPR Art. 25, 32 (pseudonymisation)"]
          : ["PIPL Art. 6 (minimum necessary)", "PIPL Art. 51(3) (de-identification)"],
        evidence: columns.prefix(maxEvidence).map { column in
          let top = column.entities[0]
          return ChecklistEvidence(
            path: path, column: column.column, entity: top.entity, count: top.rows, countKind: "rows")
        })
    }
  }

  /// Per file holding `entity`: its distinct values and the column(s) it is in.
  static func entityEvidence(_ entity: Entity, report: ScanReport) -> [ChecklistEvidence] {
    var evidence: [ChecklistEvidence] = []
    for dataset in report.population.datasets {
      guard let counter = dataset.entities[entity], !counter.isEmpty else { continue }
      let columns = report.columns.filter { $0.path == dataset.path && $0.entities.contains { $0.entity == entity } }
      evidence.append(
        ChecklistEvidence(
          path: dataset.path, column: columns.isEmpty ? nil : columns.map(\.column).joined(separator: ", "),
          entity: entity, count: counter.estimate, countKind: "values", approximate: !counter.isExact))
    }
    return Array(evidence.prefix(maxEvidence))
  }

  /// `120` or `≈120,000`.
  static func approx(_ counter: DistinctCounter) -> String {
    (counter.isExact ? "" : "≈") + PIPLMechanism.grouped(counter.estimate)
  }
}
