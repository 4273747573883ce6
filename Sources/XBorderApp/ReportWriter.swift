import Foundation
import XBorderCore
import XBorderReport

/// Renders the requested formats and writes them into the report folder, each atomically
/// (temporary file in the same folder, then rename), so a reader never sees half a report.
public enum ReportWriter {
  /// The format ids users may ask for.
  public static var knownFormats: [String] { ReporterRegistry.standard.ids }

  /// Writes one file per format into `directory` (created if needed); returns the written paths. SARIF
  /// URIs are relative to `sarifRoot` when given (the repository root, for GitHub code scanning).
  public static func write(
    _ report: ScanReport, formats: [String], to directory: String, sarifRoot: String? = nil
  ) throws(XBorderError) -> [String] {
    let registry = sarifRoot.map { root in
      ReporterRegistry(reporters: [JSONReporter(), MarkdownReporter(), SARIFReporter(sourceRoot: root)])
    } ?? ReporterRegistry.standard
    let reporters = try registry.reporters(for: formats)
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw XBorderError(
        .io, "cannot create the report folder \(directory): \(error.localizedDescription)",
        hint: "choose another folder with --output")
    }
    var written: [String] = []
    for reporter in reporters {
      let data: Data
      do {
        data = try reporter.render(report)
      } catch {
        throw XBorderError(.io, "cannot render the \(reporter.id) report: \(error)")
      }
      let path = (directory as NSString).appendingPathComponent(reporter.fileName)
      try writeAtomically(data, to: path)
      written.append(path)
    }
    return written
  }

  static func writeAtomically(_ data: Data, to path: String) throws(XBorderError) {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    do {
      try data.write(to: URL(fileURLWithPath: temporary))
      guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw XBorderError(.io, "cannot write \(path): \(error.localizedDescription)", hint: "check the --output folder")
    }
  }
}
