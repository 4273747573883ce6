import XBorderCore

/// `## People and values`: findings per entity as a bar, distinct values, and the people per dataset.
enum MarkdownPopulation {
  typealias M = MarkdownText

  /// Widest bar, in blocks.
  static let barWidth = 20

  static func blocks(_ report: ScanReport, active: [Finding], maxDatasets: Int) -> [String] {
    let counts = FindingCounts(active)
    let population = report.population
    guard counts.total > 0 || !population.isEmpty else { return [] }
    var blocks = ["## People and values"]
    if !population.isEmpty {
      let subjects = population.subjects
      let sensitive = population.sensitiveSubjects
      blocks.append(
        "**\(number(subjects)) people** estimated in \(M.count(population.datasets.count, "dataset")), "
          + "**\(number(sensitive))** of them with sensitive personal information (PIPL Art. 28). "
          + errorNote(subjects))
    }
    blocks.append(entityTable(counts, union: population.entities))
    if !population.isEmpty { blocks.append(datasetTable(population.datasets, limit: maxDatasets)) }
    return blocks
  }

  /// Findings per entity with a bar scaled to the largest, and distinct values.
  static func entityTable(_ counts: FindingCounts, union: [Entity: DistinctCounter]) -> String {
    let entities = Set(counts.byEntity.keys).union(union.keys).sorted()
    let largest = entities.map { counts.byEntity[$0] ?? 0 }.max() ?? 0
    var lines = [M.row(["Entity", "Findings", "", "Distinct values"]), M.row(["---", "--:", "---", "--:"])]
    for entity in entities {
      let found = counts.byEntity[entity] ?? 0
      let distinct = union[entity].map(number) ?? "—"
      lines.append(M.row([M.codeCell(entity.rawValue), M.grouped(found), bar(found, of: largest), distinct]))
    }
    return lines.joined(separator: "\n")
  }

  static func datasetTable(_ datasets: [DatasetTally], limit: Int) -> String {
    var lines = [
      M.row(["Dataset", "Records", "People (est.)", "Sensitive", "Keyed mostly by"]),
      M.row(["---", "--:", "--:", "--:", "---"]),
    ]
    let shown = datasets.sorted { ($1.subjects.estimate, $0.path) < ($0.subjects.estimate, $1.path) }.prefix(limit)
    for dataset in shown {
      lines.append(
        M.row([
          M.codeCell(dataset.path), M.grouped(dataset.records), number(dataset.subjects),
          number(dataset.sensitiveSubjects), dataset.mainBasis.map { M.codeCell($0.rawValue) } ?? "—",
        ]))
    }
    if datasets.count > limit {
      lines.append(M.row(["… \(M.grouped(datasets.count - limit)) more in the JSON report", "", "", "", ""]))
    }
    return lines.joined(separator: "\n")
  }

  /// `1,234` when exact, `≈1,234` when estimated.
  static func number(_ counter: DistinctCounter) -> String {
    (counter.isExact ? "" : "≈") + M.grouped(counter.estimate)
  }

  static func errorNote(_ counter: DistinctCounter) -> String {
    let method = "One person per record, keyed by its most identifying value (see README, *Counting people*)"
    guard !counter.isExact else { return method + "; counts are exact." }
    let tenths = Int((counter.relativeStandardError * 1000).rounded())
    return method + "; large counts are HyperLogLog estimates, relative standard error "
      + "\(tenths / 10).\(tenths % 10) %."
  }

  /// `█████▍` style bar, at least one block for a non-zero value.
  static func bar(_ value: Int, of largest: Int) -> String {
    guard value > 0, largest > 0 else { return "" }
    let blocks = max(1, Int((Double(value) / Double(largest) * Double(barWidth)).rounded()))
    return String(repeating: "█", count: blocks)
  }
}
