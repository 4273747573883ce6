import XBorderCore

/// Counts, top files and the per-file finding tables.
enum MarkdownFindings {
  typealias M = MarkdownText

  /// `## Summary by entity and level` and `## Top files`, or a single "No findings." section.
  static func summaryBlocks(_ report: ScanReport, counts: FindingCounts, topFileCount: Int) -> [String] {
    guard counts.total > 0 else { return ["## Findings", "No findings."] }
    return ["## Summary by entity and level", entityTable(counts), "## Top files", topFiles(counts, topFileCount)]
  }

  private static func entityTable(_ counts: FindingCounts) -> String {
    let levels = Level.allCases.reversed()
    var lines = [
      M.row(["Entity"] + levels.map(\.rawValue) + ["Total"]),
      M.row(["---"] + Array(repeating: "--:", count: levels.count + 1)),
    ]
    for (entity, byLevel) in counts.byEntityAndLevel.sorted(by: { $0.key < $1.key }) {
      let cells = levels.map { M.grouped(byLevel[$0] ?? 0) }
      lines.append(M.row([M.codeCell(entity.rawValue)] + cells + [M.grouped(counts.byEntity[entity] ?? 0)]))
    }
    let totals = levels.map { "**\(M.grouped(counts.byLevel[$0] ?? 0))**" }
    lines.append(M.row(["**Total**"] + totals + ["**\(M.grouped(counts.total))**"]))
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

  /// `## Findings by file`: per file a heading and a table of at most `maxPerFile` rows.
  static func fileBlocks(_ findings: [Finding], counts: FindingCounts, maxPerFile: Int) -> [String] {
    guard !findings.isEmpty else { return [] }
    var blocks = ["## Findings by file"]
    for (path, fileFindings) in groupedByFile(findings) {
      blocks.append("### \(M.code(path)) — \(M.count(fileFindings.count, "finding"))")
      blocks.append(table(fileFindings.prefix(max(0, maxPerFile))))
      if fileFindings.count > maxPerFile {
        let more = M.count(fileFindings.count - maxPerFile, "more finding")
        blocks.append("… \(more) in this file are in the JSON/SARIF report.")
      }
    }
    return blocks
  }

  /// Findings split by path, files in first-seen order (report order sorts by path first).
  private static func groupedByFile(_ findings: [Finding]) -> [(String, [Finding])] {
    var order: [String] = []
    var byPath: [String: [Finding]] = [:]
    for finding in findings {
      let path = finding.location.path
      if byPath[path] == nil { order.append(path) }
      byPath[path, default: []].append(finding)
    }
    return order.map { ($0, byPath[$0] ?? []) }
  }

  private static func table(_ findings: ArraySlice<Finding>) -> String {
    var lines = [
      M.row(["Line:Col", "Rule", "Entity", "Level", "Confidence", "Value", "Context"]),
      M.row(["--:", "---", "---", "---", "---", "---", "---"]),
    ]
    for finding in findings {
      lines.append(
        M.row([
          "\(finding.location.line):\(finding.location.startColumn)", M.codeCell(finding.ruleId),
          M.codeCell(finding.entity.rawValue), finding.level.rawValue, finding.confidence.rawValue,
          M.codeCell(finding.maskedValue), finding.context.map(M.codeCell) ?? "",
        ]))
    }
    return lines.joined(separator: "\n")
  }
}
