import XBorderCore

/// "Columns holding personal data": per CSV/TSV column, which entities and in what share of the rows,
/// so whoever prepares the export sees what to mask or drop.
enum MarkdownColumns {
  static func blocks(_ columns: [ColumnSummary]) -> [String] {
    guard !columns.isEmpty else { return [] }
    var lines = [
      MarkdownText.row(["File", "Column", "Entity", "Rows", "Share of rows"]),
      MarkdownText.row(["---", "---", "---", "--:", "--:"]),
    ]
    for column in columns {
      for share in column.entities {
        let percent = Double(share.rows) * 100 / Double(max(column.rows, 1))
        lines.append(
          MarkdownText.row([
            MarkdownText.codeCell(column.path), "\(column.position) " + MarkdownText.codeCell(column.column),
            MarkdownText.codeCell(share.entity.rawValue),
            "\(MarkdownText.grouped(share.rows)) of \(MarkdownText.grouped(column.rows))", percentText(percent),
          ]))
      }
    }
    return ["## Columns holding personal data", lines.joined(separator: "\n")]
  }

  /// One decimal, but never "100.0 %" for a column that is not complete, nor "0.0 %" for one that has data.
  static func percentText(_ percent: Double) -> String {
    let rounded = (percent * 10).rounded() / 10
    let shown = percent < 100 && rounded >= 100 ? 99.9 : (percent > 0 && rounded <= 0 ? 0.1 : rounded)
    return String(format: "%.1f %%", shown)
  }
}
