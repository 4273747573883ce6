import XBorderCore
import XBorderRegex

/// Phase two of loading: `RuleSyntax` → `CompiledRule`. Every error names the pack and the rule id.
public enum RuleCompiler {
  /// Pack ids are lower-case words, optionally dotted: `pii.cn`, `custom`.
  static func checkPackId(_ id: String, origin: String) throws(XBorderError) {
    guard isDottedIdentifier(id, minimumWords: 1) else {
      throw XBorderError(
        .ruleCompile, "\(origin): invalid pack id '\(id)'", hint: "use lower-case dotted words, e.g. 'pii.cn'")
    }
  }

  public static func compile(_ rule: RuleSyntax, origin: String) throws(XBorderError) -> CompiledRule {
    let at = "\(origin): rule '\(rule.id)'"
    guard rule.id.contains("."), isDottedIdentifier(rule.id, minimumWords: 2) else {
      throw XBorderError(
        .ruleCompile, "\(at): invalid id", hint: "use lower-case dotted words, e.g. 'pii.cn.resident-id'")
    }
    let entity = try parse(Entity.self, rule.entity, field: "entity", at: at)
    let level = try parse(Level.self, rule.level, field: "level", at: at)
    let confidence = try parse(Confidence.self, rule.confidence ?? "medium", field: "confidence", at: at)
    let normalizer = try parse(Normalizer.self, rule.normalize ?? "alnum_upper", field: "normalize", at: at)
    guard !rule.patterns.isEmpty else {
      throw XBorderError(.ruleCompile, "\(at): no patterns", hint: "add at least one entry under 'patterns'")
    }
    let patterns = try rule.patterns.enumerated().map { (index, pattern) throws(XBorderError) in
      try compilePattern(pattern, index: index, rulePrefilter: rule.prefilter, at: at)
    }
    let validators = try (rule.validators ?? []).map { (name) throws(XBorderError) in
      guard let validator = ValidatorRegistry.all[name] else {
        let known = ValidatorRegistry.all.keys.sorted().joined(separator: ", ")
        throw XBorderError(.ruleCompile, "\(at): unknown validator '\(name)'", hint: "known validators: \(known)")
      }
      return validator
    }
    let severity = rule.securitySeverity ?? defaultSecuritySeverity(level)
    guard (0.0...10.0).contains(severity) else {
      throw XBorderError(.ruleCompile, "\(at): security_severity \(severity) is outside 0.0–10.0")
    }
    let window = rule.context?.window ?? 32
    guard (0...500).contains(window) else {
      throw XBorderError(.ruleCompile, "\(at): context.window \(window) is outside 0–500 characters")
    }
    let descriptor = RuleDescriptor(
      id: rule.id, name: rule.name, entity: entity, level: level, description: rule.description, help: rule.help,
      tags: rule.tags ?? [], securitySeverity: severity, origin: origin)
    return CompiledRule(
      descriptor: descriptor, patterns: patterns, validators: validators, normalizer: normalizer, classifier: rule.classifier,
      baseConfidence: confidence, contextWindow: window, keywords: (rule.context?.keywords ?? []).map(Keyword.init),
      contextRequired: rule.context?.required ?? false,
      exclusionKeywords: (rule.exclusions?.keywords ?? []).map(Keyword.init),
      dropOnExclusion: rule.exclusions?.drop ?? false, examples: rule.examples,
      negativeExamples: rule.negativeExamples)
  }

