/// One thing to do (or keep) before the export, with the findings that call for it.
public struct ChecklistItem: Codable, Sendable, Hashable {
  /// Stable id, e.g. `sensitive-pi`, `destination:api.mixpanel.com`, `mask-columns:orders.csv`.
  public var id: String
  /// What was found, one sentence.
  public var finding: String
  /// What to do about it.
  public var action: String
  /// Articles and instruments, e.g. `PIPL Art. 29`.
  public var basis: [String]
  /// The evidence behind the item; empty for items that always apply.
  public var evidence: [ChecklistEvidence]
  /// True for the short items every export owes (inventory, recipient, retention).
  public var alwaysApplies: Bool

  public init(
    id: String, finding: String, action: String, basis: [String], evidence: [ChecklistEvidence] = [],
    alwaysApplies: Bool = false
  ) {
    self.id = id
    self.finding = finding
    self.action = action
    self.basis = basis
    self.evidence = evidence
    self.alwaysApplies = alwaysApplies
  }
}

/// A pointer into the scan results: a file, a column, an entity, a count, a destination.
public struct ChecklistEvidence: Codable, Sendable, Hashable {
  public var path: String?
  public var column: String?
  public var entity: Entity?
  /// People or distinct values, as `countKind` says.
  public var count: Int?
  /// `people`, `values`, `findings` or `rows`.
  public var countKind: String?
  /// True when `count` is a sketch estimate.
  public var approximate: Bool
  public var destination: String?
  public var country: String?

  public init(
    path: String? = nil, column: String? = nil, entity: Entity? = nil, count: Int? = nil, countKind: String? = nil,
    approximate: Bool = false, destination: String? = nil, country: String? = nil
  ) {
    self.path = path
    self.column = column
    self.entity = entity
    self.count = count
    self.countKind = countKind
    self.approximate = approximate
    self.destination = destination
    self.country = country
  }
}
