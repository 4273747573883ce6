import Foundation
import Testing
import XBorderTestSupport
import Yams

/// GitHub cannot run here, so the Action, the example workflow and the pre-commit manifest are checked
/// for structure: required keys, declared inputs, step ids, and shell scripts that parse.
@Suite struct CIIntegrationFilesTests {
  private func load(_ relativePath: String) throws -> [String: Any] {
    let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(relativePath), encoding: .utf8)
    let node = try #require(try Yams.compose(yaml: text), "\(relativePath) is empty")
    return try #require(plain(node) as? [String: Any], "\(relativePath): the top level must be a mapping")
  }

  /// The node as plain values, every key as its source text (GitHub reads `on:` as a key, not `true`).
  private func plain(_ node: Node) -> Any {
    switch node {
    case .mapping(let mapping):
      var result: [String: Any] = [:]
      for (key, value) in mapping { result[key.string ?? ""] = plain(value) }
      return result
    case .sequence(let sequence): return sequence.map(plain)
    default: return node.string ?? ""
    }
  }

  private func steps(_ action: [String: Any]) -> [[String: Any]] {
    ((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]]) ?? []
  }

  /// Every `${{ <prefix>.NAME… }}` reference in `text`.
  private func references(_ prefix: String, in text: String) -> Set<String> {
    let pattern = try! NSRegularExpression(pattern: "\\$\\{\\{[^}]*?\\b\(prefix)\\.([A-Za-z0-9_-]+)")
    let range = NSRange(text.startIndex..., in: text)
    return Set(pattern.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    })
  }

  @Test func actionIsACompositeActionWithCacheScanAndUpload() throws {
    let action = try load("action.yml")
    #expect(action["name"] as? String != nil)
    #expect(action["description"] as? String != nil)
    #expect((action["runs"] as? [String: Any])?["using"] as? String == "composite")
    let steps = steps(action)
    #expect(steps.count >= 4)
    for step in steps {
      #expect(step["name"] != nil, "every step has a name: \(step)")
      #expect((step["run"] == nil) != (step["uses"] == nil), "a step either runs or uses: \(step)")
      if step["run"] != nil { #expect(step["shell"] != nil, "composite run steps need a shell: \(step)") }
    }
    let uses = steps.compactMap { $0["uses"] as? String }
    #expect(uses.contains { $0.hasPrefix("actions/cache@") })
    #expect(uses.contains { $0.hasPrefix("github/codeql-action/upload-sarif@") })
    let runs = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
    #expect(runs.contains("swift build -c release"))
    #expect(runs.contains("--sarif-root"))
  }

  @Test func actionReferencesOnlyDeclaredInputsAndSteps() throws {
    let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("action.yml"), encoding: .utf8)
    let action = try load("action.yml")
    let inputs = Set((action["inputs"] as? [String: Any] ?? [:]).keys)
    #expect(references("inputs", in: text).subtracting(inputs).isEmpty, "undeclared inputs")
    let ids = Set(steps(action).compactMap { $0["id"] as? String })
    #expect(!references("steps", in: text).isEmpty)
    #expect(references("steps", in: text).subtracting(ids).isEmpty, "unknown step ids")
    for (name, value) in action["outputs"] as? [String: Any] ?? [:] {
      #expect((value as? [String: Any])?["value"] != nil, "composite output \(name) needs a value")
    }
  }

  @Test func actionShellScriptsParse() throws {
    for step in steps(try load("action.yml")) {
      guard let script = step["run"] as? String else { continue }
      // Expressions are substituted by GitHub before bash runs; any word stands in for them here.
      let plainScript = script.replacingOccurrences(
        of: "\\$\\{\\{[^}]*\\}\\}", with: "VALUE", options: .regularExpression)
      let check = try bashSyntax(plainScript)
      #expect(check.exitCode == 0, "\(step["name"] ?? ""): \(check.output)")
    }
    let hook = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("scripts/ci/pre-commit-xborder.sh"), encoding: .utf8)
    #expect(try bashSyntax(hook).exitCode == 0)
  }

  @Test func exampleWorkflowUsesTheActionWithDeclaredInputs() throws {
    let action = try load("action.yml")
    let inputs = Set((action["inputs"] as? [String: Any] ?? [:]).keys)
    let workflow = try load("examples/ci/github-workflow.yml")
    #expect(workflow["on"] != nil)
    #expect((workflow["permissions"] as? [String: Any])?["security-events"] as? String == "write")
    let jobs = try #require(workflow["jobs"] as? [String: Any])
    var actionSteps = 0
    for case let job as [String: Any] in jobs.values {
      #expect(job["runs-on"] != nil)
      for case let step as [String: Any] in job["steps"] as? [Any] ?? [] {
        guard let uses = step["uses"] as? String, uses.contains("xborder") else { continue }
        actionSteps += 1
        let given = Set((step["with"] as? [String: Any] ?? [:]).keys)
        #expect(given.subtracting(inputs).isEmpty, "inputs the action does not declare: \(given.subtracting(inputs))")
      }
    }
    #expect(actionSteps >= 1)
  }

  @Test func preCommitManifestNamesAnExecutableEntry() throws {
    let text = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
    let hooks = try #require(try Yams.load(yaml: text) as? [[String: Any]])
    let hook = try #require(hooks.first { $0["id"] as? String == "xborder" })
    for key in ["name", "entry", "language"] { #expect(hook[key] != nil, "missing \(key)") }
    let entry = try #require(hook["entry"] as? String)
    #expect(FileManager.default.isExecutableFile(atPath: RepositoryPaths.root.appendingPathComponent(entry).path))
  }

  /// The GitLab job in README § "Use in CI" is valid YAML with a script that parses.
  @Test func readmeGitLabSnippetParses() throws {
    let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "### GitLab CI")).upperBound
    let start = try #require(readme.range(of: "```yaml\n", range: section..<readme.endIndex)).upperBound
    let end = try #require(readme.range(of: "```", range: start..<readme.endIndex)).lowerBound
    let jobs = try #require(try Yams.load(yaml: String(readme[start..<end])) as? [String: Any])
    let job = try #require(jobs["xborder"] as? [String: Any])
    #expect(job["image"] as? String != nil)
    let artifacts = job["artifacts"] as? [String: Any]
    #expect((artifacts?["paths"] as? [String]) == ["xborder-reports/"])
    let lines = (job["before_script"] as? [String] ?? []) + (job["script"] as? [String] ?? [])
    #expect(lines.joined(separator: "\n").contains("xborder scan"))
    #expect(try bashSyntax(lines.joined(separator: "\n")).exitCode == 0)
  }

  /// Runs the Action's own `Scan` and `Gate` step scripts with the environment GitHub would give them.
  @Test func actionScanAndGateStepsRunAsGitHubWouldRunThem() throws {
    let steps = steps(try load("action.yml"))
    let scan = try #require(steps.first { $0["id"] as? String == "scan" }?["run"] as? String)
    let gate = try #require(steps.first { $0["name"] as? String == "Gate" }?["run"] as? String)
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("workspace/services/api/ids.txt", "身份证号: 11010519491231002X\n")
    try directory.write("github-output", "")
    try directory.write("step-summary", "")
    let environment = [
      "XBORDER": CommandRunner.executable.path, "INPUT_PATH": "services/api", "INPUT_FAIL_ON": "error",
      "INPUT_MIN_CONFIDENCE": "", "INPUT_BASELINE": "", "INPUT_CHANGED_SINCE": "",
      "INPUT_ARGS": "--format sarif,markdown",
      "RUNNER_TEMP": directory.path, "GITHUB_WORKSPACE": directory.path + "/workspace",
      "GITHUB_OUTPUT": directory.path + "/github-output", "GITHUB_STEP_SUMMARY": directory.path + "/step-summary",
      "XBORDER_FINGERPRINT_KEY": "test-key-not-secret",
    ]
    let scanRun = try bash(scan, in: directory.path + "/workspace", environment: environment)
    #expect(scanRun.exitCode == 0, "the scan step records the exit code and goes on to the upload: \(scanRun.output)")
    let outputs = try String(contentsOfFile: directory.path + "/github-output", encoding: .utf8)
    #expect(outputs.contains("exit-code=1"))
    #expect(outputs.contains("sarif-file=\(directory.path)/xborder-reports/xborder.sarif"))
    let sarif = try String(contentsOfFile: directory.path + "/xborder-reports/xborder.sarif", encoding: .utf8)
    #expect(sarif.contains("\"uri\" : \"services/api/ids.txt\""), "URIs relative to the repository root")
    #expect(try String(contentsOfFile: directory.path + "/step-summary", encoding: .utf8).contains("xborder"))

    #expect(try bash(gate, in: directory.path, environment: ["STATUS": "1"]).exitCode == 1)
    #expect(try bash(gate, in: directory.path, environment: ["STATUS": "0"]).exitCode == 0)
    #expect(try bash(gate, in: directory.path, environment: ["STATUS": "2"]).exitCode == 2)
  }

  private func bash(_ script: String, in directory: String, environment: [String: String]) throws
    -> (exitCode: Int32, output: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  private func bashSyntax(_ script: String) throws -> (exitCode: Int32, output: String) {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try directory.write("script.sh", script)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["bash", "-n", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
