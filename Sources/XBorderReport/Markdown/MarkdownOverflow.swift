import XBorderCore

/// "Occurrences beyond the per-file cap": files with more findings than the cap list only the first
/// ones; the rest are counted exactly per rule and column, with a few masked samples.
enum MarkdownOverflow {
  typealias M = MarkdownText

  static func blocks(_ overflow: [FindingOverflow], cap: Int) -> [String] {
    guard !overflow.isEmpty else { return [] }
    let total = overflow.reduce(0) { $0 + $1.count }
    let intro =
      "\(M.grouped(total)) further occurrences in \(Set(overflow.map(\.path)).count) file(s) went over the cap of "
      + "\(M.grouped(cap)) listed findings per file. They are counted exactly here (and in the totals above and the "
      + "gate), not listed one by one; `--max-findings-per-file` lists more."
    var lines = [
      M.row(["File", "Rule", "Entity", "Level", "Confidence", "Context", "Count", "Samples (masked, line)"]),
      M.row(["---", "---", "---", "---", "---", "---", "--:", "---"]),
    ]
    for group in overflow {
      let samples = group.samples.map { "\(M.codeCell($0.maskedValue)) (\($0.line))" }.joined(separator: ", ")
      lines.append(
        M.row([
          M.codeCell(group.path), M.codeCell(group.ruleId), M.codeCell(group.entity.rawValue), group.level.rawValue,
          group.confidence.rawValue + (group.suppressed ? " (suppressed)" : ""), group.context.map(M.textCell) ?? "",
          M.grouped(group.count), samples,
        ]))
    }
    return ["## Occurrences beyond the per-file cap", intro, lines.joined(separator: "\n")]
  }
}
