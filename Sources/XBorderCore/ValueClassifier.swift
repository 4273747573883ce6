/// A second stage after validators: decides what a validated match means and adds facts to it.
///
/// Destination rules use one to resolve a host or region to a provider and country and to check it
/// against the policy; a permitted destination is dropped, an allowed exception is kept as suppressed.
/// Rules name their classifier in YAML (`classifier: destination`); the app supplies the instances.
public protocol ValueClassifier: Sendable {
  /// Called once per validated match, with the file's text for context (valid only during the call).
  func classify(_ input: ClassifierInput) -> ClassifierVerdict
}

/// What a classifier sees of a match.
public struct ClassifierInput {
  /// The value as matched (capture group).
  public let value: String
  /// The value after the rule's normalizer.
  public let normalized: String
  /// Path of the file, relative to the scan root.
  public let path: String
  /// The whole decoded file.
  public let text: UnsafeBufferPointer<UInt8>
  /// Byte range of the value in `text`.
  public let range: Range<Int>
  /// Column header or key path of the value, when the file's structure gives one.
  public let structuralContext: String?

  public init(
    value: String, normalized: String, path: String, text: UnsafeBufferPointer<UInt8>, range: Range<Int>,
    structuralContext: String?
  ) {
    self.value = value
    self.normalized = normalized
    self.path = path
    self.text = text
    self.range = range
    self.structuralContext = structuralContext
  }
}

/// A classifier's decision.
public enum ClassifierVerdict: Sendable {
  /// Not a finding (e.g. a destination the policy permits, an internal host); the reason is for debugging.
  case drop(reason: String)
  /// A finding, with what the classifier learned.
  case keep(Classification)
}

/// What a classifier adds to a kept finding. `nil` fields keep the rule's defaults.
public struct Classification: Sendable, Equatable {
  public var level: Level?
  public var confidence: Confidence?
  public var properties: [String: String]
  public var reasons: [String]
  public var message: String?
  public var suppression: FindingSuppression?

  public init(
    level: Level? = nil, confidence: Confidence? = nil, properties: [String: String] = [:], reasons: [String] = [],
    message: String? = nil, suppression: FindingSuppression? = nil
  ) {
    self.level = level
    self.confidence = confidence
    self.properties = properties
    self.reasons = reasons
    self.message = message
    self.suppression = suppression
  }
}
