import Foundation
import XBorderCore

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (`xborder.sarif`).
///
/// Paths are URI references relative to `%SRCROOT%` (the scan root); columns count Unicode code
/// points; snippets hold the masked value only. Skipped files and tool problems become
/// `toolExecutionNotifications`, so a reader can tell an empty result from an incomplete scan.
public struct SARIFReporter: Reporter {
  /// `sarif`.
  public static let id = "sarif"
  /// `xborder.sarif`.
  public static let fileName = "xborder.sarif"
  /// GitHub code scanning rejects a run with more than 25,000 results.
  public static let gitHubResultLimit = 25_000
  /// The key of our fingerprint in `partialFingerprints`; bump the version if the hash input changes.
  public static let fingerprintKey = "xborderFingerprint/v1"
  /// The base id that relative artifact URIs resolve against.
  static let rootBaseId = "%SRCROOT%"

  /// At most this many results are written (active findings before suppressed ones); the rest are
  /// counted in a notification and in the run's coverage properties. `nil` writes every finding.
  public var maxResults: Int?
  /// Absolute path that artifact URIs are relative to: the repository root when uploading to GitHub
  /// (which reads relative URIs from the repository root). A scan root inside it puts its subfolder in
  /// front of every path; `nil`, or a scan root outside it, roots URIs at the scan root.
  public var sourceRoot: String?

  /// A SARIF reporter writing at most `maxResults` results (GitHub's limit by default), with URIs
  /// relative to `sourceRoot` (default: the scan root).
  public init(maxResults: Int? = SARIFReporter.gitHubResultLimit, sourceRoot: String? = nil) {
    self.maxResults = maxResults
    self.sourceRoot = sourceRoot
  }

  /// Renders `report` as a pretty-printed SARIF log with sorted keys.
  public func render(_ report: ScanReport) throws -> Data {
    try JSONOutput.encode(log(for: report))
  }

  /// The whole SARIF log: one run.
  func log(for report: ScanReport) -> SARIFLog {
    let table = SARIFRuleTable(report: report)
    let paths = SARIFPaths(scanRoot: report.invocation.root, sourceRoot: sourceRoot)
    let kept = SARIFResultBuilder.kept(report.findings, limit: maxResults)
    let omitted = report.findings.count - kept.count
    let driver = SARIFDriver(
      name: report.tool.name, version: report.tool.version,
      semanticVersion: SemanticVersion.normalized(report.tool.version),
      informationUri: report.tool.informationUri, rules: table.rules)
    let run = SARIFRun(
      tool: SARIFTool(driver: driver),
      invocations: [SARIFInvocationBuilder.invocation(report, table: table, paths: paths, omittedResults: omitted)],
      originalUriBaseIds: [Self.rootBaseId: SARIFArtifactLocation(uri: paths.rootURI)],
      results: kept.map { SARIFResultBuilder.result($0, table: table, paths: paths) },
      properties: Self.runProperties(report, omittedResults: omitted))
    return SARIFLog(runs: [run])
  }

  private static func runProperties(_ report: ScanReport, omittedResults: Int) -> SARIFRunProperties {
    let coverage = report.coverage
    return SARIFRunProperties(
      coverage: SARIFCoverageProperties(
        filesScanned: coverage.scanned.count, bytesScanned: coverage.bytesScanned,
        filesSkipped: coverage.skipped.count, ignoredCount: coverage.ignoredCount, complete: coverage.isComplete,
        resultsOmitted: omittedResults > 0 ? omittedResults : nil),
      policy: report.invocation.policy,
      gate: SARIFGateProperties(
        failOn: report.gate.failOn.rawValue, minConfidence: report.gate.minConfidence.rawValue,
        passed: report.gate.passed, failingFindings: report.gate.failingFindings,
        failures: report.gate.failures.isEmpty ? nil : report.gate.failures.map(JSONGateFailure.init)))
  }
}

/// SARIF's `semanticVersion` must be SemVer 2.0; anything else is left out rather than written wrong.
enum SemanticVersion {
  /// `version` without a leading `v` when it is SemVer 2.0 (`1.2.3`, `1.2.3-rc.1+build.5`), else nil.
  static func normalized(_ version: String) -> String? {
    let bare = version.hasPrefix("v") ? String(version.dropFirst()) : version
    let (core, rest) = split(bare)
    let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
    guard numbers.count == 3, numbers.allSatisfy(isNumber) else { return nil }
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-+")
    guard rest.allSatisfy(allowed.contains), !rest.contains(".."), rest.count != 1 else { return nil }
    return bare
  }

  private static func split(_ text: String) -> (Substring, Substring) {
    guard let cut = text.firstIndex(where: { $0 == "-" || $0 == "+" }) else { return (text[...], "") }
    return (text[..<cut], text[cut...])
  }

  private static func isNumber(_ part: Substring) -> Bool {
    !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && (part == "0" || part.first != "0")
  }
}
