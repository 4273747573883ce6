import XBorderCore
import XBorderRegex
import XBorderRules

/// Runs every compiled rule over one file's UTF-8 bytes and returns its findings.
///
/// Pure apart from its scratch state: no file system, no clock. One instance per worker (it owns a
/// `MatchSession`); the rules, fingerprinter and classifiers are shared.
///
/// Stages: regex candidates (all rules) → sorted by offset → structural label (CSV column, JSON/YAML
/// key) → validators, context and classifier (`MatchEvaluator`) → overlaps resolved → located findings.
public final class FileScanner {
  /// What one file yields: findings in report order and problems met on the way.
  public struct Result: Sendable {
    public var findings: [Finding]
    public var notifications: [ToolNotification]
    /// For CSV/TSV files: which entities each column holds (findings at `minConfidence` or above).
    public var columns: [ColumnSummary] = []
    /// Distinct values and subjects of this file, from every accepted hit (see `TallyRecorder`).
    public var tally = EntityTally()
  }

  private let rules: [CompiledRule]
  private let evaluator: MatchEvaluator
  private let session: MatchSession

  /// `classifiers` must hold every classifier the rules name (see `RuleCatalog.checkClassifiers`);
  /// a match of a rule whose classifier is missing is dropped.
  public init(
    rules: [CompiledRule], fingerprinter: Fingerprinter, classifiers: [String: any ValueClassifier] = [:],
    limits: MatchSession.Limits = .init()
  ) {
    self.rules = rules
    self.evaluator = MatchEvaluator(rules: rules, fingerprinter: fingerprinter, classifiers: classifiers)
    self.session = MatchSession(limits: limits)
  }

  /// Scans `bytes` (decoded UTF-8 text of the file at `path`, relative to the scan root). Column
  /// summaries count findings at `minConfidence` or above.
  public func scan(_ bytes: UnsafeBufferPointer<UInt8>, path: String, minConfidence: Confidence = .low) -> Result {
    var candidates: [MatchEvaluator.Candidate] = []
    var notifications: [ToolNotification] = []
    for (ruleIndex, rule) in rules.enumerated() {
      do {
        try collectCandidates(of: rule, ruleIndex: ruleIndex, in: bytes, into: &candidates)
      } catch {
        notifications.append(Self.stopped(rule, error: error, path: path))
      }
    }
    guard !candidates.isEmpty else { return Result(findings: [], notifications: notifications) }
    candidates.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
    var cursor = StructureCursors.make(path: path, bytes: bytes)
    var hits: [MatchEvaluator.Hit] = []
    for candidate in candidates {
      let label = cursor?.label(at: candidate.range.lowerBound)
      if let hit = evaluator.evaluate(candidate, label: label, in: bytes, path: path) { hits.append(hit) }
    }
    let kept = MatchEvaluator.resolveOverlaps(hits)
    let tally = TallyRecorder(fingerprinter: evaluator.fingerprinter)
      .tally(kept, in: bytes, path: path, minConfidence: minConfidence)
    var findings = evaluator.findings(from: kept, in: bytes, path: path)
    guard let rows = cursor?.finishTable() else {
      return Result(findings: findings, notifications: notifications, tally: tally)
    }
    // Personal data on the first line means the table has no header row: its "headers" are values, so
    // they must not be shown as column names.
    if findings.contains(where: { $0.location.line == 1 }) {
      for index in findings.indices { findings[index].context = nil }
      return Result(findings: findings, notifications: notifications, tally: tally)
    }
    var summarizer = ColumnSummarizer()
    for (hit, finding) in zip(kept, findings) where finding.confidence >= minConfidence {
      summarizer.add(finding, label: hit.label)
    }
    return Result(
      findings: findings, notifications: notifications, columns: summarizer.summaries(path: path, totalRows: rows),
      tally: tally)
  }

  private func collectCandidates(
    of rule: CompiledRule, ruleIndex: Int, in bytes: UnsafeBufferPointer<UInt8>,
    into candidates: inout [MatchEvaluator.Candidate]
  ) throws(RegexMatchError) {
    var seen = Set<Range<Int>>()
    for pattern in rule.patterns {
      try session.forEachMatch(of: pattern.regex, in: bytes) { match in
        if let range = match.range(ofGroup: pattern.valueGroup), !range.isEmpty, seen.insert(range).inserted {
          candidates.append(MatchEvaluator.Candidate(range: range, ruleIndex: ruleIndex))
        }
        return true
      }
    }
  }

  private static func stopped(_ rule: CompiledRule, error: RegexMatchError, path: String) -> ToolNotification {
    let cause = error.isResourceLimit ? "resource limit; the pattern backtracks too much" : "error \(error.code)"
    return ToolNotification(
      level: .error,
      message: "rule '\(rule.id)' stopped in this file: \(error) (PCRE2 \(cause)); "
        + "findings of this rule in this file may be incomplete",
      path: path, ruleId: rule.id)
  }
}
