import Testing
import XBorderCore

@testable import XBorderReport

@Suite("Reporter registry")
struct RegistryTests {
  @Test("The standard registry knows json, markdown and sarif")
  func knownIds() {
    #expect(ReporterRegistry.standard.ids == ["json", "markdown", "sarif"])
  }

  @Test(
    "Each id maps to its reporter and file name",
    arguments: [("sarif", "xborder.sarif"), ("markdown", "xborder.md"), ("json", "xborder.json")])
  func fileNames(id: String, fileName: String) throws {
    let reporter = try ReporterRegistry.standard.reporter(for: id)
    #expect(reporter.id == id)
    #expect(reporter.fileName == fileName)
  }

  @Test("An unknown id throws a usage error listing the known ids")
  func unknownId() {
    #expect {
      _ = try ReporterRegistry.standard.reporter(for: "html")
    } throws: { error in
      guard let error = error as? XBorderError else { return false }
      return error.kind == .usage && error.message.contains("'html'")
        && error.hint == "known formats: json, markdown, sarif"
    }
  }

  @Test("Several ids resolve in order, duplicates dropped; one unknown id fails the lot")
  func severalIds() throws {
    let reporters = try ReporterRegistry.standard.reporters(for: ["sarif", "json", "sarif"])
    #expect(reporters.map(\.id) == ["sarif", "json"])
    #expect(throws: XBorderError.self) { try ReporterRegistry.standard.reporters(for: ["json", "pdf"]) }
  }
}
