import Foundation

/// Date formatting shared by the reports; all UTC, so output does not depend on the machine's zone.
enum Timestamps {
  /// ISO 8601 in UTC with a `Z` suffix and whole seconds, e.g. `2025-01-15T08:30:00Z`.
  static func iso8601(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
  }

  /// Whole milliseconds from `start` to `end`, never negative.
  static func milliseconds(from start: Date, to end: Date) -> Int {
    let interval = end.timeIntervalSince(start)
    guard interval.isFinite, interval > 0 else { return 0 }
    return Int((interval * 1000).rounded())
  }
}
