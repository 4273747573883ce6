import XBorderCore

/// `## Findings by file`: one table per file, with optional columns only where they carry something.
enum MarkdownFindings {
  typealias M = MarkdownText

  /// Per file a heading and a table of at most `maxPerFile` rows; `findings` are the active ones.
  static func fileBlocks(_ findings: [Finding], maxPerFile: Int) -> [String] {
    guard !findings.isEmpty else { return [] }
    var blocks = ["## Findings by file"]
    for (path, fileFindings) in groupedByFile(findings) {
      blocks.append("### \(M.code(path)) — \(M.count(fileFindings.count, "finding"))")
      blocks.append(table(fileFindings.prefix(max(0, maxPerFile))))
      if fileFindings.count > maxPerFile {
        let rest = fileFindings.count - maxPerFile
        let more = M.count(rest, "more finding")
        blocks.append("… \(more) in this file \(rest == 1 ? "is" : "are") in the JSON/SARIF report.")
      }
    }
    return blocks
  }

  /// Findings split by path, files in first-seen order (report order sorts by path first).
  static func groupedByFile(_ findings: [Finding]) -> [(String, [Finding])] {
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
    let used = MarkdownColumn.optional.filter { column in findings.contains { !column.cell($0).isEmpty } }
    let columns = MarkdownColumn.fixed + used
    var lines = [M.row(columns.map(\.header)), M.row(columns.map(\.alignment))]
    for finding in findings {
      lines.append(M.row(columns.map { $0.cell(finding) }))
    }
    return lines.joined(separator: "\n")
  }
}

/// A column of a per-file findings table: its header, alignment and how a finding fills its cell.
struct MarkdownColumn {
  typealias M = MarkdownText

  let header: String
  let alignment: String
  /// The escaped cell; empty when the finding has nothing for this column.
  let cell: (Finding) -> String

  /// Columns every table has.
  static var fixed: [MarkdownColumn] {
    [
      MarkdownColumn(header: "Line:Col", alignment: "--:") { "\($0.location.line):\($0.location.startColumn)" },
      MarkdownColumn(header: "Rule", alignment: "---") { M.codeCell($0.ruleId) },
      MarkdownColumn(header: "Entity", alignment: "---") { M.codeCell($0.entity.rawValue) },
      MarkdownColumn(header: "Level", alignment: "---") { $0.level.rawValue },
      MarkdownColumn(header: "Confidence", alignment: "---") { $0.confidence.rawValue },
      MarkdownColumn(header: "Value", alignment: "---") { M.codeCell($0.maskedValue) },
    ]
  }

  /// Columns a table has only when at least one of its findings fills them.
  static var optional: [MarkdownColumn] {
    [
      MarkdownColumn(header: "Context", alignment: "---") { $0.context.map(M.codeCell) ?? "" },
      MarkdownColumn(header: "Destination", alignment: "---") { MarkdownDestination.cell($0) ?? "" },
      MarkdownColumn(header: "Message", alignment: "---") { FindingText.customMessage($0).map(M.textCell) ?? "" },
    ]
  }
}
