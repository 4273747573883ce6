import XBorderCore
import XBorderRegex

/// A rule ready to run: patterns compiled, validators resolved, keywords as lower-cased bytes.
public struct CompiledRule: Sendable {
  public struct Pattern: Sendable {
    public let regex: Regex
    /// Capture group holding the value (0 = the whole match).
    public let valueGroup: Int
  }

  public let descriptor: RuleDescriptor
  public let patterns: [Pattern]
  public let validators: [Validator]
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

  public var id: String { descriptor.id }
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
