/// How many findings a report holds, counted by entity, level, confidence, rule and file.
///
/// Reporters and the terminal summary share these counts so every output agrees on the numbers.
public struct FindingCounts: Sendable, Hashable {
  /// All findings.
  public private(set) var total = 0
  /// Findings per entity; entities without findings are absent.
  public private(set) var byEntity: [Entity: Int] = [:]
  /// Findings per level; levels without findings are absent.
  public private(set) var byLevel: [Level: Int] = [:]
  /// Findings per confidence; confidences without findings are absent.
  public private(set) var byConfidence: [Confidence: Int] = [:]
  /// Findings per rule id.
  public private(set) var byRule: [String: Int] = [:]
  /// Findings per file path.
  public private(set) var byFile: [String: Int] = [:]
  /// Findings per entity, split by level.
  public private(set) var byEntityAndLevel: [Entity: [Level: Int]] = [:]
  /// The highest level seen in each file.
  public private(set) var highestLevelByFile: [String: Level] = [:]

  /// Counts `findings` and the occurrences counted beyond the per-file cap (`overflow`) in one pass.
  public init(_ findings: [Finding], overflow: [FindingOverflow] = []) {
    for group in overflow {
      total += group.count
      byEntity[group.entity, default: 0] += group.count
      byLevel[group.level, default: 0] += group.count
      byConfidence[group.confidence, default: 0] += group.count
      byRule[group.ruleId, default: 0] += group.count
      byFile[group.path, default: 0] += group.count
      byEntityAndLevel[group.entity, default: [:]][group.level, default: 0] += group.count
      highestLevelByFile[group.path] = max(highestLevelByFile[group.path] ?? group.level, group.level)
    }
    for finding in findings {
      total += 1
      byEntity[finding.entity, default: 0] += 1
      byLevel[finding.level, default: 0] += 1
      byConfidence[finding.confidence, default: 0] += 1
      byRule[finding.ruleId, default: 0] += 1
      byFile[finding.location.path, default: 0] += 1
      byEntityAndLevel[finding.entity, default: [:]][finding.level, default: 0] += 1
      let path = finding.location.path
      highestLevelByFile[path] = max(highestLevelByFile[path] ?? finding.level, finding.level)
    }
  }

  /// The files with the most findings, most first, ties broken by path; at most `limit` of them.
  public func topFiles(limit: Int) -> [FileFindingCount] {
    let sorted = byFile.sorted { lhs, rhs in
      lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }
    return sorted.prefix(max(0, limit)).map { FileFindingCount(path: $0.key, count: $0.value) }
  }
}

/// A file and how many findings it holds.
public struct FileFindingCount: Sendable, Hashable {
  /// Path relative to the scan root.
  public var path: String
  /// Number of findings in the file.
  public var count: Int

  /// Creates a count for `path`.
  public init(path: String, count: Int) {
    self.path = path
    self.count = count
  }
}

/// The skipped files that share one reason.
public struct SkippedGroup: Sendable, Hashable {
  /// Why these files were skipped.
  public var reason: SkipReason
  /// The files, in the order the coverage lists them.
  public var files: [SkippedFile]

  /// Creates a group of `files` skipped for `reason`.
  public init(reason: SkipReason, files: [SkippedFile]) {
    self.reason = reason
    self.files = files
  }
}

extension ScanReport {
  /// Finding counts for summaries.
  public var findingCounts: FindingCounts { FindingCounts(findings, overflow: overflow) }
}

extension Coverage {
  /// Skipped files grouped by reason, in `SkipReason.allCases` order; reasons with no file are left out.
  public var skippedByReason: [SkippedGroup] {
    SkipReason.allCases.compactMap { reason in
      let files = skipped.filter { $0.reason == reason }
      return files.isEmpty ? nil : SkippedGroup(reason: reason, files: files)
    }
  }

  /// Whether a file skipped for `reason` makes coverage incomplete (it might hold personal data).
  ///
  /// Mirrors `isComplete`: binary files and symlinks are passed over by design, the rest are gaps.
  public static func reasonLeavesGap(_ reason: SkipReason) -> Bool {
    reason != .binary && reason != .symlink
  }
}
