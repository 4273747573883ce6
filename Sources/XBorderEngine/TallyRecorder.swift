import XBorderCore

/// Feeds the accepted hits of one file into a `DatasetTally`, window after window: the counting happens
/// on every hit the engine keeps, whatever the report later lists (and beyond the per-file cap).
///
/// Record key: the record number of the structure label (CSV/TSV data row, SQL `VALUES` tuple, JSON
/// array element), otherwise the line, which for JSON Lines is the record. Hits below `minConfidence`
/// or suppressed by a classifier are not counted.
struct TallyRecorder {
  let fingerprinter: Fingerprinter
  let minConfidence: Confidence
  private var builder: DatasetTallyBuilder

  init(path: String, fingerprinter: Fingerprinter, minConfidence: Confidence) {
    self.fingerprinter = fingerprinter
    self.minConfidence = minConfidence
    self.builder = DatasetTallyBuilder(path: path)
  }

  /// Adds `hit`, found on `line` of the file; hits must arrive in file order.
  mutating func add(_ hit: MatchEvaluator.Hit, line: Int) {
    guard hit.entity.isPersonalData, hit.confidence >= minConfidence, hit.classification?.suppression == nil else {
      return
    }
    let record: DatasetTallyBuilder.RecordKey = if let row = hit.label?.row { .row(row) } else { .line(line) }
    builder.add(entity: hit.entity, key: fingerprinter.countingKey(entity: hit.entity, normalizedValue: hit.normalized), record: record)
  }

  mutating func finish() -> EntityTally {
    EntityTally(datasets: [builder.finish()])
  }
}