  /// A hint needs anchors and a bounded pattern: a window around an anchor must hold the whole match.
  /// `key` names where the hint was written (`prefilter` of the rule, or of `patterns[i]`).
  private static func compilePrefilter(
    _ syntax: PrefilterSyntax, regex: Regex, index: Int, key: String, at: String
  ) throws(XBorderError) -> PrefilterHint {
    let literals = (syntax.literals ?? []).map { Array($0.utf8).map(asciiLowercased) }
    guard literals.allSatisfy({ !$0.isEmpty }) else {
      throw XBorderError(.ruleCompile, "\(at): \(key).literals holds an empty string", hint: "remove it")
    }
    let runs = try runLengths(syntax.digitRuns, key: "\(key).digit_runs", at: at)
    let hexRuns = try runLengths(syntax.hexRuns, key: "\(key).hex_runs", at: at)
    guard !literals.isEmpty || !runs.isEmpty || !hexRuns.isEmpty else {
      throw XBorderError(
        .ruleCompile, "\(at): \(key) has no literals, digit_runs or hex_runs", hint: "add one or remove '\(key)'")
    }
    guard let longest = regex.maxMatchLength else {
      throw XBorderError(
        .ruleCompile, "\(at): \(key) needs bounded patterns, but patterns[\(index)] can match without limit",
        hint: "replace *, + and {n,} with bounded repeats such as {0,64}, or remove '\(key)'")
    }
    let lead = syntax.startsWithin ?? longest
    guard (0...longest).contains(lead) else {
      throw XBorderError(
        .ruleCompile, "\(at): \(key).starts_within \(lead) is outside 0–\(longest) (the longest match)",
        hint: "give the most bytes a match can start before its anchor, or remove 'starts_within'")
    }
    return PrefilterHint(
      literals: literals, digitRuns: runs, hexRuns: hexRuns, maxMatchLength: longest, maxLead: lead)
  }

  /// `[[min, max], …]` of a run hint as ranges.
  private static func runLengths(
    _ pairs: [[Int]]?, key: String, at: String
  ) throws(XBorderError) -> [ClosedRange<Int>] {
    var runs: [ClosedRange<Int>] = []
    for pair in pairs ?? [] {
      guard pair.count == 2, pair[0] >= 1, pair[0] <= pair[1] else {
        throw XBorderError(
          .ruleCompile, "\(at): \(key) entry \(pair) is not [min, max] with 1 <= min <= max",
          hint: "write e.g. \(key.split(separator: ".").last ?? ""): [[14, 19]]")
      }
      runs.append(pair[0]...pair[1])
    }
    return runs
  }

  static func asciiLowercased(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }

  /// SARIF `security-severity` when the pack gives none: error 7.5, warning 5.0, note 2.0.
  static func defaultSecuritySeverity(_ level: Level) -> Double {
    switch level {
    case .error: 7.5
    case .warning: 5.0
    case .note: 2.0
    }
  }

  private static func compilePattern(
    _ pattern: PatternSyntax, index: Int, rulePrefilter: PrefilterSyntax?, at: String
  ) throws(XBorderError) -> CompiledRule.Pattern {
    let regex: Regex
    do {
      regex = try Regex(pattern.regex, options: pattern.caseInsensitive == true ? [.caseless] : [])
    } catch {
      throw XBorderError(
        .ruleCompile, "\(at): patterns[\(index)] does not compile: \(error.message) at offset \(error.offset)",
        hint: "pattern: \(pattern.regex)")
    }
    var group = 0
    if let capture = pattern.capture {
      guard let number = regex.groupNumber(named: capture) else {
        throw XBorderError(
          .ruleCompile, "\(at): patterns[\(index)] has no capture group named '\(capture)'",
          hint: "add (?<\(capture)>…) to the regex or remove 'capture'")
      }
      group = number
    }
    let hint = try (pattern.prefilter ?? rulePrefilter).map { (syntax) throws(XBorderError) in
      let key = pattern.prefilter != nil ? "patterns[\(index)].prefilter" : "prefilter"
      return try compilePrefilter(syntax, regex: regex, index: index, key: key, at: at)
    }
    return .init(regex: regex, valueGroup: group, prefilter: hint)
  }

  private static func parse<T: RawRepresentable & CaseIterable>(
    _ type: T.Type, _ raw: String, field: String, at: String
  ) throws(XBorderError) -> T where T.RawValue == String {
    if let value = T(rawValue: raw) { return value }
    let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
    throw XBorderError(.ruleCompile, "\(at): unknown \(field) '\(raw)'", hint: "use one of: \(allowed)")
  }

  /// Lower-case ASCII words of letters and digits joined by `.` or `-`, at least `minimumWords` of them
  /// (rule ids need two: `pii.email`).
  static func isDottedIdentifier(_ text: String, minimumWords: Int) -> Bool {
    let words = text.split(separator: ".", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
    return words.count >= minimumWords
      && words.allSatisfy { word in !word.isEmpty && word.utf8.allSatisfy { (48...57).contains($0) || (97...122).contains($0) } }
  }
}
