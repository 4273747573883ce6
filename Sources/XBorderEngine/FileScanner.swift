import XBorderCore
import XBorderRegex
import XBorderRules

/// Runs every compiled rule over one file's UTF-8 bytes and returns its findings.
///
/// Pure apart from its scratch state: no file system, no clock. One instance per worker (it owns a
/// `MatchSession`); the catalog and fingerprinter are shared.
public final class FileScanner {
  /// What one file yields: findings in report order and problems met on the way.
  public struct Result: Sendable {
    public var findings: [Finding]
    public var notifications: [ToolNotification]
  }

  private let rules: [CompiledRule]
  private let fingerprinter: Fingerprinter
  private let classifiers: [String: any ValueClassifier]
  private let session: MatchSession

  /// `classifiers` must hold every classifier the rules name (see `RuleCatalog.checkClassifiers`);
  /// a match of a rule whose classifier is missing is dropped.
  public init(
    rules: [CompiledRule], fingerprinter: Fingerprinter, classifiers: [String: any ValueClassifier] = [:],
    limits: MatchSession.Limits = .init()
  ) {
    self.rules = rules
    self.fingerprinter = fingerprinter
    self.classifiers = classifiers
    self.session = MatchSession(limits: limits)
  }

  /// Scans `bytes` (decoded UTF-8 text of the file at `path`, relative to the scan root).
  public func scan(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Result {
    var hits: [Hit] = []
    var notifications: [ToolNotification] = []
    for (ruleIndex, rule) in rules.enumerated() {
      do {
        try collectHits(of: rule, ruleIndex: ruleIndex, in: bytes, path: path, into: &hits)
      } catch {
        notifications.append(
          ToolNotification(
            level: .error,
            message: "rule '\(rule.id)' stopped in this file: \(error) (PCRE2 "
              + (error.isResourceLimit ? "resource limit; the pattern backtracks too much" : "error \(error.code)")
              + "); findings of this rule in this file may be incomplete",
            path: path, ruleId: rule.id))
      }
    }
    return Result(findings: makeFindings(resolveOverlaps(hits), in: bytes, path: path), notifications: notifications)
  }

  /// A validated match before it gets a location.
  struct Hit {
    var range: Range<Int>
    var ruleIndex: Int
    var confidence: Confidence
    var reasons: [String]
    var normalized: String
    var value: String
    var level: Level
    var classification: Classification?
  }

  private func collectHits(
    of rule: CompiledRule, ruleIndex: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String, into hits: inout [Hit]
  ) throws(RegexMatchError)
  {
    var seen = Set<Range<Int>>()
    for pattern in rule.patterns {
      try session.forEachMatch(of: pattern.regex, in: bytes) { match in
        guard let range = match.range(ofGroup: pattern.valueGroup), !range.isEmpty, seen.insert(range).inserted else {
          return true
        }
        if let hit = evaluate(range, rule: rule, ruleIndex: ruleIndex, in: bytes, path: path) { hits.append(hit) }
        return true
      }
    }
  }

  /// Validators, then context keywords, decide whether a match is a finding and how sure it is.
  private func evaluate(
    _ range: Range<Int>, rule: CompiledRule, ruleIndex: Int, in bytes: UnsafeBufferPointer<UInt8>, path: String
  ) -> Hit? {
    let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    let normalized = rule.normalizer.apply(value)
    var reasons = ["pattern matched"]
    for validator in rule.validators {
      guard validator.check(normalized) else { return nil }
      reasons.append("validator \(validator.name) passed")
    }
    var confidence = rule.baseConfidence
    let evidence = ContextEvidence.find(around: range, in: bytes, rule: rule)
    let keywordWins = evidence.keyword.map { keyword in evidence.exclusion.map { keyword.distance <= $0.distance } ?? true }
    if keywordWins == true, let keyword = evidence.keyword {
      confidence = confidence.raised
      reasons.append("keyword '\(keyword.text)' nearby")
    } else if let exclusion = evidence.exclusion {
      if rule.dropOnExclusion { return nil }
      confidence = confidence.lowered
      reasons.append("exclusion keyword '\(exclusion.text)' nearby")
    } else if rule.contextRequired {
      confidence = .low
      reasons.append("no context keyword nearby (this rule needs one)")
    }
    var hit = Hit(
      range: range, ruleIndex: ruleIndex, confidence: confidence, reasons: reasons, normalized: normalized, value: value,
      level: rule.descriptor.level, classification: nil)
    guard let name = rule.classifier else { return hit }
    return classify(&hit, with: classifiers[name], in: bytes, path: path) ? hit : nil
  }

  /// Runs the rule's classifier; false drops the hit.
  private func classify(
    _ hit: inout Hit, with classifier: (any ValueClassifier)?, in bytes: UnsafeBufferPointer<UInt8>, path: String
  ) -> Bool {
    guard let classifier else { return false }
    let input = ClassifierInput(
      value: hit.value, normalized: hit.normalized, path: path, text: bytes, range: hit.range, structuralContext: nil)
    guard case .keep(let classification) = classifier.classify(input) else { return false }
    hit.level = classification.level ?? hit.level
    hit.confidence = classification.confidence ?? hit.confidence
    hit.reasons += classification.reasons
    hit.classification = classification
    return true
  }

  /// Where two rules claim the same span, keep the more confident (both when equally confident).
  private func resolveOverlaps(_ hits: [Hit]) -> [Hit] {
    let bySpan = Dictionary(grouping: hits, by: \.range)
    var kept: [Hit] = []
    for (_, group) in bySpan {
      let best = group.map(\.confidence).max()
      kept.append(contentsOf: group.filter { $0.confidence == best })
    }
    return kept.sorted { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
  }

  private func makeFindings(_ hits: [Hit], in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Finding] {
    var locator = LineLocator(bytes: bytes)
    return hits.map { hit in
      let rule = rules[hit.ruleIndex]
      let (line, column) = locator.locate(hit.range.lowerBound)
      let width = LineLocator.codePoints(in: bytes, from: hit.range.lowerBound, to: hit.range.upperBound)
      let location = SourceLocation(
        path: path, line: line, startColumn: column, endColumn: column + width, byteOffset: hit.range.lowerBound,
        byteLength: hit.range.count)
      let classification = hit.classification
      return Finding(
        ruleId: rule.id, entity: rule.descriptor.entity, level: hit.level, confidence: hit.confidence,
        reasons: hit.reasons, location: location,
        maskedValue: ValueMasker.mask(hit.value, entity: rule.descriptor.entity),
        fingerprint: fingerprinter.fingerprint(ruleId: rule.id, normalizedValue: hit.normalized, path: path),
        properties: classification?.properties ?? [:], suppressions: classification?.suppression.map { [$0] } ?? [],
        message: classification?.message)
    }
  }
}
