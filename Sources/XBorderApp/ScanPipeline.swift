import Foundation
import Synchronization
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// The scan from options to report: config, rules, walk, concurrent scanning, gate.
///
/// The only place with clocks, the environment and threads; reporters and the engine stay pure.
public struct ScanPipeline {
  public var environment: [String: String]
  public var currentDirectory: String
  /// Called once the files are known and before they are read, with the report folder, the number of
  /// files and their total size (for `--verbose` and for the signal handler's message).
  public var onScanStart: (@Sendable (_ reportFolder: String, _ files: Int, _ bytes: Int) -> Void)?

  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.environment = environment
    self.currentDirectory = currentDirectory
  }

  /// Runs the whole scan. Throws `XBorderError` for problems that stop it (exit code 2); problems with
  /// single files are reported in the result's coverage and notifications instead.
  public func run(_ options: ScanOptions) throws(XBorderError) -> ScanRun {
    let start = Date()
    let resolved = try OptionResolver(currentDirectory: currentDirectory).resolve(options)
    let loadStart = ContinuousClock.now
    let catalog = try RuleSources.loadCatalog(directories: resolved.ruleDirectories, disabled: resolved.disabledRules)
    let loadTime = (ContinuousClock.now - loadStart).components
    let loadMilliseconds = Int(loadTime.seconds) * 1000 + Int(loadTime.attoseconds / 1_000_000_000_000_000)
    let policy = try PolicySource.load(resolved.policy)
    let ipCountries = try resolved.ipRegionsFile.map { (path) throws(XBorderError) in try loadIPCountries(path) }
    let classifiers = StandardClassifiers.make(policy: policy, ipCountries: ipCountries)
    try catalog.checkClassifiers(available: Set(classifiers.keys))
    try checkGateRules(resolved, rules: catalog.rules)
    let key = try FingerprintKey.resolve(explicitFile: resolved.fingerprintKeyFile, environment: environment)
    let fingerprinter = Fingerprinter(keyMaterial: key.key)
    var discovery = try FileDiscovery.discover(resolved, currentDirectory: currentDirectory)
    if let shard = resolved.shard { discovery.keep(shard) }
    let sarifRoot = try sarifRoot(resolved, scanRoot: discovery.root)
    excludeBaselineFiles(&discovery, resolved)
    let diffScan = try narrowToChanges(&discovery, resolved)
    let progress = resolved.showProgress
      ? ScanProgress(totalFiles: discovery.files.count, totalBytes: discovery.files.reduce(0) { $0 + $1.size }) : nil
    onScanStart?(resolved.output, discovery.files.count, discovery.files.reduce(0) { $0 + $1.size })
    let ticker = progress.map(ProgressTicker.init)
    ticker?.begin()
    let outcome = ConcurrentScan(
      rules: catalog.rules, fingerprinter: fingerprinter, classifiers: classifiers,
      maxFileSize: resolved.maxFileSize, minConfidence: resolved.minConfidence,
      limits: ScanLimits(findingCap: resolved.maxFindingsPerFile), progress: progress,
      usePrefilter: resolved.usePrefilter, profileRules: resolved.profileRules
    ).run(discovery.files, jobs: resolved.jobs)
    ticker?.end()

    let keyCheck = BaselineStore.keyCheck(fingerprinter)
    let suppressed = try applySuppressions(
      outcome.findings.filter { $0.confidence >= resolved.minConfidence }, options: resolved, keyCheck: keyCheck,
      scannedPaths: Set(outcome.scanned.map(\.path)), root: discovery.root)
    let findings = suppressed.findings.sorted(by: Finding.reportOrder)
    let notifications = outcome.notifications + suppressed.notifications + (diffScan.map { [$0.notification] } ?? [])
    let coverage = Coverage(
      scanned: outcome.scanned.sorted { $0.path < $1.path },
      skipped: (discovery.skipped + outcome.skipped).sorted { $0.path < $1.path },
      ignoredCount: discovery.ignoredCount)
    let overflow = outcome.overflow.filter { $0.confidence >= resolved.minConfidence }.sorted(by: FindingOverflow.reportOrder)
    let gate = Gate.evaluate(findings, overflow: overflow, policy: resolved.gatePolicy)
    let invocation = Invocation(
      commandLine: resolved.commandLine, root: discovery.root, startTime: start, endTime: Date(), policy: policy.id,
      executionSuccessful: true)
    var report = ScanReport(
      tool: XBorderVersion.tool, invocation: invocation, rules: catalog.rules.map(\.descriptor), findings: findings,
      coverage: coverage,
      notifications: (notifications + Self.capNotices(overflow, cap: resolved.maxFindingsPerFile))
        .sorted(by: ToolNotification.reportOrder),
      gate: gate, columns: outcome.columns.sorted { ($0.path, $0.position) < ($1.path, $1.position) },
      overflow: overflow, findingCapPerFile: resolved.maxFindingsPerFile, population: outcome.tally)
    let assessor = TransferAssessor(
      priorSubjects: options.priorSubjects, priorSensitiveSubjects: options.priorSensitiveSubjects)
    report.assessment = assessor.assess(report, policy: policy)
    report.checklist = GovernanceChecklist.items(report, assessment: report.assessment)
    return ScanRun(
      report: report, options: resolved, policy: policy, fingerprintKeySource: key.source, keyCheck: keyCheck,
      baseline: suppressed.baseline, diffScan: diffScan, sarifRoot: sarifRoot, ruleProfile: outcome.profile,
      ruleLoadMilliseconds: loadMilliseconds)
  }

  /// One note per file whose findings went over the cap, so every report format says so.
  static func capNotices(_ overflow: [FindingOverflow], cap: Int) -> [ToolNotification] {
    let perFile = Dictionary(grouping: overflow, by: \.path).mapValues { $0.reduce(0) { $0 + $1.count } }
    return perFile.keys.sorted().map { path in
      ToolNotification(
        level: .note,
        message: "\(perFile[path]!) further occurrences beyond the per-file cap of \(cap) findings are counted "
          + "per rule and column, not listed one by one (see the overflow section of the Markdown and JSON reports; "
          + "raise --max-findings-per-file to list more)",
        path: path, ruleId: nil)
    }
  }

  private func loadIPCountries(_ path: String) throws(XBorderError) -> IPCountryTable {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw XBorderError(.config, "cannot read the IP-to-country table \(path)", hint: "check the --ip-regions path")
    }
    return try IPCountryTable(csv: text, origin: (path as NSString).lastPathComponent)
  }
}

/// A finished scan: the report and what produced it.
public struct ScanRun: Sendable {
  public var report: ScanReport
  public var options: ResolvedScanOptions
  public var policy: Policy
  /// Where the fingerprint key came from (`environment` or `file`), never the key.
  public var fingerprintKeySource: String
  /// A check value of the fingerprint key, stored in baselines (see `BaselineStore.keyCheck`).
  public var keyCheck: String
  /// How the baseline was applied; nil without one.
  public var baseline: BaselineStatus?
  /// What a `--changed-since` scan left out; nil for a full scan.
  public var diffScan: DiffScanStatus?
  /// The folder SARIF URIs are relative to (`--sarif-root`); nil for the scan root.
  public var sarifRoot: String?
  /// Per-rule figures, when `--profile-rules` asked for them.
  public var ruleProfile: RuleProfile?
  /// Time to read, parse and JIT-compile the rule packs (shown by `--verbose`).
  public var ruleLoadMilliseconds = 0
}
