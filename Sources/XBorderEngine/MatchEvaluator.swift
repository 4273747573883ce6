import XBorderCore
import XBorderRules

/// Decides whether a regex match is a finding and how sure it is: validators, structural context,
/// nearby keywords, then the rule's classifier. Also turns hits into located, masked findings.
struct MatchEvaluator {
  /// A regex match of one rule, before any check.
  struct Candidate {
    var range: Range<Int>
    var ruleIndex: Int
  }

  /// A match that passed its checks, before it gets a location.
  struct Hit {
    var range: Range<Int>
    var ruleIndex: Int
    var confidence: Confidence
    var reasons: [String]
    var normalized: String
    var value: String
    var level: Level
    var label: StructureLabel?
    var classification: Classification?
    var entity: Entity
  }

  let rules: [CompiledRule]
  let fingerprinter: Fingerprinter
  let classifiers: [String: any ValueClassifier]
  /// Per rule: its context keywords and exclusions, indexed for the window search.
  private let contextKeywords: [(keywords: KeywordIndex, exclusions: KeywordIndex)]
  /// Per rule: the reasons every hit of it starts with (the same text for each one).
  private let matchReasons: [[String]]

  init(rules: [CompiledRule], fingerprinter: Fingerprinter, classifiers: [String: any ValueClassifier]) {
    self.rules = rules
    self.fingerprinter = fingerprinter
    self.classifiers = classifiers
    contextKeywords = rules.map { (KeywordIndex($0.keywords), KeywordIndex($0.exclusionKeywords)) }
    matchReasons = rules.map { ["pattern matched"] + $0.validators.map { "validator \($0.name) passed" } }
  }

  /// `label` gives the candidate's structural label; it is asked only for candidates the validators keep
  /// (building a label costs more than most checks, and most candidates are look-alikes).
  func evaluate(
    _ candidate: Candidate, label makeLabel: () -> StructureLabel?, in bytes: UnsafeBufferPointer<UInt8>,
    path: String
  ) -> Hit? {
    let rule = rules[candidate.ruleIndex]
    let raw = UnsafeBufferPointer(rebasing: bytes[candidate.range])
    if rule.hasDigitsChecks, Self.isDigits(raw),
      rule.validators.contains(where: { $0.digitsCheck.map { check in !check(raw) } ?? false })
    {
      return nil
    }
    let value = String(decoding: raw, as: UTF8.self)
    let normalized = rule.normalizer.apply(value)
    // Most candidates are look-alikes that a validator rejects: decide before building any reason text.
    guard rule.validators.allSatisfy({ $0.check(normalized) }) else { return nil }
    let label = makeLabel()
    // The classifier before context: it drops most destination candidates (unknown or permitted hosts),
    // and those need no keyword search.
    var classification: Classification?
    if let name = rule.classifier {
      let input = ClassifierInput(
        value: value, normalized: normalized, path: path, text: bytes, range: candidate.range,
        structuralContext: label?.name)
      guard let classifier = classifiers[name], case .keep(let kept) = classifier.classify(input) else { return nil }
      classification = kept
    }
    var reasons = matchReasons[candidate.ruleIndex]
    guard
      let confidence = judgeContext(
        candidate.ruleIndex, range: candidate.range, label: label, in: bytes, reasons: &reasons)
    else {
      return nil
    }
    var hit = Hit(
      range: candidate.range, ruleIndex: candidate.ruleIndex, confidence: confidence, reasons: reasons,
      normalized: normalized, value: value, level: rule.descriptor.level, label: label, classification: nil,
      entity: rule.descriptor.entity)
    if let classification { apply(classification, to: &hit) }
    return hit
  }

