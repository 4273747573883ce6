import Foundation
import Synchronization
import XBorderCore
import XBorderEngine
import XBorderInput
import XBorderRules

/// Scans files on `jobs` worker threads. Each worker owns its `FileScanner` (and so its PCRE2 match
/// data); workers take the next file from a shared counter. Results are merged, then sorted by the
/// caller, so the output does not depend on scheduling.
struct ConcurrentScan {
  let rules: [CompiledRule]
  let fingerprinter: Fingerprinter
  let classifiers: [String: any ValueClassifier]
  let maxFileSize: Int
  let minConfidence: Confidence
  let limits: ScanLimits
  /// Bumped once per finished file for the live progress line; nil when none is shown.
  var progress: ScanProgress? = nil
  var usePrefilter = true
  var profileRules = false

  struct Outcome {
    var findings: [Finding] = []
    var scanned: [ScannedFile] = []
    var skipped: [SkippedFile] = []
    var notifications: [ToolNotification] = []
    var columns: [ColumnSummary] = []
    var overflow: [FindingOverflow] = []
    var tally = EntityTally()
    var profile: RuleProfile?

    mutating func merge(_ other: Outcome) {
      overflow += other.overflow
      tally.merge(other.tally)
      if let theirs = other.profile {
        if profile == nil { profile = theirs } else { profile?.merge(theirs) }
      }
      findings += other.findings
      scanned += other.scanned
      skipped += other.skipped
      notifications += other.notifications
      columns += other.columns
    }
  }

  /// Archives are read into memory whole (unlike text files, which are streamed): 1 GiB at most, the
  /// same as the total they may expand to (`ContainerLimits.maxTotalBytes`).
  static let maxArchiveSize = 1 << 30

  func run(_ files: [DiscoveredFile], jobs: Int) -> Outcome {
    // Largest first: a big file taken last would leave the other workers idle while it finishes.
    let order = Self.largestFirst(files)
    let nextIndex = Atomic<Int>(0)
    let merged = Locked(Outcome())
    let workers = max(1, min(jobs, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let scanner = FileScanner(
        rules: rules, fingerprinter: fingerprinter, classifiers: classifiers, usePrefilter: usePrefilter,
        profile: profileRules)
      var local = Outcome()
      while true {
        let index = nextIndex.add(1, ordering: .relaxed).oldValue
        guard index < order.count else { break }
        let file = files[order[index]]
        scan(file, with: scanner, into: &local)
        progress?.fileDone(bytes: file.size)
      }
      local.profile = scanner.profile
      merged.withLock { $0.merge(local) }
    }
    return merged.withLock { $0 }
  }

  /// Indices of `files` by size, largest first (ties in discovery order).
  static func largestFirst(_ files: [DiscoveredFile]) -> [Int] {
    files.indices.sorted { (files[$0].size, $1) > (files[$1].size, $0) }
  }

  private func scan(_ file: DiscoveredFile, with scanner: FileScanner, into outcome: inout Outcome) {
    if ContainerReader.isStreamableGzip(path: file.relativePath) {
      switch TextChunkReader.openGzip(path: file.absolutePath, maxSize: maxFileSize) {
      case .failure(let failure):
        outcome.skipped.append(failure.skippedFile(path: file.relativePath))
      case .success(let (reader, storedName)):
        let path = ContainerReader.gzipMemberPath(file.relativePath, storedName: storedName)
        scanStream(reader, path: path, with: scanner, into: &outcome)
      }
      return
    }
    if ContainerReader.isContainer(path: file.relativePath) {
      scanContainer(file, with: scanner, into: &outcome)
      return
    }
    switch TextChunkReader.open(path: file.absolutePath, maxSize: maxFileSize) {
    case .failure(let failure):
      outcome.skipped.append(failure.skippedFile(path: file.relativePath))
    case .success(let reader):
      scanStream(reader, path: file.relativePath, with: scanner, into: &outcome)
    }
  }

  /// A file of any size, in windows: memory stays bounded (see `ScanLimits`).
  private func scanStream(_ reader: TextChunkReader, path: String, with scanner: FileScanner, into outcome: inout Outcome) {
    var source = StreamingFileSource(reader)
    let result = scanner.scan(blocks: &source, path: path, minConfidence: minConfidence, limits: limits)
    add(result, into: &outcome)
    if let failure = source.failure {
      let detail = "reading stopped after \(reader.originalByteCount) bytes (findings before that point are reported): "
      outcome.skipped.append(SkippedFile(path: path, reason: failure.reason, detail: detail + failure.detail))
      return
    }
    if let offset = reader.firstInvalidOffset {
      outcome.notifications.append(
        ToolNotification(
          level: .warning,
          message: "not valid \(reader.encoding.replacingOccurrences(of: " (invalid sequences)", with: "")) "
            + "from byte \(offset) on (the encoding was chosen from the first block of this large file); "
            + "invalid bytes were scanned as they are, so values in another encoding may be missed",
          path: path, ruleId: nil))
    }
    outcome.scanned.append(
      ScannedFile(path: path, bytes: reader.originalByteCount, encoding: reader.encoding, sha256: reader.sha256))
  }

  /// `.gz`, `.zip` and `.xlsx` are read in memory (never extracted); each member is scanned under its
  /// `archive!/member` path, and members left out by a limit are listed as skipped.
  private func scanContainer(_ file: DiscoveredFile, with scanner: FileScanner, into outcome: inout Outcome) {
    switch FileReader.read(path: file.absolutePath, maxSize: min(maxFileSize, Self.maxArchiveSize)) {
    case .failure(let failure):
      outcome.skipped.append(failure.skippedFile(path: file.relativePath))
    case .success(let bytes):
      let expansion = ContainerReader.expand(path: file.relativePath, bytes: bytes)
      outcome.skipped += expansion.skipped
      for member in expansion.members { scanText(member.text, path: member.path, with: scanner, into: &outcome) }
    }
  }

  private func scanText(_ text: DecodedText, path: String, with scanner: FileScanner, into outcome: inout Outcome) {
    var source = InMemoryTextSource(text.bytes)
    add(scanner.scan(blocks: &source, path: path, minConfidence: minConfidence, limits: limits), into: &outcome)
    outcome.scanned.append(ScannedFile(path: path, bytes: text.originalByteCount, encoding: text.encoding))
  }

  private func add(_ result: FileScanner.Result, into outcome: inout Outcome) {
    outcome.findings += result.findings
    outcome.notifications += result.notifications
    outcome.columns += result.columns
    outcome.overflow += result.overflow
    outcome.tally.merge(result.tally)
  }
}
