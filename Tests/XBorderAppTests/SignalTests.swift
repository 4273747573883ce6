import Foundation
import Testing
import XBorderApp
import XBorderTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// SIGINT and SIGTERM during a scan: a distinct exit code, a message on stderr, and the report folder
/// left exactly as the previous scan wrote it (no half-written or mixed files, evidence.json included).
@Suite struct SignalTests {
  @Test(arguments: [SIGINT, SIGTERM])
  func aSignalWhileScanningLeavesThePreviousReports(signal: Int32) throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    try scan.plant("normal.env", phone: 0)
    let first = try scan.scan(["--format", "sarif,markdown,json"])
    try #require(first.exitCode == 0, "\(first.output.stderr)")
    let before = try Self.snapshot(scan.outputPath)
    #expect(before.keys.sorted() == ["evidence.json", "xborder.json", "xborder.md", "xborder.sarif"])

    // A sparse 8 GiB text file: no disk used, yet minutes of scanning, so the signal always lands mid-scan.
    let big = scan.treePath + "/big.txt"
    try scan.write("big.txt", Data(String(repeating: "order line without personal data\n", count: 2_000).utf8))
    try #require(truncate(big, 8 << 30) == 0)

    let process = Process()
    process.executableURL = CommandRunner.executable
    process.arguments = ["scan", scan.treePath, "--output", scan.outputPath, "--no-config", "--verbose",
      "--fail-on", "none"]
    process.environment = ProcessInfo.processInfo.environment
      .merging(["XBORDER_FINGERPRINT_KEY": "test-key-not-secret"]) { $1 }
    let errorPipe = Pipe()
    process.standardError = errorPipe
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { kill(process.processIdentifier, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
    defer { watchdog.cancel() }

    var stderr = Data()
    let marker = Data("xborder: scanning ".utf8)
    while stderr.range(of: marker) == nil {
      let chunk = errorPipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      stderr += chunk
    }
    try #require(stderr.range(of: marker) != nil, "the scan never started: \(String(decoding: stderr, as: UTF8.self))")
    kill(process.processIdentifier, signal)
    stderr += errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    let text = String(decoding: stderr, as: UTF8.self)
    #expect(process.terminationReason == .exit, "killed by a signal instead of exiting: \(text)")
    #expect(process.terminationStatus == 128 + signal, "\(text)")
    #expect(text.contains("interrupted by \(signal == SIGINT ? "SIGINT" : "SIGTERM") while scanning"), "\(text)")
    #expect(try Self.snapshot(scan.outputPath) == before, "the report folder changed")
  }

  @Test func theRuleDefersASignalWhileReportsAreWritten() {
    #expect(InterruptRule.action(in: .scanning) == .exitNow)
    #expect(InterruptRule.action(in: .writingReports) == .exitAfterWriting)
    #expect(InterruptRule.exitCode(signal: SIGINT) == 130)
    #expect(InterruptRule.exitCode(signal: SIGTERM) == 143)
    #expect(InterruptRule.message(signal: SIGTERM, phase: .writingReports, folder: "out").contains("completed first"))
  }

  /// Every file of the folder with its bytes (so leftover temporary files count as a change too).
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      files[name] = FileManager.default.contents(atPath: folder + "/" + name)
    }
    return files
  }
}
