import Foundation
import Testing
import XBorderTestSupport

/// The pre-commit hook through `pre-commit try-repo`, with pre-commit installed from PyPI into a
/// temporary virtual environment. Skipped (with the reason printed) when PyPI cannot be reached.
@Suite(.serialized) struct PreCommitHookTests {
  struct Run {
    var status: Int32
    var output: String
  }

  private func run(
    _ executable: String, _ arguments: [String], in directory: String, environment: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }

  private func git(_ arguments: [String], in directory: String) throws {
    let result = try run(
      "/usr/bin/env", ["git", "-c", "user.name=xborder-test", "-c", "user.email=test@invalid"] + arguments,
      in: directory)
    #expect(result.status == 0, "git \(arguments): \(result.output)")
  }

  /// pre-commit in a fresh virtual environment, or nil (and a printed reason) when it cannot be installed.
  private func installPreCommit(in directory: TemporaryDirectory) throws -> String? {
    let venv = directory.path + "/venv"
    let made = try run("/usr/bin/env", ["python3", "-m", "venv", venv], in: directory.path)
    guard made.status == 0 else {
      print("PreCommitHookTests: SKIPPED: python3 -m venv failed: \(made.output.suffix(300))")
      return nil
    }
    let pip = try run(
      venv + "/bin/pip",
      ["install", "--quiet", "--disable-pip-version-check", "--timeout", "20", "--retries", "1", "pre-commit"],
      in: directory.path)
    guard pip.status == 0 else {
      print("PreCommitHookTests: SKIPPED: pre-commit could not be installed from PyPI: \(pip.output.suffix(300))")
      return nil
    }
    return venv + "/bin/pre-commit"
  }

  @Test func hookFailsOnPersonalDataAndPassesWhenAllowed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    guard let preCommit = try installPreCommit(in: directory) else { return }
    let repo = directory.path + "/repo"
    try directory.write("repo/data/ids.txt", "身份证号: 11010519491231002X\n")
    try directory.write("repo/data/notes.txt", "nothing personal\n")
    try git(["init", "-q"], in: repo)
    try git(["add", "-A"], in: repo)
    let environment = [
      "PRE_COMMIT_HOME": directory.path + "/pre-commit-home", "XBORDER_BIN": CommandRunner.executable.path,
      "XBORDER_FINGERPRINT_KEY": "test-key-not-secret",
    ]
    let hookRepo = RepositoryPaths.root.path
    let failing = try run(
      preCommit, ["try-repo", hookRepo, "xborder", "--all-files"], in: repo, environment: environment)
    #expect(failing.status == 1, "\(failing.output)")
    #expect(failing.output.contains("Gate: FAILED"))
    #expect(failing.output.contains("data/ids.txt"))
    #expect(!failing.output.contains("11010519491231002X"))

    let single = try run(
      preCommit, ["try-repo", hookRepo, "xborder", "--files", "data/notes.txt"], in: repo, environment: environment)
    #expect(single.status == 0, "\(single.output)")

    try directory.write(
      "repo/data/ids.txt", "# xborder:allow pii.cn.resident-id -- synthetic fixture\n身份证号: 11010519491231002X\n")
    try git(["add", "-A"], in: repo)
    let allowed = try run(
      preCommit, ["try-repo", hookRepo, "xborder", "--all-files"], in: repo, environment: environment)
    #expect(allowed.status == 0, "\(allowed.output)")
  }
}
