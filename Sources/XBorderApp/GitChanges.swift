import Foundation
import XBorderCore

/// The files a diff scan (`--changed-since REV`) looks at: changed between REV and the working tree
/// (committed, staged or not), plus untracked files that are not ignored. Runs `git` as a subprocess.
enum GitChanges {
  /// Canonical absolute paths (symlinks resolved) of the changed and untracked files of the repository
  /// that holds `directory`. Deleted files are listed too; the caller intersects with what exists.
  static func files(changedSince revision: String, in directory: String) throws(XBorderError) -> Set<String> {
    let top = try topLevel(of: directory)
    guard (try? run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: top)) != nil else {
      throw XBorderError(
        .usage, "--changed-since: '\(revision)' is not a known revision of the git repository \(top)",
        hint: "give a commit, branch or tag that exists here (in CI, fetch enough history, e.g. fetch-depth: 0)")
    }
    let changed = try git(["diff", "--name-only", "--no-renames", "-z", revision, "--"], in: top)
    let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z"], in: top)
    let names = (changed + untracked).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    return Set(names.map { canonical((top as NSString).appendingPathComponent($0)) })
  }

  /// The repository's top-level folder (canonical), or a usage error when `directory` is not in one.
  static func topLevel(of directory: String) throws(XBorderError) -> String {
    guard let output = try? run(["rev-parse", "--show-toplevel"], in: directory) else {
      throw XBorderError(
        .usage, "--changed-since: \(directory) is not inside a git repository (or git is not installed)",
        hint: "run the scan in a git checkout, or leave out --changed-since to scan everything")
    }
    let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return canonical(text)
  }

  /// `path` with symlinks resolved (so `/tmp/x` and `/private/tmp/x` compare equal), or as given.
  static func canonical(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func git(_ arguments: [String], in directory: String) throws(XBorderError) -> [UInt8] {
    do {
      return try run(arguments, in: directory)
    } catch {
      throw XBorderError(.io, "--changed-since: 'git \(arguments.joined(separator: " "))' failed: \(error)")
    }
  }

  struct GitFailure: Error, CustomStringConvertible {
    var status: Int32
    var stderr: String
    var description: String { "exit status \(status): \(stderr.trimmingCharacters(in: .whitespacesAndNewlines))" }
  }

  /// Runs `git -C directory arguments…`; its standard output, or `GitFailure`.
  private static func run(_ arguments: [String], in directory: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", directory] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // git writes little on stderr, so reading stdout to the end first cannot block it.
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errorData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw GitFailure(
        status: process.terminationStatus, stderr: String(decoding: errorData, as: UTF8.self))
    }
    return Array(data)
  }
}
