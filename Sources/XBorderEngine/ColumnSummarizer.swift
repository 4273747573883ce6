import XBorderCore

/// Counts, per table column, the rows holding each entity (one row counts once per entity).
struct ColumnSummarizer {
  private struct Key: Hashable {
    var column: Int
    var entity: Entity
  }

  private var names: [Int: String] = [:]
  private var rows: [Key: Set<Int>] = [:]

  mutating func add(_ finding: Finding, label: StructureLabel?) {
    guard let label, label.kind == .column, let column = label.column, let row = label.row else { return }
    names[column] = label.name
    rows[Key(column: column, entity: finding.entity), default: []].insert(row)
  }

  func summaries(path: String, totalRows: Int) -> [ColumnSummary] {
    names.keys.sorted().map { column in
      let entities = rows.filter { $0.key.column == column }
        .map { ColumnSummary.EntityRows(entity: $0.key.entity, rows: $0.value.count) }
        .sorted { ($1.rows, $0.entity) < ($0.rows, $1.entity) }
      return ColumnSummary(
        path: path, position: column + 1, column: names[column] ?? "", rows: max(totalRows, 1), entities: entities)
    }
  }
}
