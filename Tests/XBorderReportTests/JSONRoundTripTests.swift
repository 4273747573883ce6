import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

/// `xborder report --from`: the JSON report carries everything, so re-rendering it changes nothing.
@Suite("JSON round trip")
struct JSONRoundTripTests {
  static func reread(_ report: ScanReport) throws -> ScanReport {
    try JSONReportReader.read(JSONReporter().render(report), origin: "xborder.json")
  }

  @Test("render(read(render(report))) == render(report)", arguments: ReporterRegistry.standard.ids)
  func roundTrip(id: String) throws {
    let reporter = try ReporterRegistry.standard.reporter(for: id)
    for report in [CanonicalReport.report, CanonicalReport.empty] {
      #expect(try reporter.render(Self.reread(report)) == reporter.render(report), "\(id)")
    }
  }

  @Test("Counters come back mergeable, not just their estimates")
  func countersSurvive() throws {
    let population = try Self.reread(CanonicalReport.report).population
    #expect(population == CanonicalReport.population)
    #expect(!population.subjects.isExact)
  }

  @Test("A damaged document names the file and the problem")
  func damaged() throws {
    var text = String(decoding: try JSONReporter().render(CanonicalReport.report), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
    #expect {
      try JSONReportReader.read(Data(text.utf8), origin: "old/xborder.json")
    } throws: { error in
      "\(error)".contains("old/xborder.json") && "\(error)".contains("fatal")
    }
    #expect(throws: XBorderError.self) { try JSONReportReader.read(Data("{}".utf8), origin: "x.json") }
  }

  @Test("A version-1 document without the new sections still reads")
  func olderDocument() throws {
    var tree = try JSONSerialization.jsonObject(with: JSONReporter().render(CanonicalReport.report)) as! [String: Any]
    for key in ["population", "assessment", "checklist"] { tree.removeValue(forKey: key) }
    let report = try JSONReportReader.read(JSONSerialization.data(withJSONObject: tree), origin: "old.json")
    #expect(report.population.isEmpty)
    #expect(report.checklist.isEmpty)
    #expect(report.findings == CanonicalReport.report.findings)
  }
}
