/// Where a finding is: a file relative to the scan root and a span on one line.
public struct SourceLocation: Codable, Sendable, Hashable {
  /// Path relative to the scan root, `/`-separated (an absolute-looking label only for roots outside it).
  public var path: String
  /// 1-based line number.
  public var line: Int
  /// 1-based column of the first character, counted in Unicode code points.
  public var startColumn: Int
  /// 1-based column just past the last character (SARIF's exclusive end), in code points.
  public var endColumn: Int
  /// Byte offset of the match in the file's decoded UTF-8 text.
  public var byteOffset: Int
  /// Match length in bytes.
  public var byteLength: Int

  public init(path: String, line: Int, startColumn: Int, endColumn: Int, byteOffset: Int, byteLength: Int) {
    self.path = path
    self.line = line
    self.startColumn = startColumn
    self.endColumn = endColumn
    self.byteOffset = byteOffset
    self.byteLength = byteLength
  }
}

/// One occurrence of personal data or a destination. Holds no full personal-data value.
public struct Finding: Codable, Sendable, Hashable {
  public var ruleId: String
  public var entity: Entity
  public var level: Level
  public var confidence: Confidence
  /// Why the finding fired and at this confidence (pattern, validators passed, keywords seen).
  public var reasons: [String]
  public var location: SourceLocation
  /// The matched value with most characters masked (destinations are shown in full).
  public var maskedValue: String
  /// Keyed hash (HMAC-SHA256) of rule id + normalized value + path: stable across line moves,
  /// useless for recovering the value without the project's key.
  public var fingerprint: String
  /// Structural context when known: a column header or key path (e.g. `column "phone"`).
  public var context: String?
  /// Facts a classifier attached, e.g. a destination's `country`, `region`, `provider`, `destination`.
  public var properties: [String: String]
  /// Why the finding does not count against the gate (a policy exception, a baseline entry, an inline
  /// allow comment). Suppressed findings are still reported, never silently dropped.
  public var suppressions: [FindingSuppression]
  /// A specific message; reporters fall back to "<rule name> (<entity>): <masked value>".
  public var message: String?

  public init(
    ruleId: String, entity: Entity, level: Level, confidence: Confidence, reasons: [String],
    location: SourceLocation, maskedValue: String, fingerprint: String, context: String? = nil,
    properties: [String: String] = [:], suppressions: [FindingSuppression] = [], message: String? = nil
  ) {
    self.ruleId = ruleId
    self.entity = entity
    self.level = level
    self.confidence = confidence
    self.reasons = reasons
    self.location = location
    self.maskedValue = maskedValue
    self.fingerprint = fingerprint
    self.context = context
    self.properties = properties
    self.suppressions = suppressions
    self.message = message
  }

  /// True when at least one suppression applies: the finding is reported but does not fail the gate.
  public var isSuppressed: Bool { !suppressions.isEmpty }

  /// Deterministic report order: path, line, column, rule id.
  public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    let l = lhs.location
    let r = rhs.location
    if l.path != r.path { return l.path < r.path }
    if l.line != r.line { return l.line < r.line }
    if l.startColumn != r.startColumn { return l.startColumn < r.startColumn }
    return lhs.ruleId < rhs.ruleId
  }
}

/// Why a finding is accepted. Mirrors SARIF's `suppression` object.
public struct FindingSuppression: Codable, Sendable, Hashable {
  public enum Kind: String, Codable, Sendable {
    /// Declared next to the data (an inline `xborder:allow` comment).
    case inSource
    /// Declared elsewhere: a policy exception or a baseline file.
    case external
  }

  public var kind: Kind
  /// The reason given by whoever accepted it (required for policy exceptions).
  public var justification: String
  /// Where the suppression comes from, e.g. `policy pipl: allow[0]` or `.xborder-baseline.json`.
  public var source: String

  public init(kind: Kind, justification: String, source: String) {
    self.kind = kind
    self.justification = justification
    self.source = source
  }
}
