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
  }

  private let rules: [CompiledRule]
  private let evaluator: MatchEvaluator
  private let session: MatchSession
  private let prefilter: CandidatePrefilter?
  /// Per-rule figures accumulated over every file this scanner saw; nil unless profiling was asked for.
  public private(set) var profile: RuleProfile?

  /// `classifiers` must hold every classifier the rules name (see `RuleCatalog.checkClassifiers`);
  /// a match of a rule whose classifier is missing is dropped. `usePrefilter: false` runs every pattern on
  /// every byte (the reference the prefilter is tested against); `profile` collects `RuleProfile` figures.
  public init(
    rules: [CompiledRule], fingerprinter: Fingerprinter, classifiers: [String: any ValueClassifier] = [:],
    limits: MatchSession.Limits = .init(), usePrefilter: Bool = true, profile: Bool = false
  ) {
    self.rules = rules
    self.evaluator = MatchEvaluator(rules: rules, fingerprinter: fingerprinter, classifiers: classifiers)
    self.session = MatchSession(limits: limits)
    let prefilter = CandidatePrefilter(rules: rules)
    self.prefilter = usePrefilter && prefilter.isUseful ? prefilter : nil
    self.profile = profile ? RuleProfile(ruleIds: rules.map(\.id), prefiltered: rules.map { usePrefilter && $0.prefilter != nil }) : nil
  }

  /// Scans `bytes` (decoded UTF-8 text of the file at `path`, relative to the scan root). Column
  /// summaries count findings at `minConfidence` or above.
  public func scan(_ bytes: UnsafeBufferPointer<UInt8>, path: String, minConfidence: Confidence = .low) -> Result {
    var candidates: [MatchEvaluator.Candidate] = []
    var notifications: [ToolNotification] = []
    collectCandidates(in: bytes, path: path, into: &candidates, notifications: &notifications)
    guard !candidates.isEmpty else { return Result(findings: [], notifications: notifications) }
    candidates.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
    var cursor = StructureCursors.make(path: path, bytes: bytes)
    var hits: [MatchEvaluator.Hit] = []
    for candidate in candidates {
      let label = cursor?.label(at: candidate.range.lowerBound)
      let started = profile == nil ? nil : ContinuousClock.now
      let hit = evaluator.evaluate(candidate, label: label, in: bytes, path: path)
      if let hit { hits.append(hit) }
      if let started { record(candidate.ruleIndex, check: started, accepted: hit != nil) }
    }
    let kept = MatchEvaluator.resolveOverlaps(hits)
    var findings = evaluator.findings(from: kept, in: bytes, path: path)
    guard let rows = cursor?.finishTable() else { return Result(findings: findings, notifications: notifications) }
    // Personal data on the first line means the table has no header row: its "headers" are values, so
    // they must not be shown as column names.
    if findings.contains(where: { $0.location.line == 1 }) {
      for index in findings.indices { findings[index].context = nil }
      return Result(findings: findings, notifications: notifications)
    }
    var summarizer = ColumnSummarizer()
    for (hit, finding) in zip(kept, findings) where finding.confidence >= minConfidence {
      summarizer.add(finding, label: hit.label)
    }
    return Result(findings: findings, notifications: notifications, columns: summarizer.summaries(path: path, totalRows: rows))
  }

  /// Every rule's regex matches (value-group ranges, each once per rule). With a prefilter, a hinted
  /// rule's patterns run only in the windows where its matches can start (same matches, fewer bytes).
  private func collectCandidates(
    in bytes: UnsafeBufferPointer<UInt8>, path: String, into candidates: inout [MatchEvaluator.Candidate],
    notifications: inout [ToolNotification]
  ) {
    let windows = prefilter?.windows(in: bytes)
    var seen = Set<Range<Int>>()
    for (ruleIndex, rule) in rules.enumerated() {
      let started = profile == nil ? nil : ContinuousClock.now
      let before = candidates.count
      seen.removeAll(keepingCapacity: true)
      do {
        // One pattern's matches never overlap, so only a rule with several patterns needs `seen`.
        let dedupe = rule.patterns.count > 1
        for pattern in rule.patterns {
          try forEachMatch(of: pattern.regex, in: bytes, windows: windows?[ruleIndex]) { match in
            if let range = match.range(ofGroup: pattern.valueGroup), !range.isEmpty,
              !dedupe || seen.insert(range).inserted
            {
              candidates.append(MatchEvaluator.Candidate(range: range, ruleIndex: ruleIndex))
            }
          }
        }
      } catch {
        notifications.append(Self.stopped(rule, error: error, path: path))
      }
      if let started { record(ruleIndex, regex: started, candidates: candidates.count - before) }
    }
  }

  /// In the prefilter's windows when the rule has them, else over the whole buffer.
  private func forEachMatch(
    of regex: Regex, in bytes: UnsafeBufferPointer<UInt8>, windows: [Range<Int>]?, _ body: (RegexMatch) -> Void
  ) throws(RegexMatchError) {
    guard let windows else {
      try session.forEachMatch(of: regex, in: bytes) { body($0); return true }
      return
    }
    try WindowedSearch.forEachMatch(of: regex, in: bytes, windows: windows, session: session, body)
  }

  private func record(_ rule: Int, regex started: ContinuousClock.Instant, candidates: Int) {
    profile?.entries[rule].regexNanoseconds += Self.nanoseconds(since: started)
    profile?.entries[rule].candidates += candidates
  }

  private func record(_ rule: Int, check started: ContinuousClock.Instant, accepted: Bool) {
    profile?.entries[rule].checkNanoseconds += Self.nanoseconds(since: started)
    if accepted { profile?.entries[rule].accepted += 1 }
  }

  private static func nanoseconds(since start: ContinuousClock.Instant) -> UInt64 {
    let elapsed = (ContinuousClock.now - start).components
    return UInt64(max(0, elapsed.seconds)) * 1_000_000_000 + UInt64(max(0, elapsed.attoseconds / 1_000_000_000))
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
