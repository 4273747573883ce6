import Foundation
import Testing
import XBorderTestSupport

/// The CI gate end to end: baselines, inline suppressions, gate overrides, SARIF roots, progress.
@Suite(.serialized) struct CIGateTests {
  /// Synthetic values: a resident ID with a valid check digit, a mobile number, an e-mail address.
  static let residentId = "11010519491231002X"
  static let mobile = "13912347865"

  private func sarif(_ directory: TemporaryDirectory, _ folder: String = "out") throws -> [String: Any] {
    let data = try Data(contentsOf: directory.url.appendingPathComponent("\(folder)/xborder.sarif"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func results(_ log: [String: Any]) -> [[String: Any]] {
    ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
  }

  private func suppressionKinds(_ log: [String: Any]) -> [String] {
    results(log).flatMap { ($0["suppressions"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String } }
  }

  @Test func baselineCreateThenScanPassesAndSurvivesALineMove() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/ids.txt", "header\n身份证号: \(Self.residentId)\n")
    let create = try CommandRunner.run(["baseline", "create", "data", "--reason", "legacy export"], in: directory.path)
    #expect(create.exitCode == 0, "\(create.stderr)")
    let baseline = try String(contentsOfFile: directory.path + "/data/.xborder-baseline.json", encoding: .utf8)
    #expect(baseline.contains("\"rule\":\"pii.cn.resident-id\""))
    #expect(baseline.contains("legacy export"))
    #expect(!baseline.contains(Self.residentId) && !baseline.contains("\"line\""), "no value, no line number")

    // The value moves down three lines and an unrelated edit happens: still accepted.
    try directory.write("data/ids.txt", "header\nnew line\nanother\nmore\n身份证号: \(Self.residentId)\n")
    let moved = try CommandRunner.run(["scan", "data", "-o", "out"], in: directory.path)
    #expect(moved.exitCode == 0, "\(moved.stdout)")
    #expect(moved.stdout.contains("Baseline .xborder-baseline.json: 1 finding(s) accepted"))
    #expect(suppressionKinds(try sarif(directory)) == ["external"])
    try validateSARIF(directory.path + "/out/xborder.sarif")

    // A new value is not in the baseline: the gate fails on it alone.
    try directory.write("data/new.txt", "身份证号: 110105198001010016\n")
    let added = try CommandRunner.run(["scan", "data", "-o", "out"], in: directory.path)
    #expect(added.exitCode == 1)
    #expect(added.stdout.contains("1 × pii.cn.resident-id at level error"))

    // --no-baseline ignores it; another key cannot match it and says why.
    #expect(try CommandRunner.run(["scan", "data", "-o", "out", "--no-baseline"], in: directory.path).exitCode == 1)
    let otherKey = try CommandRunner.run(
      ["scan", "data", "-o", "out"], in: directory.path, environment: ["XBORDER_FINGERPRINT_KEY": "another-key"])
    #expect(otherKey.stdout.contains("another fingerprint key"))
  }

  @Test func expiredBaselineEntriesStopSuppressing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/ids.txt", "身份证号: \(Self.residentId)\n")
    let create = try CommandRunner.run(
      ["baseline", "create", "data", "--output", "accepted.json", "--expires", "2020-01-31"], in: directory.path)
    #expect(create.exitCode == 0, "\(create.stderr)")
    let output = try CommandRunner.run(
      ["scan", "data", "-o", "out", "--baseline", "accepted.json"], in: directory.path)
    #expect(output.exitCode == 1)
    #expect(output.stdout.contains("expired"))
    let log = try sarif(directory)
    #expect(suppressionKinds(log).isEmpty)
    let invocation = (log["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]]
    let notes = invocation?.first?["toolExecutionNotifications"] as? [[String: Any]] ?? []
    let texts = notes.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
    #expect(texts.contains { $0.contains("expired on 2020-01-31") })
  }

  @Test func missingOrBrokenBaselineIsAToolError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/a.txt", "nothing\n")
    let missing = try CommandRunner.run(["scan", "data", "-o", "out", "--baseline", "nope.json"], in: directory.path)
    #expect(missing.exitCode == 2)
    #expect(missing.stderr.contains("baseline create"))
    try directory.write("broken.json", "{\"version\": 1}")
    let broken = try CommandRunner.run(["scan", "data", "-o", "out", "--baseline", "broken.json"], in: directory.path)
    #expect(broken.exitCode == 2)
    #expect(broken.stderr.contains("broken.json"))
  }

  @Test func inlineSuppressionsAndRequireReason() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write(
      "data/fixtures.py",
      """
      # xborder:allow pii.cn.resident-id -- synthetic test identity
      ID = "\(Self.residentId)"
      PHONE = "手机 \(Self.mobile)"  # xborder:allow
      """)
    let plain = try CommandRunner.run(["scan", "data", "-o", "out", "--fail-on", "warning"], in: directory.path)
    #expect(plain.exitCode == 0, "\(plain.stdout)")
    let log = try sarif(directory)
    #expect(suppressionKinds(log) == ["inSource", "inSource"])
    let justifications = results(log).flatMap {
      ($0["suppressions"] as? [[String: Any]] ?? []).compactMap { $0["justification"] as? String }
    }
    #expect(justifications == ["synthetic test identity"])
    try validateSARIF(directory.path + "/out/xborder.sarif")

    let strict = try CommandRunner.run(
      ["scan", "data", "-o", "out", "--fail-on", "warning", "--require-reason"], in: directory.path)
    #expect(strict.exitCode == 1)
    #expect(strict.stdout.contains("without a reason were ignored"))
    #expect(suppressionKinds(try sarif(directory)) == ["inSource"])
  }

  @Test func gateOverridesInTheConfig() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/ids.txt", "身份证号: \(Self.residentId)\n手机 \(Self.mobile)\n")
    try directory.write("data/.xborder.yml", "gate:\n  fail_on: error\n  entities: {cn_resident_id: none}\n")
    let relaxed = try CommandRunner.run(["scan", "data", "-o", "out"], in: directory.path)
    #expect(relaxed.exitCode == 0, "\(relaxed.stdout)\(relaxed.stderr)")

    try directory.write(
      "data/.xborder.yml", "gate:\n  entities: {cn_resident_id: none}\n  rules: {pii.cn.mobile: warning}\n")
    let strict = try CommandRunner.run(["scan", "data", "-o", "out"], in: directory.path)
    #expect(strict.exitCode == 1)
    #expect(
      strict.stdout.contains("pii.cn.mobile at level warning (fails at ≥ warning, from gate.rules.pii.cn.mobile)"))
    #expect(strict.stdout.contains("xborder baseline create"))
    #expect(strict.stdout.contains("xborder:allow"))
    // --fail-on none on the command line is a report-only run, overrides included.
    #expect(try CommandRunner.run(["scan", "data", "-o", "out", "--fail-on", "none"], in: directory.path).exitCode == 0)

    try directory.write("data/.xborder.yml", "gate:\n  rules: {pii.no-such-rule: warning}\n")
    let typo = try CommandRunner.run(["scan", "data", "-o", "out"], in: directory.path)
    #expect(typo.exitCode == 2)
    #expect(typo.stderr.contains("pii.no-such-rule"))
  }

