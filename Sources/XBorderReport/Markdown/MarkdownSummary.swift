import XBorderCore

/// `## Summary by entity and level` and `## Top files`: active findings, with suppressed ones counted apart.
enum MarkdownSummary {
  typealias M = MarkdownText

  /// The summary tables, or a single "Findings" section when no finding is active.
  /// Occurrences beyond the per-file cap (`overflow`) are counted with the findings.
  static func blocks(
    active: [Finding], suppressed: [Finding], overflow: [FindingOverflow] = [], topFileCount: Int
  ) -> [String] {
    let counts = FindingCounts(active, overflow: overflow.filter { !$0.suppressed })
    let suppressedCounts = FindingCounts(suppressed, overflow: overflow.filter(\.suppressed))
    guard counts.total > 0 || suppressedCounts.total > 0 else { return ["## Findings", "No findings."] }
    var blocks = ["## Summary by entity and level", entityTable(counts, suppressed: suppressedCounts)]
    if counts.total > 0 {
      blocks += ["## Top files", topFiles(counts, topFileCount)]
    } else {
      blocks.append("No active findings: every finding is suppressed (see *Suppressed findings*).")
    }
    return blocks
  }

  /// Active findings per entity and level; with suppressions, `Active` and `Suppressed` replace `Total`.
  private static func entityTable(_ counts: FindingCounts, suppressed: FindingCounts) -> String {
    let levels = Level.allCases.reversed()
    let split = suppressed.total > 0
    let totals = split ? ["Active", "Suppressed"] : ["Total"]
    var lines = [
      M.row(["Entity"] + levels.map(\.rawValue) + totals),
      M.row(["---"] + Array(repeating: "--:", count: levels.count + totals.count)),
    ]
    let entities = Set(counts.byEntity.keys).union(suppressed.byEntity.keys).sorted()
    for entity in entities {
      let byLevel = counts.byEntityAndLevel[entity] ?? [:]
      var cells = levels.map { M.grouped(byLevel[$0] ?? 0) } + [M.grouped(counts.byEntity[entity] ?? 0)]
      if split { cells.append(M.grouped(suppressed.byEntity[entity] ?? 0)) }
      lines.append(M.row([M.codeCell(entity.rawValue)] + cells))
    }
    var sums = levels.map { counts.byLevel[$0] ?? 0 } + [counts.total]
    if split { sums.append(suppressed.total) }
    lines.append(M.row(["**Total**"] + sums.map { "**\(M.grouped($0))**" }))
    return lines.joined(separator: "\n")
  }

  private static func topFiles(_ counts: FindingCounts, _ limit: Int) -> String {
    var lines = [M.row(["File", "Findings", "Highest level"]), M.row(["---", "--:", "---"])]
    for file in counts.topFiles(limit: limit) {
      let level = counts.highestLevelByFile[file.path]?.rawValue ?? ""
      lines.append(M.row([M.codeCell(file.path), M.grouped(file.count), level]))
    }
    return lines.joined(separator: "\n")
  }
}
