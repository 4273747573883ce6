import Foundation
import XBorderCore
import XBorderPolicy

/// `xborder merge`: the JSON results of one scan run as shards (`--shard i/n`, on several machines)
/// combined into the report a single scan of all the files gives.
///
/// Every shard walked the same tree and scanned a disjoint part of it, so findings, coverage, columns,
/// overflow groups and gate failures are unions; counting sketches are merged (people found in two
/// shards count once); the transfer assessment and the checklist are derived again from the merged
/// counts. Shards that do not belong together (another tool version, root, policy, rule set or gate
/// setting, or a file scanned twice) are refused rather than merged into something misleading.
public enum ShardMerge {
  /// One shard's report and where it came from (for error messages).
  public struct Shard {
    public var origin: String
    public var report: ScanReport
    public init(origin: String, report: ScanReport) {
      self.origin = origin
      self.report = report
    }
  }

  /// The merged report. `policy` is the policy the shards ran with (its id must match theirs).
  public static func merge(_ shards: [Shard], policy: Policy, commandLine: String) throws(XBorderError) -> ScanReport {
    guard let first = shards.first?.report else {
      throw XBorderError(.usage, "nothing to merge", hint: "give the xborder.json of every shard")
    }
    try checkCompatible(shards, policy: policy)
    try checkDisjoint(shards)
    let reports = shards.map(\.report)
    var population = EntityTally()
    for report in reports { population.merge(report.population) }
    let invocation = Invocation(
      commandLine: commandLine, root: first.invocation.root,
      startTime: reports.map(\.invocation.startTime).min() ?? first.invocation.startTime,
      endTime: reports.map(\.invocation.endTime).max() ?? first.invocation.endTime, policy: first.invocation.policy,
      executionSuccessful: reports.allSatisfy(\.invocation.executionSuccessful))
    var report = ScanReport(
      tool: first.tool, invocation: invocation, rules: first.rules,
      findings: reports.flatMap(\.findings).sorted(by: Finding.reportOrder),
      coverage: Coverage(
        scanned: reports.flatMap(\.coverage.scanned).sorted { $0.path < $1.path },
        skipped: reports.flatMap(\.coverage.skipped).sorted { $0.path < $1.path },
        ignoredCount: first.coverage.ignoredCount),
      notifications: mergedNotifications(reports), gate: mergedGate(reports.map(\.gate)),
      columns: reports.flatMap(\.columns).sorted { ($0.path, $0.position) < ($1.path, $1.position) },
      overflow: reports.flatMap(\.overflow).sorted(by: FindingOverflow.reportOrder),
      findingCapPerFile: first.findingCapPerFile, population: population)
    let prior = first.assessment?.pipl
    let assessor = TransferAssessor(
      priorSubjects: prior?.priorSubjects ?? 0, priorSensitiveSubjects: prior?.priorSensitiveSubjects ?? 0)
    report.assessment = assessor.assess(report, policy: policy)
    report.checklist = GovernanceChecklist.items(report, assessment: report.assessment)
    return report
  }

  /// Notes every shard made alike (e.g. about the fingerprint key) appear once.
  static func mergedNotifications(_ reports: [ScanReport]) -> [ToolNotification] {
    var seen = Set<ToolNotification>()
    return reports.flatMap(\.notifications).filter { seen.insert($0).inserted }.sorted(by: ToolNotification.reportOrder)
  }

  /// Each failing finding was counted by the one shard that scanned its file, so counts add up.
  static func mergedGate(_ gates: [GateOutcome]) -> GateOutcome {
    var counts: [GateFailureKey: Int] = [:]
    for failure in gates.flatMap(\.failures) {
      counts[GateFailureKey(failure), default: 0] += failure.count
    }
    let failures = counts.map { key, count in
      GateFailure(
        ruleId: key.ruleId, level: key.level, count: count, threshold: key.threshold,
        thresholdSource: key.thresholdSource)
    }.sorted { ($1.level, $1.count, $0.ruleId) < ($0.level, $0.count, $1.ruleId) }
    let first = gates[0]
    return GateOutcome(
      failOn: first.failOn, minConfidence: first.minConfidence, passed: gates.allSatisfy(\.passed),
      failingFindings: gates.reduce(0) { $0 + $1.failingFindings }, failures: failures,
      hasOverrides: gates.contains(where: \.hasOverrides))
  }

  private struct GateFailureKey: Hashable {
    var ruleId: String
    var level: Level
    var threshold: FailThreshold
    var thresholdSource: String
    init(_ failure: GateFailure) {
      (ruleId, level, threshold, thresholdSource) =
        (failure.ruleId, failure.level, failure.threshold, failure.thresholdSource)
    }
  }

  private static func checkCompatible(_ shards: [Shard], policy: Policy) throws(XBorderError) {
    let first = shards[0]
    if first.report.invocation.policy != policy.id {
      throw XBorderError(
        .usage, "\(first.origin) was scanned with policy '\(first.report.invocation.policy)', not '\(policy.id)'",
        hint: "give the policy the shards ran with: --policy \(first.report.invocation.policy) (or its YAML file)")
    }
    for shard in shards.dropFirst() {
      let (a, b) = (first.report, shard.report)
      let differences: [(String, Bool)] = [
        ("tool version", a.tool.version != b.tool.version), ("scan root", a.invocation.root != b.invocation.root),
        ("policy", a.invocation.policy != b.invocation.policy), ("rule set", a.rules.map(\.id) != b.rules.map(\.id)),
        ("gate setting", (a.gate.failOn, a.gate.minConfidence) != (b.gate.failOn, b.gate.minConfidence)),
        ("per-file finding cap", a.findingCapPerFile != b.findingCapPerFile),
        ("walk (ignored files)", a.coverage.ignoredCount != b.coverage.ignoredCount),
      ]
      if let (what, _) = differences.first(where: \.1) {
        throw XBorderError(
          .usage, "\(shard.origin) and \(first.origin) differ in \(what): they are not shards of one scan",
          hint: "run every shard with the same version, paths, config and flags; only --shard I/N may differ")
      }
    }
  }

  private static func checkDisjoint(_ shards: [Shard]) throws(XBorderError) {
    var owner: [String: Int] = [:]
    for (index, shard) in shards.enumerated() {
      for path in Set(shard.report.coverage.scanned.map(\.path) + shard.report.coverage.skipped.map(\.path)) {
        if let other = owner.updateValue(index, forKey: path) {
          throw XBorderError(
            .usage, "\(path) was scanned by both \(shards[other].origin) and \(shard.origin)",
            hint: "give each shard's result once, from one run with the same N in --shard I/N")
        }
      }
    }
  }
}
