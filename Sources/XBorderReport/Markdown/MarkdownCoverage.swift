import XBorderCore

/// `## Coverage`: what was read, what was not and why.
enum MarkdownCoverage {
  typealias M = MarkdownText

  /// The section: a warning when coverage is incomplete, the counts, then skipped paths by reason.
  static func blocks(_ coverage: Coverage, maxListed: Int) -> [String] {
    var blocks = ["## Coverage"]
    if !coverage.isComplete { blocks.append(incompleteWarning(coverage)) }
    blocks.append(
      [
        "- **Files scanned:** \(M.grouped(coverage.scanned.count)) · \(M.bytes(coverage.bytesScanned))",
        "- **Files skipped:** \(M.grouped(coverage.skipped.count))",
        "- **Files ignored** (ignore files, globs, VCS folders): \(M.grouped(coverage.ignoredCount))",
      ].joined(separator: "\n"))
    for group in coverage.skippedByReason {
      blocks.append("**Skipped — \(title(group.reason))** (\(M.grouped(group.files.count))):")
      blocks.append(list(group.files, maxListed: maxListed))
    }
    return blocks
  }

  private static func incompleteWarning(_ coverage: Coverage) -> String {
    let gaps = coverage.skippedByReason.filter { Coverage.reasonLeavesGap($0.reason) }
    let total = gaps.reduce(0) { $0 + $1.files.count }
    let reasons = gaps.map { "\($0.reason.rawValue): \(M.grouped($0.files.count))" }.joined(separator: ", ")
    return "> [!WARNING]\n> **Coverage is incomplete:** \(M.count(total, "file")) that may hold personal data "
      + "could not be scanned (\(reasons)). Findings in them are unknown."
  }

  private static func list(_ files: [SkippedFile], maxListed: Int) -> String {
    var lines = files.prefix(max(0, maxListed)).map { file in
      "- \(M.code(file.path))" + (file.detail.isEmpty ? "" : " — \(M.text(file.detail))")
    }
    if files.count > maxListed { lines.append("- … and \(M.grouped(files.count - maxListed)) more") }
    return lines.joined(separator: "\n")
  }

  private static func title(_ reason: SkipReason) -> String {
    switch reason {
    case .binary: "binary"
    case .tooLarge: "too large"
    case .unreadable: "unreadable"
    case .symlink: "symbolic link"
    case .notRegularFile: "not a regular file"
    case .unsupportedEncoding: "unsupported encoding"
    case .limitExceeded: "safety limit exceeded"
    case .corruptContainer: "unreadable archive"
    }
  }
}
