import XBorderCore
import XBorderRegex

/// A rule ready to run: patterns compiled, validators resolved, keywords as lower-cased bytes.
///
/// A final class with constant fields: the scanner reads a rule per candidate, and a class costs one
/// reference-count operation there where a struct of a dozen arrays and strings costs a dozen.
public final class CompiledRule: Sendable {
  public struct Pattern: Sendable {
    public let regex: Regex
    /// Capture group holding the value (0 = the whole match).
    public let valueGroup: Int
    /// Where this pattern's matches can be: its own `prefilter`, else the rule's; nil runs it on every byte.
    public let prefilter: PrefilterHint?
  }

  public let descriptor: RuleDescriptor
  public let patterns: [Pattern]
  public let validators: [Validator]
  /// Whether some validator has a digits-only fast path (`Validator.digitsCheck`).
  public let hasDigitsChecks: Bool
  public let normalizer: Normalizer
  /// The classifier the app must supply for this rule, if any.
  public let classifier: String?
  public let baseConfidence: Confidence
  /// Code points searched on each side of a match for keywords.
  public let contextWindow: Int
  public let keywords: [Keyword]
  public let contextRequired: Bool
  public let exclusionKeywords: [Keyword]
  public let dropOnExclusion: Bool
  public let examples: [String]
  public let negativeExamples: [String]
  /// Whether some pattern runs only near prefilter anchors (see `Pattern.prefilter`).
  public var isPrefiltered: Bool { patterns.contains { $0.prefilter != nil } }

  public var id: String { descriptor.id }

  init(
    descriptor: RuleDescriptor, patterns: [Pattern], validators: [Validator], normalizer: Normalizer,
    classifier: String?, baseConfidence: Confidence, contextWindow: Int, keywords: [Keyword], contextRequired: Bool,
    exclusionKeywords: [Keyword], dropOnExclusion: Bool, examples: [String], negativeExamples: [String]
  ) {
    self.descriptor = descriptor
    self.patterns = patterns
    self.validators = validators
    self.hasDigitsChecks = validators.contains { $0.digitsCheck != nil }
    self.normalizer = normalizer
    self.classifier = classifier
    self.baseConfidence = baseConfidence
    self.contextWindow = contextWindow
    self.keywords = keywords
    self.contextRequired = contextRequired
    self.exclusionKeywords = exclusionKeywords
    self.dropOnExclusion = dropOnExclusion
    self.examples = examples
    self.negativeExamples = negativeExamples
  }
}

/// A context keyword, kept as text (for reasons) and lower-cased UTF-8 (for matching).
public struct Keyword: Sendable, Hashable {
  public let text: String
  public let lowercasedBytes: [UInt8]
  public init(_ text: String) {
    self.text = text
    self.lowercasedBytes = Array(text.lowercased().utf8)
  }
}

/// Anchors every match of a rule contains (see `PrefilterSyntax`), and how far a match reaches around them.
public struct PrefilterHint: Sendable {
  /// Literals as ASCII-lower-cased UTF-8.
  public let literals: [[UInt8]]
  public let digitRuns: [ClosedRange<Int>]
  /// Lengths of whole runs of hex digits (`0-9A-Fa-f`).
  public let hexRuns: [ClosedRange<Int>]
  /// The longest match of the pattern, in bytes.
  public let maxMatchLength: Int
  /// The most bytes a match starts before the start of an anchor it contains (`starts_within`; else the
  /// longest match).
  public let maxLead: Int
}
