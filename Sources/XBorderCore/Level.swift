/// SARIF result level of a finding; ordered note < warning < error.
public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
  case note, warning, error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
}

/// How sure the scanner is that a match is real personal data; ordered low < medium < high.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
  case low, medium, high

  private var rank: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .high: 2
    }
  }

  public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }

  /// One step up, saturating at high.
  public var raised: Confidence { self == .low ? .medium : .high }
  /// One step down, saturating at low.
  public var lowered: Confidence { self == .high ? .medium : .low }
}

/// The level at or above which the gate fails; `none` never fails.
public enum FailThreshold: String, Codable, Sendable, CaseIterable {
  case error, warning, note, none

  /// The lowest level that fails the gate, or nil for `none`.
  public var level: Level? {
    switch self {
    case .error: .error
    case .warning: .warning
    case .note: .note
    case .none: nil
    }
  }
}
