import Foundation
import Testing
import XBorderTestSupport

/// Runs `scripts/validate-sarif.py` on rendered reports, the way CI validates real ones.
enum SchemaValidation {
  /// The package root: this file is `<repo>/Tests/XBorderReportTests/SchemaValidation.swift`.
  static let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The official SARIF 2.1.0 schema; `shared/` is always a sibling of the repository.
  static let sarifSchema = repoRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
  /// The JSON report's own schema.
  static let jsonReportSchema = repoRoot.appendingPathComponent("reports/schemas/xborder-report.schema.json")
  static let script = repoRoot.appendingPathComponent("scripts/validate-sarif.py")

  /// What the validator printed and how it exited.
  struct Outcome {
    var status: Int32
    var output: String
  }

  /// Writes `data` to a temporary `fileName` and validates it (SARIF mode, or JSON-schema mode).
  static func validate(_ data: Data, fileName: String, jsonSchema: Bool = false) throws -> Outcome {
    let directory = try TemporaryDirectory(prefix: "xborder-report-test")
    defer { directory.remove() }
    let file = try directory.write(fileName, data)
    let arguments =
      jsonSchema
      ? ["--json-schema", jsonReportSchema.path, file.path] : [sarifSchema.path, file.path]
    return try runPython([script.path] + arguments)
  }

  private static func runPython(_ arguments: [String]) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    // Read before waiting so a full pipe cannot block the child.
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
  }
}
