import XBorderCore

/// Counts, per table column, the rows holding each entity (one row counts once per entity).
///
/// Rows arrive in ascending order (the scan walks the file forward), so remembering the last row seen
/// per column and entity counts distinct rows in constant memory, however long the table.
struct ColumnSummarizer {
  private struct Key: Hashable {
    var column: Int
    var entity: Entity
  }

  private struct Tally {
    var rows = 0
    var lastRow = -1
  }

  private var names: [Int: String] = [:]
  private var tallies: [Key: Tally] = [:]

  mutating func add(_ entity: Entity, label: StructureLabel?) {
    guard let label, label.kind == .column, let column = label.column, let row = label.row else { return }
    names[column] = label.name
    let key = Key(column: column, entity: entity)
    var tally = tallies[key, default: Tally()]
    guard tally.lastRow != row else { return }
    tally.lastRow = row
    tally.rows += 1
    tallies[key] = tally
  }

  func summaries(path: String, totalRows: Int) -> [ColumnSummary] {
    names.keys.sorted().map { column in
      let entities = tallies.filter { $0.key.column == column }
        .map { ColumnSummary.EntityRows(entity: $0.key.entity, rows: $0.value.rows) }
        .sorted { ($1.rows, $0.entity) < ($0.rows, $1.entity) }
      return ColumnSummary(
        path: path, position: column + 1, column: names[column] ?? "", rows: max(totalRows, 1), entities: entities)
    }
  }
}
