/// Builds one dataset's tally from values observed in record order.
///
/// A record is a table row, a JSON line or a text line. Each value is added to its entity's counter;
/// when the record ends, its most identifying value (lowest `Entity.subjectRank`) becomes the record's
/// subject key, and the key also counts as a sensitive subject when any value of the record is sensitive.
public struct DatasetTallyBuilder {
  private var tally: DatasetTally
  private var currentRecord: RecordKey?
  private var best: (entity: Entity, key: UInt64)?
  private var recordIsSensitive = false

  /// Identifies a record; values must arrive grouped by record (ascending offsets do that).
  public enum RecordKey: Hashable, Sendable {
    case row(Int)
    case line(Int)
  }

  public init(path: String) {
    tally = DatasetTally(path: path)
  }

  /// One accepted value: its entity and the keyed hash of its normalized form.
  public mutating func add(entity: Entity, key: UInt64, record: RecordKey) {
    guard entity.isPersonalData else { return }
    if record != currentRecord {
      closeRecord()
      currentRecord = record
    }
    tally.entities[entity, default: DistinctCounter()].insert(key)
    if entity.sensitivity == .sensitive { recordIsSensitive = true }
    guard let rank = entity.subjectRank else { return }
    if let best, let bestRank = best.entity.subjectRank, bestRank <= rank { return }
    best = (entity, key)
  }

  /// The finished tally.
  public mutating func finish() -> DatasetTally {
    closeRecord()
    currentRecord = nil
    return tally
  }

  private mutating func closeRecord() {
    defer {
      best = nil
      recordIsSensitive = false
    }
    guard let best else { return }
    tally.records += 1
    tally.subjects.insert(best.key)
    tally.subjectBasis[best.entity, default: 0] += 1
    if recordIsSensitive { tally.sensitiveSubjects.insert(best.key) }
  }
}
