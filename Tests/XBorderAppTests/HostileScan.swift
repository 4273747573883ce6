import Foundation
import Testing
import XBorderTestSupport

/// A scan of a tree that mixes hostile items with normal files, through the real `xborder` binary.
///
/// Every normal file plants one synthetic mobile number (`plant`), so a test can check that whatever the
/// hostile neighbours do, the rest of the input is still scanned and its findings reported.
struct HostileScan {
  /// A watchdog, not a timing assertion: a scan still running after this long is killed and the test
  /// fails as a hang (the slowest case, a 64 MiB line-free file on the debug build, takes well under it).
  static let hangTimeout = 300.0

  let directory: TemporaryDirectory
  var tree: URL { directory.url.appendingPathComponent("tree") }
  var treePath: String { tree.path }
  var outputPath: String { directory.path + "/out" }

  init() throws {
    directory = try TemporaryDirectory(prefix: "xborder-hostile")
    try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
  }

  /// A synthetic mainland mobile number, distinct per `index` (valid prefix 135, any subscriber digits).
  static func phone(_ index: Int) -> String { "135" + String(format: "%08d", 28_460_000 + index) }

  /// A normal `.env` file holding the phone of `index`.
  @discardableResult
  func plant(_ relativePath: String, phone index: Int) throws -> String {
    try directory.write("tree/" + relativePath, "ALERT_PHONE=\(Self.phone(index))\n")
    return Self.phone(index)
  }

  func write(_ relativePath: String, _ data: Data) throws { try directory.write("tree/" + relativePath, data) }

  /// Scans the tree (reports outside it, in `out/`) with `--fail-on none` unless `arguments` say otherwise.
  func scan(_ arguments: [String] = [], prefix: [String] = [], sourceLocation: SourceLocation = #_sourceLocation)
    throws -> Result
  {
    let failOn = arguments.contains("--fail-on") ? [] : ["--fail-on", "none"]
    let output = try CommandRunner.run(
      ["scan", treePath, "--output", outputPath, "--no-config", "--quiet"] + failOn + arguments,
      in: directory.path, timeout: Self.hangTimeout, prefix: prefix)
    #expect(!output.timedOut, "the scan hung (killed after \(Self.hangTimeout) s)", sourceLocation: sourceLocation)
    return try Result(output: output, folder: outputPath)
  }

  func remove() { directory.remove() }

  /// What one scan produced: its exit, and the JSON and SARIF reports read back.
  struct Result {
    struct Found: Hashable { var path: String, line: Int, ruleId: String }
    struct Skipped { var path: String, reason: String, detail: String }

    var output: CommandRunner.Output
    var findings: [Found] = []
    var skipped: [Skipped] = []
    var scanned: [String: String] = [:]
    /// Tool notifications of the JSON report: (path, rule id, message).
    var notifications: [(path: String?, ruleId: String?, message: String)] = []
    /// SARIF `toolExecutionNotifications` message texts.
    var sarifNotifications: [String] = []
    /// Every report file's text, for leak checks.
    var reportTexts: [String: String] = [:]

    var exitCode: Int32 { output.exitCode }

    init(output: CommandRunner.Output, folder: String) throws {
      self.output = output
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
      for name in names {
        reportTexts[name] = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      }
      if let data = FileManager.default.contents(atPath: folder + "/xborder.json") { try readJSON(data) }
      if let data = FileManager.default.contents(atPath: folder + "/xborder.sarif") { try readSARIF(data) }
    }

    private mutating func readJSON(_ data: Data) throws {
      let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      for finding in document["findings"] as? [[String: Any]] ?? [] {
        findings.append(
          Found(
            path: finding["path"] as? String ?? "", line: finding["line"] as? Int ?? 0,
            ruleId: finding["ruleId"] as? String ?? ""))
      }
      let coverage = document["coverage"] as? [String: Any] ?? [:]
      for file in coverage["skipped"] as? [[String: Any]] ?? [] {
        skipped.append(
          Skipped(
            path: file["path"] as? String ?? "", reason: file["reason"] as? String ?? "",
            detail: file["detail"] as? String ?? ""))
      }
      for file in coverage["scanned"] as? [[String: Any]] ?? [] {
        scanned[file["path"] as? String ?? ""] = file["encoding"] as? String ?? ""
      }
      for note in document["notifications"] as? [[String: Any]] ?? [] {
        notifications.append((note["path"] as? String, note["ruleId"] as? String, note["message"] as? String ?? ""))
      }
    }

    private mutating func readSARIF(_ data: Data) throws {
      let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let run = (log["runs"] as? [[String: Any]])?.first ?? [:]
      let invocation = (run["invocations"] as? [[String: Any]])?.first ?? [:]
      for note in invocation["toolExecutionNotifications"] as? [[String: Any]] ?? [] {
        sarifNotifications.append((note["message"] as? [String: Any])?["text"] as? String ?? "")
      }
    }

    /// True when a phone finding sits in `path`.
    func foundPhone(in path: String) -> Bool {
      findings.contains { $0.path == path && $0.ruleId == "pii.cn.mobile" }
    }

    /// The skipped entry for `path` (exact), if any.
    func skip(_ path: String) -> Skipped? { skipped.first { $0.path == path } }

    /// Checks that `path` is listed as skipped for `reason`, with `detail` in its text, in the JSON
    /// coverage and in a SARIF notification.
    func expectSkipped(
      _ path: String, _ reason: String, detail: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
      guard let entry = skip(path) else {
        Issue.record(
          "\(path) is not listed as skipped; skipped: \(skipped.map { "\($0.path) \($0.reason)" })",
          sourceLocation: sourceLocation)
        return
      }
      #expect(entry.reason == reason, "\(path): \(entry.reason) — \(entry.detail)", sourceLocation: sourceLocation)
      if let detail {
        #expect(entry.detail.contains(detail), "\(path): \(entry.detail)", sourceLocation: sourceLocation)
      }
      #expect(
        sarifNotifications.contains { $0.hasPrefix("\(path): not scanned (\(reason))") },
        "no SARIF notification for \(path)", sourceLocation: sourceLocation)
    }
  }
}
