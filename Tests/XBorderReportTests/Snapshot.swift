import Foundation
import Testing

/// Golden-file comparison against `Snapshots/<name>`, found next to this source file.
///
/// `RECORD_SNAPSHOTS=1 swift test …` rewrites the goldens instead of comparing.
enum Snapshot {
  /// `Tests/XBorderReportTests/Snapshots`, located through `#filePath` (no Package.swift resources).
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  /// Compares `data` with the golden file `name`, or records it when recording.
  static func assertMatches(
    _ data: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let file = directory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try data.write(to: file)
      return
    }
    guard let golden = FileManager.default.contents(atPath: file.path) else {
      let message = "missing snapshot \(file.path); run with RECORD_SNAPSHOTS=1"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      return
    }
    if golden != data {
      let actual = String(decoding: data, as: UTF8.self)
      let expected = String(decoding: golden, as: UTF8.self)
      let line = firstDifferentLine(actual, expected)
      let message =
        "\(name) differs from its snapshot at line \(line.number):\n  expected: \(line.expected)\n"
        + "  actual:   \(line.actual)\nRe-record with RECORD_SNAPSHOTS=1 if the change is intended."
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  private static func firstDifferentLine(_ actual: String, _ expected: String)
    -> (number: Int, actual: String, expected: String)
  {
    let lhs = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let rhs = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(lhs.count, rhs.count) {
      let left = index < lhs.count ? String(lhs[index]) : "<end of file>"
      let right = index < rhs.count ? String(rhs[index]) : "<end of file>"
      if left != right { return (index + 1, left, right) }
    }
    return (0, "", "")
  }
}
