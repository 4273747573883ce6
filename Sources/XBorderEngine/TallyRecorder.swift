import XBorderCore

/// Feeds the accepted hits of one file into a `DatasetTally`: the counting happens on every hit the
/// engine keeps, whatever the report later lists.
///
/// Record key: a CSV/TSV data row (from the structure label), otherwise the line, which for JSON Lines is
/// the record. Hits below `minConfidence` or suppressed by a classifier are not counted.
struct TallyRecorder {
  let fingerprinter: Fingerprinter

  func tally(
    _ hits: [MatchEvaluator.Hit], in bytes: UnsafeBufferPointer<UInt8>, path: String, minConfidence: Confidence
  )
    -> EntityTally
  {
    var builder = DatasetTallyBuilder(path: path)
    var lines = LineCounter()
    for hit in hits where hit.entity.isPersonalData && hit.confidence >= minConfidence {
      guard hit.classification?.suppression == nil else { continue }
      let record: DatasetTallyBuilder.RecordKey =
        if let row = hit.label?.row { .row(row) } else { .line(lines.line(at: hit.range.lowerBound, in: bytes)) }
      let key = fingerprinter.countingKey(entity: hit.entity, normalizedValue: hit.normalized)
      builder.add(entity: hit.entity, key: key, record: record)
    }
    return EntityTally(datasets: [builder.finish()])
  }
}

/// 1-based line of ascending byte offsets, counting newlines once.
private struct LineCounter {
  private var offset = 0
  private var line = 1

  mutating func line(at target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if target < offset {  // hits are sorted by start; restart in the rare case they are not
      offset = 0
      line = 1
    }
    while offset < target, offset < bytes.count {
      if bytes[offset] == 0x0A { line += 1 }
      offset += 1
    }
    return line
  }
}
