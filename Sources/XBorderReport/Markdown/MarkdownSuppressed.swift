import XBorderCore

/// `## Suppressed findings`: accepted findings, listed apart so they are seen but never read as failing.
enum MarkdownSuppressed {
  typealias M = MarkdownText

  /// The section with at most `maxListed` rows; nothing when no finding is suppressed.
  static func blocks(_ findings: [Finding], maxListed: Int) -> [String] {
    guard !findings.isEmpty else { return [] }
    let verb = findings.count == 1 ? "was" : "were"
    let intro =
      "\(M.count(findings.count, "finding")) \(verb) accepted by a policy exception, a baseline entry or an "
      + "inline allow comment. They stay on record here and do not count against the gate."
    var blocks = ["## Suppressed findings", intro, table(findings.prefix(max(0, maxListed)))]
    if findings.count > maxListed {
      let rest = findings.count - maxListed
      let more = M.count(rest, "more suppressed finding")
      blocks.append("… \(more) \(rest == 1 ? "is" : "are") in the JSON/SARIF report.")
    }
    return blocks
  }

  private static func table(_ findings: ArraySlice<Finding>) -> String {
    var lines = [
      M.row(["File", "Line:Col", "Rule", "Value", "Kind", "Justification", "Source"]),
      M.row(["---", "--:", "---", "---", "---", "---", "---"]),
    ]
    for finding in findings {
      let suppressions = finding.suppressions
      lines.append(
        M.row([
          M.codeCell(finding.location.path), "\(finding.location.line):\(finding.location.startColumn)",
          M.codeCell(finding.ruleId), M.codeCell(finding.maskedValue),
          stacked(suppressions) { FindingText.kindTitle($0.kind) },
          stacked(suppressions) { $0.justification.isEmpty ? "—" : M.textCell($0.justification) },
          stacked(suppressions) { $0.source.isEmpty ? "—" : M.codeCell($0.source) },
        ]))
    }
    return lines.joined(separator: "\n")
  }

  /// One line per suppression inside a cell (GFM cells cannot hold real line breaks).
  private static func stacked(_ suppressions: [FindingSuppression], _ cell: (FindingSuppression) -> String)
    -> String
  {
    suppressions.map(cell).joined(separator: "<br>")
  }
}
