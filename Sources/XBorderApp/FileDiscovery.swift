import XBorderCore
import XBorderInput

/// A file the walker found, to be read and scanned.
typealias DiscoveredFile = CandidateFile

/// Walks the scan paths with the resolved options; the report folder is never entered.
enum FileDiscovery {
  struct Discovery {
    var root: String
    var files: [DiscoveredFile]
    var skipped: [SkippedFile]
    var ignoredCount: Int

    /// Keeps the files of one shard; files of other shards are neither scanned nor reported as skipped.
    /// Skips found by the walk (unreadable files…) follow the same split, so shards add up to one scan.
    mutating func keep(_ shard: Shard) {
      files = files.filter { shard.contains(relativePath: $0.relativePath) }
      skipped = skipped.filter { shard.contains(relativePath: $0.path) }
    }
  }

  static func discover(_ options: ResolvedScanOptions, currentDirectory: String) throws(XBorderError) -> Discovery {
    let walkOptions = WalkOptions(
      roots: options.paths, followSymlinks: options.followSymlinks, maxFileSize: options.maxFileSize,
      include: options.include, exclude: options.exclude, respectGitignore: options.respectGitignore,
      excludedDirectories: [options.output], currentDirectory: currentDirectory)
    let result = try FileWalker(options: walkOptions).walk()
    return Discovery(root: result.scanRoot, files: result.files, skipped: result.skipped, ignoredCount: result.ignoredCount)
  }
}
