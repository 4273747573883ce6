import Foundation
import XBorderCore

/// Reads a saved `xborder.json` back into the `ScanReport` it was rendered from, so the reports can be
/// re-rendered without rescanning (`xborder report --from`). `render(read(render(r))) == render(r)` for
/// every format; documents of schema version 1 written before the optional fields existed are read with
/// those parts empty.
public enum JSONReportReader {
  /// Why a document could not be read; the reader turns it into an `XBorderError`.
  enum Failure: Error {
    case invalid(String)
  }

  /// The report in `data`, or a `.config` error saying what is wrong with the document.
  public static func read(_ data: Data, origin: String) throws(XBorderError) -> ScanReport {
    let document: JSONReportDocument
    do {
      document = try JSONDecoder().decode(JSONReportDocument.self, from: data)
    } catch {
      let cause = (error as? DecodingError).map(DecodingErrorText.describe) ?? "\(error)"
      throw XBorderError(
        .config, "\(origin): not an xborder JSON report (\(cause))",
        hint: "give the xborder.json written by 'xborder scan --format json'")
    }
    guard document.schemaVersion == JSONReporter.schemaVersion else {
      throw XBorderError(
        .config,
        "\(origin): schemaVersion \(document.schemaVersion) is not supported (this tool reads "
          + "\(JSONReporter.schemaVersion))", hint: "re-render it with the xborder version that wrote it")
    }
    do {
      return try report(document)
    } catch {
      guard case .invalid(let message) = error else { fatalError("unreachable") }
      throw XBorderError(.config, "\(origin): \(message)", hint: "the file was edited or is damaged; rescan")
    }
  }

  static func report(_ document: JSONReportDocument) throws(Failure) -> ScanReport {
    let rules = try document.rules.map(rule)
    let names = FindingText.ruleNames(rules)
    let run = document.invocation
    let start = try exactOrISO(run.startTimeUnix, run.startTime)
    let end = try exactOrISO(run.endTimeUnix, run.endTime)
    let invocation = Invocation(
      commandLine: run.commandLine, root: run.root, startTime: start, endTime: end, policy: document.policy.name,
      executionSuccessful: run.executionSuccessful)
    let gate = GateOutcome(
      failOn: try value(FailThreshold.self, document.gate.failOn, "gate.failOn"),
      minConfidence: try value(Confidence.self, document.gate.minConfidence, "gate.minConfidence"),
      passed: document.gate.passed, failingFindings: document.gate.failingFindings,
      failures: try (document.gate.failures ?? []).map { (wire) throws(Failure) in
        GateFailure(
          ruleId: wire.ruleId, level: try value(Level.self, wire.level, "gate.failures.level"), count: wire.count,
          threshold: try value(FailThreshold.self, wire.threshold, "gate.failures.threshold"),
          thresholdSource: wire.thresholdSource)
      })
    return ScanReport(
      tool: ToolInfo(
        name: document.tool.name, version: document.tool.version, informationUri: document.tool.informationUri),
      invocation: invocation, rules: rules,
      findings: try document.findings.map { (wire) throws(Failure) in try finding(wire, names) },
      coverage: try coverage(document.coverage), notifications: try document.notifications.map(notification),
      gate: gate,
      columns: document.columns, overflow: document.overflow ?? [],
      findingCapPerFile: document.findingCapPerFile ?? ScanReport.defaultFindingCapPerFile,
      population: try document.population.map(JSONPopulationWire.tally) ?? EntityTally(),
      assessment: document.assessment, checklist: document.checklist ?? [])
  }

  static func rule(_ wire: JSONRule) throws(Failure) -> RuleDescriptor {
    RuleDescriptor(
      id: wire.id, name: wire.name, entity: try entity(wire.entity),
      level: try value(Level.self, wire.level, "rule.level"),
      description: wire.description ?? "", help: wire.help ?? "", tags: wire.tags,
      securitySeverity: wire.securitySeverity, origin: wire.origin)
  }

  static func finding(_ wire: JSONFinding, _ names: [String: String]) throws(Failure) -> Finding {
    let location = SourceLocation(
      path: wire.path, line: wire.line, startColumn: wire.startColumn, endColumn: wire.endColumn,
      byteOffset: wire.byteOffset ?? 0, byteLength: wire.byteLength ?? 0)
    var finding = Finding(
      ruleId: wire.ruleId, entity: try entity(wire.entity), level: try value(Level.self, wire.level, "finding.level"),
      confidence: try value(Confidence.self, wire.confidence, "finding.confidence"), reasons: wire.reasons,
      location: location, maskedValue: wire.maskedValue, fingerprint: wire.fingerprint, context: wire.context,
      properties: wire.properties,
      suppressions: try wire.suppressions.map { (suppression) throws(Failure) in
        FindingSuppression(
          kind: try value(FindingSuppression.Kind.self, suppression.kind, "suppression.kind"),
          justification: suppression.justification, source: suppression.source)
      })
    // The wire always holds a message; it is the classifier's own only when it differs from the fallback.
    let fallback = FindingText.message(finding, ruleName: names[finding.ruleId] ?? finding.ruleId)
    finding.message = wire.message == fallback ? nil : wire.message
    return finding
  }

  static func coverage(_ wire: JSONCoverage) throws(Failure) -> Coverage {
    Coverage(
      scanned: wire.scanned.map { ScannedFile(path: $0.path, bytes: $0.bytes, encoding: $0.encoding) },
      skipped: try wire.skipped.map { (file) throws(Failure) in
        SkippedFile(
          path: file.path, reason: try value(SkipReason.self, file.reason, "skipped.reason"), detail: file.detail)
      }, ignoredCount: wire.ignoredCount)
  }

  static func notification(_ wire: JSONNotification) throws(Failure) -> ToolNotification {
    ToolNotification(
      level: try value(Level.self, wire.level, "notification.level"), message: wire.message, path: wire.path,
      ruleId: wire.ruleId)
  }

  static func entity(_ name: String) throws(Failure) -> Entity { try value(Entity.self, name, "entity") }

  static func value<T: RawRepresentable>(_ type: T.Type, _ raw: String, _ field: String) throws(Failure) -> T
  where T.RawValue == String {
    guard let value = T(rawValue: raw) else { throw .invalid("\(field) '\(raw)' is not a known value") }
    return value
  }

  static func exactOrISO(_ unix: Double?, _ text: String) throws(Failure) -> Date {
    if let unix { return Date(timeIntervalSince1970: unix) }
    return try date(text)
  }

  static func date(_ text: String) throws(Failure) -> Date {
    guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) else {
      throw .invalid("'\(text)' is not an ISO 8601 time")
    }
    return date
  }
}
