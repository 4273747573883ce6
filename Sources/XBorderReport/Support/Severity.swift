import Foundation

/// Formatting of GitHub's `security-severity` score.
enum Severity {
  /// The score clamped to 0.0–10.0 with one decimal, e.g. `7.5` (GitHub wants a string).
  static func text(_ score: Double) -> String {
    let clamped = score.isFinite ? min(10, max(0, score)) : 0
    return String(format: "%.1f", clamped)
  }
}
