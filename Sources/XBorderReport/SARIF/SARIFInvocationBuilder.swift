import XBorderCore

/// Builds `run.invocations[0]`: timing, command line and every notification.
enum SARIFInvocationBuilder {
  /// The invocation, with tool notifications first, then one per skipped file, then the result cap.
  static func invocation(_ report: ScanReport, table: SARIFRuleTable, paths: SARIFPaths, omittedResults: Int)
    -> SARIFInvocation
  {
    var notifications = report.notifications.map { toolNotification($0, table: table, paths: paths) }
    notifications += report.coverage.skipped.map { skippedNotification($0, paths: paths) }
    if omittedResults > 0 {
      notifications.append(omittedNotification(total: report.findings.count, omitted: omittedResults))
    }
    let invocation = report.invocation
    return SARIFInvocation(
      executionSuccessful: invocation.executionSuccessful, commandLine: invocation.commandLine,
      startTimeUtc: Timestamps.iso8601(invocation.startTime), endTimeUtc: Timestamps.iso8601(invocation.endTime),
      toolExecutionNotifications: notifications)
  }

  private static func toolNotification(_ notification: ToolNotification, table: SARIFRuleTable, paths: SARIFPaths)
    -> SARIFNotification
  {
    let rule = notification.ruleId.map { SARIFRuleReference(id: $0, index: table.index(of: $0)) }
    let text = notification.path.map { "\($0): \(notification.message)" } ?? notification.message
    return SARIFNotification(
      level: notification.level.rawValue, message: SARIFText(text: text),
      locations: locations(notification.path, paths: paths), associatedRule: rule,
      properties: SARIFNotificationProperties(kind: "tool"))
  }

  /// Says that the result cap cut the run short, so nobody mistakes the SARIF file for everything.
  private static func omittedNotification(total: Int, omitted: Int) -> SARIFNotification {
    let text =
      "This SARIF file holds \(total - omitted) of \(total) findings, active ones before suppressed ones "
      + "(GitHub code scanning rejects runs with more than \(SARIFReporter.gitHubResultLimit) results); "
      + "the other \(omitted) are in the JSON report."
    return SARIFNotification(
      level: "warning", message: SARIFText(text: text),
      properties: SARIFNotificationProperties(kind: "results-omitted"))
  }

  private static func skippedNotification(_ file: SkippedFile, paths: SARIFPaths) -> SARIFNotification {
    let detail = file.detail.isEmpty ? "" : ": \(file.detail)"
    return SARIFNotification(
      level: level(for: file.reason).rawValue,
      message: SARIFText(text: "\(file.path): not scanned (\(file.reason.rawValue))\(detail)"),
      locations: locations(file.path, paths: paths),
      properties: SARIFNotificationProperties(kind: "skipped-file", reason: file.reason.rawValue))
  }

  /// Skips that may hide personal data are warnings; skips by design (binary, links, devices) notes.
  static func level(for reason: SkipReason) -> Level {
    switch reason {
    case .unreadable, .tooLarge, .unsupportedEncoding, .limitExceeded, .corruptContainer: .warning
    case .binary, .symlink, .notRegularFile: .note
    }
  }

  private static func locations(_ path: String?, paths: SARIFPaths) -> [SARIFLocation]? {
    guard let path, !path.isEmpty else { return nil }
    return [SARIFLocation(physicalLocation: paths.physicalLocation(path))]
  }
}
