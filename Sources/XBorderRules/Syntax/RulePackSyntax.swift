/// A rule pack as written in YAML: strings and lists only, nothing checked beyond shape.
/// `RuleCompiler` turns it into `CompiledRule`s (patterns compiled, validators resolved).
public struct RulePackSyntax: Decodable, Sendable, Equatable {
  public struct PackInfo: Decodable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
  }

  public var pack: PackInfo
  public var rules: [RuleSyntax]
}

/// One rule as written in a pack. See `rules/README.md` for every field.
public struct RuleSyntax: Decodable, Sendable, Equatable {
  public var id: String
  public var name: String
  public var entity: String
  public var level: String
  public var confidence: String?
  public var securitySeverity: Double?
  public var tags: [String]?
  public var description: String
  public var help: String
  public var patterns: [PatternSyntax]
  public var validators: [String]?
  public var normalize: String?
  /// Name of the classifier that resolves validated matches (e.g. `destination`).
  public var classifier: String?
  public var context: ContextSyntax?
  public var exclusions: ExclusionSyntax?
  public var examples: [String]
  public var negativeExamples: [String]
  /// Where matches can occur, so the scanner runs the patterns only there (optional; see rules/README.md).
  public var prefilter: PrefilterSyntax?

  enum CodingKeys: String, CodingKey {
    case id, name, entity, level, confidence, tags, description, help, patterns, validators, normalize, classifier
    case context, exclusions, examples, prefilter
    case securitySeverity = "security_severity"
    case negativeExamples = "negative_examples"
  }
}

/// A regex and the capture group that holds the value.
public struct PatternSyntax: Decodable, Sendable, Equatable {
  public var regex: String
  /// Named group holding the value; the whole match when absent.
  public var capture: String?
  public var caseInsensitive: Bool?
  /// A hint for this pattern alone; it replaces the rule's `prefilter` for this pattern.
  public var prefilter: PrefilterSyntax?

  enum CodingKeys: String, CodingKey {
    case regex, capture, prefilter
    case caseInsensitive = "case_insensitive"
  }
}

/// Keywords near a match that raise confidence.
public struct ContextSyntax: Decodable, Sendable, Equatable {
  /// Characters (code points) searched on each side of the match.
  public var window: Int?
  public var keywords: [String]?
  /// When true, a match with no keyword nearby gets low confidence (hidden by default).
  public var required: Bool?
}

/// Keywords near a match that lower confidence (or drop the finding).
public struct ExclusionSyntax: Decodable, Sendable, Equatable {
  public var keywords: [String]?
  /// When true, an exclusion keyword drops the finding instead of lowering its confidence.
  public var drop: Bool?
}

/// A promise about every match of a rule: it contains one of `literals` (compared ignoring ASCII case), or
/// a whole run of ASCII digits (not preceded or followed by another digit) whose length is in one of
/// `digitRuns` (`[min, max]` pairs), or a whole run of ASCII hex digits (`0-9A-Fa-f`, not preceded or
/// followed by another) whose length is in one of `hexRuns`. The scanner then runs the rule only near
/// those anchors. `startsWithin` adds: every match starts at most that many bytes before the start of an
/// anchor it contains (a URL's scheme before `://`), which narrows the windows further.
public struct PrefilterSyntax: Decodable, Sendable, Equatable {
  public var literals: [String]?
  public var digitRuns: [[Int]]?
  public var hexRuns: [[Int]]?
  public var startsWithin: Int?

  enum CodingKeys: String, CodingKey {
    case literals
    case digitRuns = "digit_runs"
    case hexRuns = "hex_runs"
    case startsWithin = "starts_within"
  }
}
