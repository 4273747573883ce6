/// Which personal data a table column holds, and in what share of its rows: what a person preparing an
/// export needs to decide what to mask ("column 3 `id_no`: cn_resident_id in 99.8 % of 120,000 rows").
public struct ColumnSummary: Codable, Sendable, Hashable {
  /// One entity found in the column and the number of rows that hold it.
  public struct EntityRows: Codable, Sendable, Hashable {
    public var entity: Entity
    public var rows: Int
    public init(entity: Entity, rows: Int) {
      self.entity = entity
      self.rows = rows
    }
  }

  /// The file (or archive member), relative to the scan root.
  public var path: String
  /// 1-based column position.
  public var position: Int
  /// The header of the column.
  public var column: String
  /// Data rows in the file (the header row not counted).
  public var rows: Int
  /// Entities found in the column (at the reported confidence), most rows first.
  public var entities: [EntityRows]

  public init(path: String, position: Int, column: String, rows: Int, entities: [EntityRows]) {
    self.path = path
    self.position = position
    self.column = column
    self.rows = rows
    self.entities = entities
  }
}
