import Foundation
import Testing
import XBorderTestSupport

/// `--changed-since REV` on a temporary git repository made in the test.
@Suite(.serialized) struct DiffScanTests {
  private func git(_ arguments: [String], in directory: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "user.name=xborder-test", "-c", "user.email=test@invalid", "-c",
      "commit.gpgsign=false", "-C", directory] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
  }

  private func scannedPaths(_ directory: TemporaryDirectory) throws -> [String] {
    let data = try Data(contentsOf: directory.url.appendingPathComponent("out/xborder.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let coverage = json["coverage"] as? [String: Any]
    let scanned = coverage?["scanned"] as? [[String: Any]] ?? []
    return scanned.compactMap { $0["path"] as? String }.sorted()
  }

  @Test func scansOnlyChangedAndUntrackedFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let repo = directory.path + "/repo"
    try directory.write("repo/data/old.txt", "身份证号: 11010519491231002X\n")
    try directory.write("repo/data/edited.txt", "nothing yet\n")
    try directory.write("repo/data/untouched.txt", "plain\n")
    try directory.write("repo/.gitignore", "data/ignored.txt\n")
    try git(["init", "-q"], in: repo)
    try git(["add", "-A"], in: repo)
    try git(["commit", "-q", "-m", "base"], in: repo)
    try git(["tag", "base"], in: repo)
    try directory.write("repo/data/edited.txt", "手机 13912347865\n")
    try directory.write("repo/data/untracked.txt", "plain\n")
    try directory.write("repo/data/ignored.txt", "身份证号: 11010519491231002X\n")

    let output = try CommandRunner.run(
      ["scan", "repo/data", "-o", "out", "--changed-since", "base", "--fail-on", "warning"], in: directory.path)
    #expect(output.exitCode == 1, "\(output.stderr)")
    #expect(try scannedPaths(directory) == ["edited.txt", "untracked.txt"])
    #expect(output.stdout.contains("Diff scan: 2 of 5 file(s) changed since base"))

    try git(["add", "-A"], in: repo)
    try git(["commit", "-q", "-m", "edit"], in: repo)
    let clean = try CommandRunner.run(
      ["scan", "repo/data", "-o", "out", "--changed-since", "HEAD"], in: directory.path)
    #expect(clean.exitCode == 0, "\(clean.stderr)")
    #expect(try scannedPaths(directory).isEmpty)
  }

  @Test func unknownRevisionAndNoRepositoryAreErrors() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("plain/a.txt", "x\n")
    let outside = try CommandRunner.run(["scan", "plain", "-o", "out", "--changed-since", "HEAD"], in: directory.path)
    #expect(outside.exitCode == 2)
    #expect(outside.stderr.contains("not inside a git repository"))

    try git(["init", "-q"], in: directory.path + "/plain")
    let unknown = try CommandRunner.run(
      ["scan", "plain", "-o", "out", "--changed-since", "no-such-branch"], in: directory.path)
    #expect(unknown.exitCode == 2)
    #expect(unknown.stderr.contains("'no-such-branch' is not a known revision"))
  }
}
