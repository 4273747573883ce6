import XBorderCore
import XBorderRules

/// Runs each rule's own `examples` and `negative_examples` through the real scanner.
///
/// A positive example must give at least one finding of that rule at `minConfidence` or above; a
/// negative example must give none. A rule with a `prefilter` hint must find the same with and without
/// it (a hint that hides a match is wrong and is reported). Used by `xborder rules test` and by the test suite.
public enum RuleExampleRunner {
  /// One example that did not behave as its rule says.
  public struct Failure: Sendable, CustomStringConvertible {
    public var ruleId: String
    public var origin: String
    /// `examples[3]` or `negative_examples[0]`.
    public var example: String
    public var problem: String
    public var description: String { "\(origin): rule '\(ruleId)' \(example): \(problem)" }
  }

  /// Checks every example of every rule; returns the failures (empty when all pass).
  /// `classifiers` are those the app runs scans with (destination rules need theirs to decide).
  public static func check(
    _ rules: [CompiledRule], classifiers: [String: any ValueClassifier] = [:], minConfidence: Confidence = .medium
  ) -> [Failure] {
    let fingerprinter = Fingerprinter(keyMaterial: Array("rule-examples".utf8))
    var failures: [Failure] = []
    for rule in rules {
      let scanner = FileScanner(rules: [rule], fingerprinter: fingerprinter, classifiers: classifiers)
      let reference = FileScanner(
        rules: [rule], fingerprinter: fingerprinter, classifiers: classifiers, usePrefilter: false)
      func findings(_ text: String) -> [Finding] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { scanner.scan($0, path: "example").findings }
          .filter { $0.confidence >= minConfidence && !$0.isSuppressed }
      }
      if rule.isPrefiltered {
        failures += prefilterMisses(rule, scanner: scanner, reference: reference)
      }
      for (index, example) in rule.examples.enumerated() where findings(example).isEmpty {
        failures.append(
          Failure(
            ruleId: rule.id, origin: rule.descriptor.origin, example: "examples[\(index)]",
            problem: "no finding at confidence ≥ \(minConfidence.rawValue) (expected one)"))
      }
      for (index, example) in rule.negativeExamples.enumerated() {
        let found = findings(example)
        guard let first = found.first else { continue }
        failures.append(
          Failure(
            ruleId: rule.id, origin: rule.descriptor.origin, example: "negative_examples[\(index)]",
            problem: "unexpected finding \(first.maskedValue) (\(first.confidence.rawValue): "
              + first.reasons.joined(separator: ", ") + ")"))
      }
    }
    return failures
  }

  /// Examples where the rule finds less with its prefilter hint than without it.
  private static func prefilterMisses(_ rule: CompiledRule, scanner: FileScanner, reference: FileScanner) -> [Failure] {
    let labelled = rule.examples.enumerated().map { ("examples[\($0)]", $1) }
      + rule.negativeExamples.enumerated().map { ("negative_examples[\($0)]", $1) }
    return labelled.compactMap { label, text in
      let bytes = Array(text.utf8)
      let fast = bytes.withUnsafeBufferPointer { scanner.scan($0, path: "example").findings }
      let full = bytes.withUnsafeBufferPointer { reference.scan($0, path: "example").findings }
      guard fast != full else { return nil }
      return Failure(
        ruleId: rule.id, origin: rule.descriptor.origin, example: label,
        problem: "the prefilter hint hides a match (\(fast.count) findings with it, \(full.count) without); "
          + "widen or remove 'prefilter'")
    }
  }
}
