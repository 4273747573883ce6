import Foundation
import XBorderCore
import XBorderReport

/// `xborder report --from`: reads a saved `xborder.json` and renders the requested formats again.
public enum ReportRerender {
  /// The report in the JSON file at `path`.
  public static func load(_ path: String) throws(XBorderError) -> ScanReport {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw XBorderError(.io, "cannot read \(path)", hint: "give the xborder.json of an earlier scan with --from")
    }
    return try JSONReportReader.read(data, origin: path)
  }

  /// Writes `formats` into `directory`; refuses to overwrite the file it reads from.
  public static func run(from path: String, formats: [String], to directory: String) throws(XBorderError) -> [String] {
    let report = try load(path)
    let source = URL(fileURLWithPath: path).standardizedFileURL.path
    for reporter in try ReporterRegistry.standard.reporters(for: formats) {
      let target = URL(fileURLWithPath: directory).appendingPathComponent(reporter.fileName).standardizedFileURL.path
      if target == source {
        throw XBorderError(
          .usage, "\(path) would be overwritten by its own re-rendering", hint: "choose another folder with --output")
      }
    }
    return try ReportWriter.write(report, formats: formats, to: directory)
  }
}
