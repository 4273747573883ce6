// SARIF 2.1.0 wire types for results: the finding, its suppressions and its property bag.

/// One finding.
struct SARIFResult: Encodable {
  var ruleId: String
  var ruleIndex: Int?
  var level: String
  var message: SARIFText
  var locations: [SARIFLocation]
  var partialFingerprints: [String: String]
  /// Present only for suppressed findings; viewers that honour suppressions close or hide them.
  var suppressions: [SARIFSuppression]?
  var properties: SARIFResultProperties
}

/// SARIF §3.35 `suppression`: why a result is accepted. xborder only writes accepted ones.
struct SARIFSuppression: Encodable, Hashable {
  /// `inSource` or `external`.
  var kind: String
  var status = "accepted"
  /// Left out when the suppression gave no reason.
  var justification: String?
  var properties: SARIFSuppressionProperties
}

/// Where a suppression was declared, e.g. `policy pipl: allow[0]`.
struct SARIFSuppressionProperties: Encodable, Hashable {
  var source: String
}

/// Result property bag: what the scanner knows beyond the location, then the classifier's facts.
///
/// Facts sit next to `entity` and friends under their own names; a fact whose name is one of ours
/// (or SARIF's `tags`) is written as `classifier.<name>` instead, so it can never replace them.
struct SARIFResultProperties: Encodable {
  /// Names the bag already uses, plus `tags`, which SARIF reserves for a string array.
  static let reservedNames: Set<String> = ["entity", "confidence", "reasons", "context", "tags"]

  var entity: String
  var confidence: String
  var reasons: [String]
  var context: String?
  /// Classifier facts, already renamed away from `reservedNames`.
  private(set) var facts: [String: String] = [:]

  init(entity: String, confidence: String, reasons: [String], context: String?, facts: [String: String] = [:]) {
    self.entity = entity
    self.confidence = confidence
    self.reasons = reasons
    self.context = context
    for (name, value) in facts.sorted(by: { $0.key < $1.key }) {
      let key = Self.reservedNames.contains(name) ? "classifier.\(name)" : name
      if self.facts[key] == nil { self.facts[key] = value }
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: PropertyName.self)
    try container.encode(entity, forKey: PropertyName("entity"))
    try container.encode(confidence, forKey: PropertyName("confidence"))
    try container.encode(reasons, forKey: PropertyName("reasons"))
    try container.encodeIfPresent(context, forKey: PropertyName("context"))
    for (name, value) in facts {
      try container.encode(value, forKey: PropertyName(name))
    }
  }
}

/// A property-bag key chosen at run time.
private struct PropertyName: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ name: String) { stringValue = name }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
