import Foundation
import XBorderCore

/// A one-scroll human report for pull requests and job summaries (`xborder.md`).
///
/// Order: verdict, coverage, counts, top files, transfer assessment, governance checklist, people and values,
/// data flow, columns, active findings per file, suppressed findings, tool notifications. Values are the masked
/// values from the findings; no other file text is ever written.
public struct MarkdownReporter: Reporter {
  /// `markdown`.
  public static let id = "markdown"
  /// `xborder.md`.
  public static let fileName = "xborder.md"

  /// Findings listed per file before the rest are only counted.
  public var maxFindingsPerFile: Int
  /// Skipped paths listed per reason before the rest are only counted.
  public var maxSkippedPerReason: Int
  /// Files in the top-files table.
  public var topFileCount: Int
  /// Tool notifications listed before the rest are only counted.
  public var maxNotifications: Int
  /// Suppressed findings listed before the rest are only counted (a baseline can accept thousands).
  public var maxSuppressedFindings: Int

  /// A Markdown reporter with the given list caps (defaults keep the report one scroll long).
  public init(
    maxFindingsPerFile: Int = 200, maxSkippedPerReason: Int = 50, topFileCount: Int = 10,
    maxNotifications: Int = 100, maxSuppressedFindings: Int = 100
  ) {
    self.maxFindingsPerFile = maxFindingsPerFile
    self.maxSkippedPerReason = maxSkippedPerReason
    self.topFileCount = topFileCount
    self.maxNotifications = maxNotifications
    self.maxSuppressedFindings = maxSuppressedFindings
  }

  /// Renders `report` as UTF-8 Markdown.
  public func render(_ report: ScanReport) throws -> Data {
    Data(markdown(report).utf8)
  }

  /// The report as Markdown text, blocks separated by blank lines, ending in one newline.
  public func markdown(_ report: ScanReport) -> String {
    let active = report.findings.filter { !$0.isSuppressed }
    let suppressed = report.findings.filter(\.isSuppressed)
    var blocks = MarkdownHeader.blocks(report)
    blocks += MarkdownCoverage.blocks(report.coverage, maxListed: maxSkippedPerReason)
    blocks += MarkdownSummary.blocks(
      active: active, suppressed: suppressed, overflow: report.overflow, topFileCount: topFileCount)
    blocks += MarkdownGovernance.assessmentBlocks(report.assessment)
    blocks += MarkdownGovernance.checklistBlocks(report.checklist)
    blocks += MarkdownPopulation.blocks(report, active: active, maxDatasets: topFileCount)
    blocks += MarkdownFlow.blocks(report, active: active)
    blocks += MarkdownColumns.blocks(report.columns)
    blocks += MarkdownFindings.fileBlocks(active, maxPerFile: maxFindingsPerFile)
    blocks += MarkdownOverflow.blocks(report.overflow, cap: report.findingCapPerFile)
    blocks += MarkdownSuppressed.blocks(suppressed, maxListed: maxSuppressedFindings)
    blocks += MarkdownHeader.notificationBlocks(report.notifications, maxListed: maxNotifications)
    return blocks.joined(separator: "\n\n") + "\n"
  }
}
