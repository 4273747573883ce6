import XBorderCore

/// Why one file could not be turned into text to scan: a `SkipReason` and a human detail.
///
/// The walker, the reader and the decoder all fail with this value; `skippedFile(path:)` turns it into
/// the `SkippedFile` the reports list.
public struct InputFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// The category reports group by.
  public var reason: SkipReason
  /// What happened, e.g. `permission denied (EACCES)`.
  public var detail: String

  /// Creates a failure from its parts.
  public init(reason: SkipReason, detail: String) {
    self.reason = reason
    self.detail = detail
  }

  /// The report entry for the file at `path` (relative to the scan root).
  public func skippedFile(path: String) -> SkippedFile {
    SkippedFile(path: path, reason: reason, detail: detail)
  }

  /// `reason: detail`, for logs.
  public var description: String { "\(reason.rawValue): \(detail)" }

  /// A file over the size limit; `grew` when the size was found while reading, not from `stat`.
  static func tooLarge(size: Int, limit: Int, grew: Bool = false) -> InputFailure {
    let size = grew ? "more than \(limit) bytes (the file grew while being read)" : "\(size) bytes"
    return InputFailure(reason: .tooLarge, detail: "size \(size) exceeds the limit of \(limit) bytes")
  }

  /// An OS error while doing `action` (e.g. `cannot open`).
  static func unreadable(_ error: OSError, _ action: String) -> InputFailure {
    InputFailure(reason: .unreadable, detail: "\(action): \(error)")
  }
}
