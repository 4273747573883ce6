import Foundation
import XBorderCore
import XBorderPolicy
import XBorderRules

/// Builds the manifest of a finished scan. Reads the scanned files again to digest them (the scan itself
/// does not keep digests), so a file changed between the scan and this step is caught by `verify` later,
/// not here; the window is the few seconds between the two.
enum EvidenceBuilder {
  static func manifest(_ run: ScanRun, reports: [String]) throws(XBorderError) -> EvidenceManifest {
    try manifest(run.report, policy: run.policy, ruleDirectories: run.options.ruleDirectories, reports: reports)
  }

  static func manifest(
    _ report: ScanReport, policy: Policy, ruleDirectories: [String], reports: [String]
  ) throws(XBorderError) -> EvidenceManifest {
    let sources = try ruleSources(ruleDirectories)
    let active = report.findings.count { !$0.isSuppressed }
    let subjects = report.population.subjects
    return EvidenceManifest(
      tool: .init(name: report.tool.name, version: report.tool.version),
      rulePack: rulePack(sources, ruleIds: report.rules.map(\.id)),
      policy: .init(id: policy.id, origin: policy.origin, sha256: try policyDigest(policy)),
      builtinDataSha256: Digest.sha256(Data(BuiltinData.files.map { "\($0.path)\u{0}\($0.text)\u{0}" }.joined().utf8)),
      commandLine: report.invocation.commandLine, root: report.invocation.root,
      startTime: iso(report.invocation.startTime), endTime: iso(report.invocation.endTime),
      allFilesScanned: report.coverage.skipped.isEmpty, complete: report.coverage.isComplete,
      files: files(report.coverage, root: report.invocation.root),
      totals: .init(
        filesScanned: report.coverage.scanned.count, filesSkipped: report.coverage.skipped.count,
        bytesScanned: report.coverage.bytesScanned, findings: report.findings.count, activeFindings: active,
        people: subjects.estimate, peopleExact: subjects.isExact,
        sensitivePeople: report.population.sensitiveSubjects.estimate, gatePassed: report.gate.passed),
      reports: try reports.map(reportEntry), signing: nil)
  }

  static func ruleSources(_ directories: [String]) throws(XBorderError) -> [RuleCatalog.Source] {
    var sources = RuleSources.builtin
    for directory in directories { sources += try RuleSources.read(directory: directory) }
    return sources
  }

  static func rulePack(_ sources: [RuleCatalog.Source], ruleIds: [String]) -> EvidenceManifest.RulePack {
    let ordered = sources.sorted { $0.origin < $1.origin }
    var all = Data()
    for source in ordered { all.append(Data("\(source.origin)\u{0}\(source.text)\u{0}".utf8)) }
    let ids = ruleIds.sorted()
    all.append(Data(ids.joined(separator: "\n").utf8))
    return .init(
      sha256: Digest.sha256(all),
      files: ordered.map { .init(origin: $0.origin, sha256: Digest.sha256(Data($0.text.utf8))) }, ruleIds: ids)
  }

  static func policyDigest(_ policy: Policy) throws(XBorderError) -> String {
    if policy.origin.hasPrefix("builtin:") {
      let name = policy.origin.dropFirst("builtin:".count)
      let file = BuiltinFile.files(under: "rules/policies/").first { $0.path.hasSuffix("/\(name).yaml") }
      return Digest.sha256(Data((file?.text ?? "").utf8))
    }
    guard let data = FileManager.default.contents(atPath: policy.origin) else {
      throw XBorderError(
        .io, "cannot read the policy file \(policy.origin) to digest it", hint: "keep it in place during the scan")
    }
    return Digest.sha256(data)
  }

  /// One entry per file on disk; archive members are grouped under their archive.
  static func files(_ coverage: Coverage, root: String) -> [EvidenceManifest.FileEntry] {
    var entries: [String: EvidenceManifest.FileEntry] = [:]
    for file in coverage.scanned {
      let (disk, member) = split(file.path)
      // A plain file's digest was taken while it was scanned; archives are read again here.
      var entry = entries[disk] ?? (member == nil ? file.sha256.map { .init(path: disk, status: "scanned", sha256: $0, bytes: file.bytes) } : nil)
        ?? newEntry(disk, root: root)
      entry.status = "scanned"
      if let member {
        entry.members =
          (entry.members ?? []) + [.init(path: member, status: "scanned", encoding: file.encoding, bytes: file.bytes)]
      } else {
        entry.encoding = file.encoding
      }
      entries[disk] = entry
    }
    for file in coverage.skipped {
      let (disk, member) = split(file.path)
      var entry =
        entries[disk] ?? newEntry(disk, root: root, digest: file.reason != .symlink && file.reason != .notRegularFile)
      if let member {
        entry.members = (entry.members ?? []) + [.init(path: member, status: "skipped", reason: file.reason.rawValue)]
        if entry.status != "scanned" {
          entry.status = "skipped"
          entry.reason = file.reason.rawValue
        }
      } else {
        entry.status = "skipped"
        entry.reason = file.reason.rawValue
        entry.detail = file.detail
      }
      entries[disk] = entry
    }
    return entries.keys.sorted().map { entries[$0]! }
  }

  /// `a.zip!/x.csv` → (`a.zip`, `x.csv`).
  static func split(_ path: String) -> (disk: String, member: String?) {
    guard let bang = path.range(of: "!/") else { return (path, nil) }
    return (String(path[..<bang.lowerBound]), String(path[bang.upperBound...]))
  }

  static func absolute(_ path: String, root: String) -> String {
    path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
  }

  private static func newEntry(_ path: String, root: String, digest: Bool = true) -> EvidenceManifest.FileEntry {
    let sum = digest ? Digest.sha256(file: absolute(path, root: root)) : nil
    return .init(path: path, status: "skipped", sha256: sum?.digest, bytes: sum?.bytes)
  }

  private static func reportEntry(_ path: String) throws(XBorderError) -> EvidenceManifest.ReportEntry {
    guard let sum = Digest.sha256(file: path) else {
      throw XBorderError(.io, "cannot read the report \(path) back to digest it", hint: "check the --output folder")
    }
    return .init(file: (path as NSString).lastPathComponent, sha256: sum.digest, bytes: sum.bytes)
  }

  static func iso(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
  }
}