  private static func isDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in bytes where byte &- 48 > 9 { return false }
    return true
  }

  /// The confidence after context, or nil when an exclusion drops the match.
  ///
  /// A column or key named like one of the rule's keywords (and none of its exclusions) is the strongest
  /// evidence. Otherwise a keyword next to the value on its line wins over exclusions (a phone in an
  /// `订单备注` cell right after `电话`); only then does an exclusion (in the label, or the nearest on the
  /// line) count.
  private func judgeContext(
    _ ruleIndex: Int, range: Range<Int>, label: StructureLabel?, in bytes: UnsafeBufferPointer<UInt8>,
    reasons: inout [String]
  ) -> Confidence? {
    let rule = rules[ruleIndex]
    let (keywords, exclusions) = contextKeywords[ruleIndex]
    let base = rule.baseConfidence
    let labelExclusion = label.flatMap { label in exclusions.first(inName: label.nameBytes).map { (label, $0) } }
    // A name with both (`product_name`, `warehouse_address`) is the more specific thing: the exclusion.
    if let label, labelExclusion == nil, let keyword = keywords.first(inName: label.nameBytes) {
      reasons.append("\(label.display) matches keyword '\(keyword.text)'")
      return base.raised
    }
    let evidence = ContextEvidence.find(
      around: range, in: bytes, window: rule.contextWindow, keywords: keywords, exclusions: exclusions)
    let keywordWins = evidence.keyword.map { keyword in evidence.exclusion.map { keyword.distance <= $0.distance } ?? true }
    if keywordWins == true, let keyword = evidence.keyword {
      reasons.append("keyword '\(keyword.text)' nearby")
      return base.raised
    }
    if let (label, exclusion) = labelExclusion {
      if rule.dropOnExclusion { return nil }
      reasons.append("\(label.display) matches exclusion '\(exclusion.text)'")
      return base.lowered
    }
    if let exclusion = evidence.exclusion {
      if rule.dropOnExclusion { return nil }
      reasons.append("exclusion keyword '\(exclusion.text)' nearby")
      return base.lowered
    }
    if rule.contextRequired {
      reasons.append("no context keyword nearby (this rule needs one)")
      return .low
    }
    return base
  }

  /// What a classifier kept: its level, confidence and reasons go over the rule's.
  private func apply(_ classification: Classification, to hit: inout Hit) {
    hit.level = classification.level ?? hit.level
    hit.confidence = classification.confidence ?? hit.confidence
    hit.reasons += classification.reasons
    hit.classification = classification
  }

  /// One result per occurrence: where two rules claim the same span, keep the more confident (both when
  /// equally confident); a match starting inside another of the same entity (the detail part of a full
  /// address) is the same occurrence and is dropped.
  static func resolveOverlaps(_ hits: [Hit]) -> [Hit] {
    let bySpan = Dictionary(grouping: hits, by: \.range)
    var kept: [Hit] = []
    for (_, group) in bySpan {
      let best = group.map(\.confidence).max()
      kept.append(contentsOf: group.filter { $0.confidence == best })
    }
    kept.sort { ($0.range.lowerBound, -$0.range.count, $0.ruleIndex) < ($1.range.lowerBound, -$1.range.count, $1.ruleIndex) }
    return dropNested(kept)
  }

  /// Removes hits that start inside an earlier hit of the same entity (hits sorted by start, longest first).
  private static func dropNested(_ sorted: [Hit]) -> [Hit] {
    var widest: [Entity: Range<Int>] = [:]
    var result: [Hit] = []
    for hit in sorted {
      let entity = hit.entity
      if let outer = widest[entity], outer != hit.range, outer.contains(hit.range.lowerBound) { continue }
      if widest[entity].map({ hit.range.upperBound > $0.upperBound }) ?? true { widest[entity] = hit.range }
      result.append(hit)
    }
    return result
  }

  /// The finding for `hit`, located and with its value masked and fingerprinted.
  func finding(from hit: Hit, location: SourceLocation) -> Finding {
    let rule = rules[hit.ruleIndex]
    let classification = hit.classification
    return Finding(
      ruleId: rule.id, entity: rule.descriptor.entity, level: hit.level, confidence: hit.confidence,
      reasons: hit.reasons, location: location, maskedValue: ValueMasker.mask(hit.value, entity: rule.descriptor.entity),
      fingerprint: fingerprinter.fingerprint(ruleId: rule.id, normalizedValue: hit.normalized, path: location.path),
      context: hit.label?.findingContext, properties: classification?.properties ?? [:],
      suppressions: classification?.suppression.map { [$0] } ?? [], message: classification?.message)
  }
}
