import XBorderCore
import XBorderRegex
import XBorderRules

/// Runs every compiled rule over one file's UTF-8 text and returns its findings.
///
/// Pure apart from its scratch state: no file system, no clock. One instance per worker (it owns a
/// `MatchSession`); the rules, fingerprinter and classifiers are shared.
///
/// Stages, per window of the file (see `ScanLimits`): regex candidates (all rules) → sorted by offset →
/// structural label (CSV column, JSON/YAML key) → validators, context and classifier (`MatchEvaluator`)
/// → overlaps resolved → located findings, capped per file (`FindingCollector`).
public final class FileScanner {
  /// What one file yields: findings in report order and problems met on the way.
  public struct Result: Sendable {
    public var findings: [Finding]
    public var notifications: [ToolNotification]
    /// For CSV/TSV files: which entities each column holds (findings at `minConfidence` or above).
    public var columns: [ColumnSummary] = []
    /// Findings beyond the per-file cap, counted per rule and context.
    public var overflow: [FindingOverflow] = []
    /// Distinct values and subjects of this file, from every accepted hit (see `TallyRecorder`).
    public var tally = EntityTally()
  }

  let rules: [CompiledRule]
  let evaluator: MatchEvaluator
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
    self.profile =
      profile ? RuleProfile(ruleIds: rules.map(\.id), prefiltered: rules.map { usePrefilter && $0.isPrefiltered }) : nil
  }

  /// Scans `bytes` (decoded UTF-8 text of the file at `path`, relative to the scan root) held in memory.
  /// Only findings at `minConfidence` or above are returned.
  public func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, path: String, minConfidence: Confidence = .low, limits: ScanLimits = .init()
  ) -> Result {
    var state = ChunkedScanState(path: path, limits: limits, minConfidence: minConfidence, fingerprinter: evaluator.fingerprinter)
    scanWindow(bytes, owned: 0..<bytes.count, isLast: true, state: &state)
    return state.result()
  }

  /// Scans a file's text as it arrives from `source`, window by window, in memory bounded by `limits`
  /// whatever the file's size. Gives the same findings as `scan(_:path:)` on the whole text.
  public func scan(
    blocks source: inout some TextBlockSource, path: String, minConfidence: Confidence = .low,
    limits: ScanLimits = .init()
  ) -> Result {
    var state = ChunkedScanState(path: path, limits: limits, minConfidence: minConfidence, fingerprinter: evaluator.fingerprinter)
    var window = WindowBuffer(limits: limits)
    while let owned = window.fill(from: &source) {
      let isLast = window.isAtEnd && owned.upperBound == window.bytes.count
      window.bytes.withUnsafeBufferPointer { bytes in
        if state.hasWindow { state.cursor?.slide(to: bytes, shift: window.lastShift) }
        scanWindow(bytes, owned: owned, isLast: isLast, state: &state)
      }
      state.windowBase += window.advance(past: owned)
    }
    return state.result()
  }

  /// Scans the bytes `owned` of `bytes`; the rest is lookbehind and lookahead shared with neighbours.
  func scanWindow(
    _ bytes: UnsafeBufferPointer<UInt8>, owned: Range<Int>, isLast: Bool, state: inout ChunkedScanState
  ) {
    let candidates = collectCandidates(in: bytes, owned: owned, state: &state)
    // A file in one window without candidates needs no structure (the common case: skip the walk).
    if !state.hasWindow, isLast, candidates.isEmpty { return }
    if !state.hasWindow {
      state.cursor = StructureCursors.make(path: state.path, bytes: bytes)
      state.hasWindow = true
    }
    var hits: [MatchEvaluator.Hit] = []
    for candidate in candidates {
      let started = profile == nil ? nil : ContinuousClock.now
      let hit = evaluator.evaluate(
        candidate, label: { state.cursor?.label(at: candidate.range.lowerBound) }, in: bytes, path: state.path)
      if let hit { hits.append(hit) }
      if let started { record(candidate.ruleIndex, check: started, accepted: hit != nil) }
    }
    let kept = state.dropContinuations(of: MatchEvaluator.resolveOverlaps(hits))
    var locator = LineLocator(bytes: bytes, startingAt: owned.lowerBound, line: state.line, columnsBefore: state.columnsBefore)
    let listedBefore = state.collector.findings.count
    for hit in kept {
      let (line, column) = locator.locate(hit.range.lowerBound)
      let width = LineLocator.codePoints(in: bytes, from: hit.range.lowerBound, to: hit.range.upperBound)
      let location = SourceLocation(
        path: state.path, line: line, startColumn: column, endColumn: column + width,
        byteOffset: state.windowBase + hit.range.lowerBound, byteLength: hit.range.count)
      state.collector.add(hit, location: location, evaluator: evaluator)
      state.tally.add(hit, line: line)
    }
    state.collector.updateFindings(from: listedBefore) {
      InlineSuppressions.apply(to: $0, in: bytes, baseOffset: state.windowBase)
    }
    state.carry(kept, ownedEnd: owned.upperBound)
    if isLast {
      state.tableRows = state.cursor?.finishTable()
    } else {
      _ = state.cursor?.label(at: owned.upperBound)  // the cursor must have seen every owned byte
      let (line, column) = locator.locate(owned.upperBound)
      (state.line, state.columnsBefore) = (line, column - 1)
    }
  }

  /// Candidates of every rule that start in `owned`, sorted by offset then rule. With a prefilter, a
  /// hinted rule's patterns run only in the windows where its matches can start (same matches, fewer bytes).
  private func collectCandidates(
    in bytes: UnsafeBufferPointer<UInt8>, owned: Range<Int>, state: inout ChunkedScanState
  ) -> [MatchEvaluator.Candidate] {
    var candidates: [MatchEvaluator.Candidate] = []
    let windows = prefilter?.windows(in: bytes)
    for (ruleIndex, rule) in rules.enumerated() {
      let started = profile == nil ? nil : ContinuousClock.now
      let before = candidates.count
      do {
        for (patternIndex, pattern) in rule.patterns.enumerated() {
          let patternWindows = prefilter.flatMap { windows?[$0.slot(rule: ruleIndex, pattern: patternIndex)] }
          if profile != nil { record(ruleIndex, windows: patternWindows, owned: owned) }
          try forEachMatch(of: pattern.regex, in: bytes, windows: patternWindows) { match in
            if let range = match.range(ofGroup: pattern.valueGroup), !range.isEmpty, owned.contains(range.lowerBound) {
              candidates.append(MatchEvaluator.Candidate(range: range, ruleIndex: ruleIndex))
            }
          }
        }
      } catch {
        state.noteStopped(rule, error: error)
      }
      // One pattern's matches never overlap; several patterns of a rule may give the same value twice.
      if rule.patterns.count > 1 { Self.removeDuplicates(in: &candidates, from: before) }
      if let started { record(ruleIndex, regex: started, candidates: candidates.count - before) }
    }
    candidates.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
    return candidates
  }

  /// Sorts `candidates[start...]` (one rule's, a few sorted runs: the sort merges them) by range and keeps
  /// one of each range.
  private static func removeDuplicates(in candidates: inout [MatchEvaluator.Candidate], from start: Int) {
    candidates[start...].sort {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    var kept = start
    for index in start..<candidates.count where kept == start || candidates[index].range != candidates[kept - 1].range {
      candidates[kept] = candidates[index]
      kept += 1
    }
    candidates.removeSubrange(kept...)
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

  /// One pattern's share of the positions: its windows, or all of `owned` without any.
  private func record(_ rule: Int, windows: [Range<Int>]?, owned: Range<Int>) {
    profile?.entries[rule].windows += windows?.count ?? 0
    profile?.entries[rule].allowedStarts += windows?.reduce(0) { $0 + $1.clamped(to: owned).count } ?? owned.count
    profile?.entries[rule].positions += owned.count
  }

  private func record(_ rule: Int, check started: ContinuousClock.Instant, accepted: Bool) {
    profile?.entries[rule].checkNanoseconds += Self.nanoseconds(since: started)
    if accepted { profile?.entries[rule].accepted += 1 }
  }

  private static func nanoseconds(since start: ContinuousClock.Instant) -> UInt64 {
    let elapsed = (ContinuousClock.now - start).components
    return UInt64(max(0, elapsed.seconds)) * 1_000_000_000 + UInt64(max(0, elapsed.attoseconds / 1_000_000_000))
  }
}
