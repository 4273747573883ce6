import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

/// Rendered reports validated by `scripts/validate-sarif.py` (Python `jsonschema`).
@Suite("Schema validation")
struct SchemaValidationTests {
  @Test("SARIF validates against the official 2.1.0 schema and GitHub's rules", arguments: ["canonical", "empty"])
  func sarif(name: String) throws {
    let report = name == "empty" ? CanonicalReport.empty : CanonicalReport.report
    let outcome = try SchemaValidation.validate(SARIFReporter().render(report), fileName: "\(name).sarif")
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test("The JSON report validates against its schema in reports/schemas", arguments: ["canonical", "empty"])
  func json(name: String) throws {
    let report = name == "empty" ? CanonicalReport.empty : CanonicalReport.report
    let outcome = try SchemaValidation.validate(
      JSONReporter().render(report), fileName: "\(name).json", jsonSchema: true)
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test("The validator rejects a broken SARIF file and names the JSON path")
  func rejectsBrokenSARIF() throws {
    var text = String(decoding: try SARIFReporter().render(CanonicalReport.report), as: UTF8.self)
    // Whole values only: `"startLine" : 21` must stay valid JSON.
    text = text.replacingOccurrences(of: "\"startLine\" : 2\n", with: "\"startLine\" : 0\n")
    text = text.replacingOccurrences(of: "\"startLine\": 2\n", with: "\"startLine\": 0\n")
    let outcome = try SchemaValidation.validate(Data(text.utf8), fileName: "broken.sarif")
    #expect(outcome.status == 1)
    #expect(outcome.output.contains("broken.sarif"))
    #expect(outcome.output.contains("$.runs[0].results[0].locations[0].physicalLocation.region.startLine"))
  }
}