  @Test func sarifRootPutsTheSubfolderInFrontOfPaths() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("repo/.git/HEAD", "ref: refs/heads/main\n")
    try directory.write("repo/services/api/ids.txt", "身份证号: \(Self.residentId)\n")
    let output = try CommandRunner.run(
      ["scan", "repo/services/api", "-o", "out", "--sarif-root", "git", "--fail-on", "none"], in: directory.path)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let location = (results(try sarif(directory)).first?["locations"] as? [[String: Any]])?.first
    let artifact = (location?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
    #expect(artifact?["uri"] as? String == "services/api/ids.txt")
    try validateSARIF(directory.path + "/out/xborder.sarif")

    let explicit = try CommandRunner.run(
      ["scan", "repo/services", "-o", "out", "--sarif-root", "repo", "--fail-on", "none"], in: directory.path)
    #expect(explicit.exitCode == 0, "\(explicit.stderr)")
    #expect(try String(contentsOfFile: directory.path + "/out/xborder.sarif", encoding: .utf8)
      .contains("\"uri\" : \"services/api/ids.txt\""))
    let outside = try CommandRunner.run(
      ["scan", "repo/services", "-o", "out", "--sarif-root", "repo/services/api"], in: directory.path)
    #expect(outside.exitCode == 2)
    #expect(outside.stderr.contains("does not contain the scan root"))
  }

  @Test func progressLineOnlyOnATerminal() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/a.txt", "手机 \(Self.mobile)\n")
    let piped = try CommandRunner.run(["scan", "data", "-o", "out"], in: directory.path)
    #expect(piped.stderr.isEmpty, "no progress when stderr is not a terminal: \(piped.stderr)")
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      print("progressLineOnlyOnATerminal: SKIPPED the terminal half: /usr/bin/script (util-linux) is not installed")
      return
    }
    let command = "'\(CommandRunner.executable.path)' scan data -o out"
    let tty = try runScript(command, in: directory.path)
    #expect(tty.contains("1/1 files") || tty.contains("0/1 files"), "\(tty)")
    #expect(tty.contains("\u{1B}[K"), "the line is cleared at the end")
    let quiet = try runScript(command + " --quiet", in: directory.path)
    #expect(!quiet.contains("files"), "\(quiet)")
  }

  /// Runs `command` under `script` so that stdout and stderr are a pseudo-terminal; returns what it printed.
  private func runScript(_ command: String, in directory: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["XBORDER_FINGERPRINT_KEY"] = "test-key-not-secret"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  private func validateSARIF(_ path: String) throws {
    let script = RepositoryPaths.root.appendingPathComponent("scripts/validate-sarif.py").path
    let result = try CommandRunner.python([script, RepositoryPaths.sarifSchema.path, path])
    #expect(result.exitCode == 0, "\(result.output)")
  }
}
