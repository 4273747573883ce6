import Foundation
import XBorderCore
import XBorderInput
import XBorderTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// File system helpers for walker tests: folders, links, FIFOs, permissions, and a one-call walk.
extension TemporaryDirectory {
  /// Creates the (possibly nested) folder `relativePath`.
  func makeDirectory(_ relativePath: String) throws {
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent(relativePath), withIntermediateDirectories: true)
  }

  /// Creates a symlink at `relativePath` whose stored target is `target` (relative links stay relative).
  func makeSymlink(_ relativePath: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(atPath: path + "/" + relativePath, withDestinationPath: target)
  }

  /// Creates a FIFO at `relativePath`.
  func makeFIFO(_ relativePath: String) throws {
    guard mkfifo(path + "/" + relativePath, 0o644) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
  }

  /// Sets permission bits of `relativePath`.
  func setMode(_ relativePath: String, _ mode: mode_t) {
    _ = chmod(path + "/" + relativePath, mode)
  }

  /// Writes each path with a little text; a trailing `/` creates an empty folder instead.
  func populate(_ paths: [String]) throws {
    for relative in paths {
      if relative.hasSuffix("/") {
        try makeDirectory(relative)
      } else {
        try write(relative, "content of \(relative)\n")
      }
    }
  }

  /// Walks this directory as the single root, with `configure` adjusting the options.
  func walk(_ configure: (inout WalkOptions) -> Void = { _ in }) throws -> WalkResult {
    var options = WalkOptions(roots: [path], currentDirectory: path)
    configure(&options)
    return try FileWalker(options: options).walk()
  }
}

extension WalkResult {
  /// Relative paths of the files to scan.
  var filePaths: [String] { files.map(\.relativePath) }

  /// Relative paths of data files to scan, leaving out the ignore files themselves.
  var dataFilePaths: [String] {
    filePaths.filter { path in
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return name != ".gitignore" && name != ".xborderignore"
    }
  }

  /// The skipped entry at `path`, if any.
  func skipped(at path: String) -> SkippedFile? {
    skipped.first { $0.path == path }
  }
}

/// True when the tests run as root, where permission bits do not stop reads.
var runningAsRoot: Bool { getuid() == 0 }
