import XBorderCore

/// Gathers one file's findings across its windows: lists the first `cap`, counts the rest per rule,
/// level, confidence and context (`FindingOverflow`), and summarises table columns.
struct FindingCollector {
  private struct OverflowKey: Hashable {
    var ruleIndex: Int
    var level: Level
    var confidence: Confidence
    var context: String?
    var suppressed: Bool
  }

  let path: String
  let cap: Int
  let minConfidence: Confidence
  private(set) var findings: [Finding] = []
  private var overflow: [OverflowKey: FindingOverflow] = [:]
  private var overflowOrder: [OverflowKey] = []
  private var columns = ColumnSummarizer()
  /// Personal data on the first line of a table means it has no header row: its "headers" are values.
  private(set) var firstLineHasFinding = false

  init(path: String, cap: Int, minConfidence: Confidence) {
    self.path = path
    self.cap = cap
    self.minConfidence = minConfidence
  }

  /// Overflow groups per file with their own context; further contexts share a group without one.
  static let maxGroups = 200

  /// The context occurrences are grouped by: a column, or a key path with array positions as `[*]`
  /// (`key $[*].customer.mobile`), so a million records make one group, not a million.
  static func groupContext(_ label: StructureLabel) -> String {
    guard label.kind == .key, label.display.contains("[") else { return label.display }
    var text = ""
    var inIndex = false
    for character in label.display {
      if character == "[" {
        inIndex = true
        text += "[*]"
      } else if character == "]" {
        inIndex = false
      } else if !inIndex {
        text.append(character)
      }
    }
    return text
  }

  /// Adds one accepted hit at `location`. Below `minConfidence` only the header check sees it.
  mutating func add(_ hit: MatchEvaluator.Hit, location: SourceLocation, evaluator: MatchEvaluator) {
    if location.line == 1 { firstLineHasFinding = true }
    guard hit.confidence >= minConfidence else { return }
    columns.add(hit.entity, label: hit.label)
    if findings.count < cap {
      findings.append(evaluator.finding(from: hit, location: location))
      return
    }
    var key = OverflowKey(
      ruleIndex: hit.ruleIndex, level: hit.level, confidence: hit.confidence, context: hit.label.map(Self.groupContext),
      suppressed: hit.classification?.suppression != nil)
    if overflow[key] == nil {
      if overflow.count >= Self.maxGroups { key.context = nil }
      if overflow[key] == nil { overflowOrder.append(key) }
    }
    let path = path
    overflow[key, default: Self.newGroup(key, path: path, hit: hit, evaluator: evaluator)]
      .count(ValueMasker.mask(hit.value, entity: hit.entity), line: location.line)
  }

  private static func newGroup(
    _ key: OverflowKey, path: String, hit: MatchEvaluator.Hit, evaluator: MatchEvaluator
  ) -> FindingOverflow {
    FindingOverflow(
      path: path, ruleId: evaluator.rules[hit.ruleIndex].id, entity: hit.entity, level: hit.level,
      confidence: hit.confidence, context: key.context, suppressed: key.suppressed, count: 0, samples: [])
  }

  /// Replaces the findings listed from index `start` on (e.g. to attach inline suppressions).
  mutating func updateFindings(from start: Int, _ transform: ([Finding]) -> [Finding]) {
    guard start < findings.count else { return }
    findings.replaceSubrange(start..., with: transform(Array(findings[start...])))
  }

  /// The findings, overflow groups and (for tables with a header row) column summaries.
  func finish(tableRows: Int?) -> (findings: [Finding], overflow: [FindingOverflow], columns: [ColumnSummary]) {
    var findings = findings
    var groups = overflowOrder.compactMap { overflow[$0] }
    guard let tableRows else { return (findings, groups, []) }
    guard !firstLineHasFinding else {
      for index in findings.indices { findings[index].context = nil }
      for index in groups.indices { groups[index].context = nil }
      return (findings, Self.mergedAfterContextRemoval(groups), [])
    }
    return (findings, groups, columns.summaries(path: path, totalRows: tableRows))
  }

  /// Groups that differed only by context are one group once the context is gone.
  private static func mergedAfterContextRemoval(_ groups: [FindingOverflow]) -> [FindingOverflow] {
    var merged: [FindingOverflow] = []
    for group in groups {
      if let index = merged.firstIndex(where: {
        ($0.ruleId, $0.level, $0.confidence, $0.suppressed) == (group.ruleId, group.level, group.confidence, group.suppressed)
      }) {
        merged[index].count += group.count
        let room = FindingOverflow.maxSamples - merged[index].samples.count
        merged[index].samples += group.samples.prefix(max(0, room))
      } else {
        merged.append(group)
      }
    }
    return merged
  }
}

extension FindingOverflow {
  /// One more occurrence; its masked value is made only while samples are still wanted.
  fileprivate mutating func count(_ maskedValue: @autoclosure () -> String, line: Int) {
    count += 1
    if samples.count < Self.maxSamples { samples.append(Sample(maskedValue: maskedValue(), line: line)) }
  }
}
