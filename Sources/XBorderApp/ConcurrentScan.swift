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
  var usePrefilter = true
  var profileRules = false

  struct Outcome {
    var findings: [Finding] = []
    var scanned: [ScannedFile] = []
    var skipped: [SkippedFile] = []
    var notifications: [ToolNotification] = []
    var columns: [ColumnSummary] = []
    var profile: RuleProfile?

    mutating func merge(_ other: Outcome) {
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

  func run(_ files: [DiscoveredFile], jobs: Int) -> Outcome {
    let nextIndex = Atomic<Int>(0)
    let merged = Mutex(Outcome())
    let workers = max(1, min(jobs, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let scanner = FileScanner(
        rules: rules, fingerprinter: fingerprinter, classifiers: classifiers, usePrefilter: usePrefilter,
        profile: profileRules)
      var local = Outcome()
      while true {
        let index = nextIndex.add(1, ordering: .relaxed).oldValue
        guard index < files.count else { break }
        scan(files[index], with: scanner, into: &local)
      }
      local.profile = scanner.profile
      merged.withLock { $0.merge(local) }
    }
    return merged.withLock { $0 }
  }

  private func scan(_ file: DiscoveredFile, with scanner: FileScanner, into outcome: inout Outcome) {
    if ContainerReader.isContainer(path: file.relativePath) {
      scanContainer(file, with: scanner, into: &outcome)
      return
    }
    switch FileLoader.load(file, maxFileSize: maxFileSize) {
    case .failure(let failure):
      outcome.skipped.append(failure.skippedFile(path: file.relativePath))
    case .success(let text):
      scanText(text, path: file.relativePath, with: scanner, into: &outcome)
    }
  }

  /// `.gz`, `.zip` and `.xlsx` are read in memory (never extracted); each member is scanned under its
  /// `archive!/member` path, and members left out by a limit are listed as skipped.
  private func scanContainer(_ file: DiscoveredFile, with scanner: FileScanner, into outcome: inout Outcome) {
    switch FileReader.read(path: file.absolutePath, maxSize: maxFileSize) {
    case .failure(let failure):
      outcome.skipped.append(failure.skippedFile(path: file.relativePath))
    case .success(let bytes):
      let expansion = ContainerReader.expand(path: file.relativePath, bytes: bytes)
      outcome.skipped += expansion.skipped
      for member in expansion.members { scanText(member.text, path: member.path, with: scanner, into: &outcome) }
    }
  }

  private func scanText(_ text: DecodedText, path: String, with scanner: FileScanner, into outcome: inout Outcome) {
    let result = text.bytes.withUnsafeBufferPointer { scanner.scan($0, path: path, minConfidence: minConfidence) }
    outcome.findings += result.findings
    outcome.notifications += result.notifications
    outcome.columns += result.columns
    outcome.scanned.append(ScannedFile(path: path, bytes: text.originalByteCount, encoding: text.encoding))
  }
}
