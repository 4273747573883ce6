import XBorderCore
import XBorderRegex
import XBorderRules

/// What a file's scan carries from one window to the next.
struct ChunkedScanState {
  let path: String
  var collector: FindingCollector
  var notifications: [ToolNotification] = []
  var cursor: (any StructureCursor)?
  var hasWindow = false
  /// Offset in the file's text of the current window's first byte.
  var windowBase = 0
  /// Line and code points before the first owned byte of the current window.
  var line = 1
  var columnsBefore = 0
  var tableRows: Int?
  /// Hits of earlier windows reaching past their window's owned bytes, per entity (file offsets): a hit
  /// of the same entity starting inside one is part of that occurrence, as `resolveOverlaps` decides
  /// within a window.
  private var reachingForward: [Entity: Range<Int>] = [:]
  private var stoppedRules: Set<String> = []

  var tally: TallyRecorder

  init(path: String, limits: ScanLimits, minConfidence: Confidence, fingerprinter: Fingerprinter) {
    self.path = path
    self.collector = FindingCollector(path: path, cap: limits.findingCap, minConfidence: minConfidence)
    self.tally = TallyRecorder(path: path, fingerprinter: fingerprinter, minConfidence: minConfidence)
  }

  mutating func result() -> FileScanner.Result {
    let (findings, overflow, columns) = collector.finish(tableRows: tableRows)
    return FileScanner.Result(
      findings: findings, notifications: notifications, columns: columns, overflow: overflow, tally: tally.finish())
  }

  /// `hits` (window offsets) without those continuing an occurrence that began in an earlier window.
  func dropContinuations(of hits: [MatchEvaluator.Hit]) -> [MatchEvaluator.Hit] {
    guard !reachingForward.isEmpty else { return hits }
    return hits.filter { hit in
      guard let outer = reachingForward[hit.entity] else { return true }
      return !outer.contains(windowBase + hit.range.lowerBound)
    }
  }

  mutating func carry(_ hits: [MatchEvaluator.Hit], ownedEnd: Int) {
    reachingForward = reachingForward.filter { $0.value.upperBound > windowBase + ownedEnd }
    for hit in hits where hit.range.upperBound > ownedEnd {
      reachingForward[hit.entity] = (windowBase + hit.range.lowerBound)..<(windowBase + hit.range.upperBound)
    }
  }

  /// Records once per file that a rule hit PCRE2's limits.
  mutating func noteStopped(_ rule: CompiledRule, error: RegexMatchError) {
    guard stoppedRules.insert(rule.id).inserted else { return }
    let cause = error.isResourceLimit ? "resource limit; the pattern backtracks too much" : "error \(error.code)"
    notifications.append(
      ToolNotification(
        level: .error,
        message: "rule '\(rule.id)' stopped in this file: \(error) (PCRE2 \(cause)); "
          + "findings of this rule in this file may be incomplete",
        path: path, ruleId: rule.id))
  }
}
