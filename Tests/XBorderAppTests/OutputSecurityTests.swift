import Foundation
import Testing
import XBorderTestSupport

/// Security review of everything the tool writes or prints: no full personal-data value anywhere (reports,
/// overflow samples, baseline, evidence, terminal, errors), and nothing written into the scanned tree.
@Suite(.serialized) struct OutputSecurityTests {
  /// A copy of examples/ plus a table dense enough to overflow the per-file cap, so overflow samples exist.
  private func makeTree(_ directory: TemporaryDirectory) throws -> (tree: String, tokens: Set<String>) {
    let tree = directory.path + "/tree"
    try FileManager.default.copyItem(atPath: RepositoryPaths.examples.path, toPath: tree)
    let phones = (0..<50).map { HostileScan.phone(100 + $0) }
    let rows = phones.enumerated().map { "A\($0.offset),\($0.element)\n" }.joined()
    try directory.write("tree/dense.csv", "order_no,手机号\n" + rows)
    return (tree, try ExamplesEndToEndTests.sensitiveTokens().union(phones))
  }

  @Test func noFullValueInAnyOutputAndTheTreeIsUntouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let (tree, tokens) = try makeTree(directory)
    let treeBefore = try Self.checksums(tree)

    var texts: [String: String] = [:]
    let scan = try CommandRunner.run(
      ["scan", tree, "--output", directory.path + "/out", "--max-findings-per-file", "3", "--verbose",
        "--fail-on", "warning"], in: directory.path)
    #expect(scan.exitCode == 1, "\(scan.stderr)")
    texts["scan stdout"] = scan.stdout
    texts["scan stderr"] = scan.stderr
    let baseline = try CommandRunner.run(
      ["baseline", "create", tree, "-o", directory.path + "/baseline.json", "--reason", "accepted in test"],
      in: directory.path)
    #expect(baseline.exitCode == 0, "\(baseline.stderr)")
    texts["baseline stdout"] = baseline.stdout + baseline.stderr
    let gated = try CommandRunner.run(
      ["scan", tree, "--output", directory.path + "/out2", "--baseline", directory.path + "/baseline.json"],
      in: directory.path)
    texts["baseline scan output"] = gated.stdout + gated.stderr
    let verify = try CommandRunner.run(["verify", directory.path + "/out", "--root", tree], in: directory.path)
    #expect(verify.exitCode == 0, "\(verify.stdout)\(verify.stderr)")
    texts["verify output"] = verify.stdout + verify.stderr

    for folder in ["out", "out2"] {
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path + "/" + folder) {
        texts["\(folder)/\(name)"] = try String(contentsOfFile: "\(directory.path)/\(folder)/\(name)", encoding: .utf8)
      }
    }
    texts["baseline.json"] = try String(contentsOfFile: directory.path + "/baseline.json", encoding: .utf8)
    #expect(texts["out/evidence.json"] != nil)
    #expect(texts["out/xborder.json"]?.contains("\"samples\"") == true, "the overflow samples are checked too")

    for (name, text) in texts {
      for token in tokens where text.contains(token) {
        Issue.record("\(name) holds a full value \(token.prefix(3))…")
      }
    }
    #expect(try Self.checksums(tree) == treeBefore, "the scan wrote into the scanned tree")
  }

  /// Errors about input name the file and the problem, never a value read from it.
  @Test func errorMessagesDoNotQuoteValues() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let phone = HostileScan.phone(7)
    try directory.write("tree/a.env", "ALERT_PHONE=\(phone)\n")
    try directory.write("bad-config.yml", "exclude: [\(phone)\n")
    try directory.write("bad-baseline.json", "{\"version\": 1, \"entries\": [\"\(phone)\"]")
    for arguments in [
      ["--config", directory.path + "/bad-config.yml"],
      ["--baseline", directory.path + "/bad-baseline.json"],
      ["--policy", directory.path + "/tree/a.env"],
    ] {
      let output = try CommandRunner.run(
        ["scan", directory.path + "/tree", "--output", directory.path + "/out"] + arguments, in: directory.path)
      #expect(output.exitCode == 2, "\(arguments): \(output.stderr)")
      #expect(!(output.stdout + output.stderr).contains(phone), "\(arguments) printed the value: \(output.stderr)")
    }
  }

  /// SHA-256-free but exact: every file's path, size, mode and bytes under `root`.
  static func checksums(_ root: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: root))
    while let relative = enumerator.nextObject() as? String {
      let path = root + "/" + relative
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      let mode = attributes[.posixPermissions] as? Int ?? 0
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      files[relative + " \(mode) \(modified)"] = FileManager.default.contents(atPath: path) ?? Data()
    }
    return files
  }
}
