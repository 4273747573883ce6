import Foundation
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// The CI side of a scan: diff scans, baselines, inline-suppression reasons, gate overrides, SARIF root.
extension ScanPipeline {
  /// Keeps only files changed since `options.changedSince` (plus untracked ones); nil when not asked.
  func narrowToChanges(_ discovery: inout FileDiscovery.Discovery, _ options: ResolvedScanOptions)
    throws(XBorderError) -> DiffScanStatus?
  {
    guard let revision = options.changedSince else { return nil }
    let changed = try GitChanges.files(changedSince: revision, in: discovery.root)
    let walked = discovery.files.count
    discovery.files = discovery.files.filter { changed.contains(GitChanges.canonical($0.absolutePath)) }
    return DiffScanStatus(revision: revision, changedFiles: discovery.files.count, walkedFiles: walked)
  }

  /// Leaves baseline files out of the scan: their reasons and owners are not data to judge.
  func excludeBaselineFiles(_ discovery: inout FileDiscovery.Discovery, _ options: ResolvedScanOptions) {
    let excluded = Set(options.excludedFiles.map(GitChanges.canonical))
    guard !excluded.isEmpty else { return }
    let before = discovery.files.count
    discovery.files.removeAll { excluded.contains(GitChanges.canonical($0.absolutePath)) }
    discovery.ignoredCount += before - discovery.files.count
  }

  /// Applies `--require-reason`, then the baseline; returns the findings and what to tell the user.
  func applySuppressions(
    _ findings: [Finding], options: ResolvedScanOptions, keyCheck: String, scannedPaths: Set<String>, root: String
  ) throws(XBorderError) -> (findings: [Finding], notifications: [ToolNotification], baseline: BaselineStatus?) {
    var findings = findings
    var notifications: [ToolNotification] = []
    if options.requireReason {
      let checked = InlineSuppressions.requiringReasons(findings)
      findings = checked.findings
      notifications += checked.notifications
    }
    guard let path = options.baselineFile else { return (findings, notifications, nil) }
    let baseline = try BaselineStore.load(path)
    let source = Self.relative(path, to: root)
    let outcome = BaselineMatcher.apply(
      baseline, to: findings, today: StandardClassifiers.today(), source: source, keyCheck: keyCheck,
      scannedPaths: scannedPaths)
    let status = BaselineStatus(
      path: source, entries: baseline.entries.count,
      suppressed: outcome.findings.count { $0.suppressions.contains { $0.source == source } },
      expired: outcome.expired, unmatched: outcome.unmatchedEntries, explicit: options.baselineExplicit,
      keyMismatch: outcome.keyMismatch)
    return (outcome.findings, notifications + outcome.notifications, status)
  }

  /// A rule override that names no loaded rule is a typo that would silently change the gate.
  func checkGateRules(_ options: ResolvedScanOptions, rules: [CompiledRule]) throws(XBorderError) {
    let known = Set(rules.map(\.id)).union(options.disabledRules)
    let unknown = options.gateRules.keys.filter { !known.contains($0) }.sorted()
    guard unknown.isEmpty else {
      throw XBorderError(
        .config, "\(options.configFile ?? ProjectConfig.fileName): gate.rules names unknown rule(s): "
          + unknown.joined(separator: ", "),
        hint: "'xborder rules list' prints the rule ids")
    }
  }

  /// `--sarif-root git` becomes the repository's top level (the folder holding `.git`) above the scan root.
  func sarifRoot(_ options: ResolvedScanOptions, scanRoot: String) throws(XBorderError) -> String? {
    guard let root = options.sarifRoot else { return nil }
    guard root == "git" else {
      let inside = GitChanges.canonical(scanRoot) + "/"
      let base = GitChanges.canonical(root)
      guard inside.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
        throw XBorderError(
          .usage, "--sarif-root \(root) does not contain the scan root \(scanRoot)",
          hint: "give the repository root (a folder above the scanned paths), or 'git'")
      }
      return root
    }
    var folder = scanRoot
    while true {
      if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) { return folder }
      let parent = (folder as NSString).deletingLastPathComponent
      guard parent != folder, !parent.isEmpty else { break }
      folder = parent
    }
    throw XBorderError(
      .usage, "--sarif-root git: no git repository above \(scanRoot)", hint: "give the folder itself: --sarif-root DIR")
  }

  static func relative(_ path: String, to root: String) -> String {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}

/// What a diff scan left out.
public struct DiffScanStatus: Sendable, Equatable {
  public var revision: String
  /// Files scanned: changed since the revision or untracked, and not ignored.
  public var changedFiles: Int
  /// Files the walk found before narrowing.
  public var walkedFiles: Int

  /// A note for the reports, so nobody reads a diff scan as a full one.
  var notification: ToolNotification {
    ToolNotification(
      level: .note,
      message: "diff scan: only files changed since \(revision) or untracked were scanned "
        + "(\(changedFiles) of \(walkedFiles) walked files)")
  }
}

/// How the baseline was applied.
public struct BaselineStatus: Sendable, Equatable {
  /// The baseline file, relative to the scan root when inside it.
  public var path: String
  public var entries: Int
  /// Findings it suppressed.
  public var suppressed: Int
  /// Findings whose entry expired (they count again).
  public var expired: Int
  /// Entries of scanned files that matched nothing (fixed values; `baseline create` drops them).
  public var unmatched: Int
  /// Asked for with `--baseline` or `baseline:`, not found at the default place.
  public var explicit: Bool
  /// Made with another fingerprint key: none of its entries can match.
  public var keyMismatch: Bool
}
