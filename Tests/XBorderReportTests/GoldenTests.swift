import Foundation
import Testing
import XBorderCore

@testable import XBorderReport

/// Each format rendered from the canonical report must match its golden file byte for byte.
@Suite("Report snapshots")
struct GoldenTests {
  @Test("SARIF matches Snapshots/canonical.sarif")
  func sarif() throws {
    try Snapshot.assertMatches(SARIFReporter().render(CanonicalReport.report), named: "canonical.sarif")
  }

  @Test("Markdown matches Snapshots/canonical.md")
  func markdown() throws {
    try Snapshot.assertMatches(MarkdownReporter().render(CanonicalReport.report), named: "canonical.md")
  }

  @Test("JSON matches Snapshots/canonical.json")
  func json() throws {
    try Snapshot.assertMatches(JSONReporter().render(CanonicalReport.report), named: "canonical.json")
  }

  @Test("Markdown of a clean scan matches Snapshots/empty.md")
  func emptyMarkdown() throws {
    try Snapshot.assertMatches(MarkdownReporter().render(CanonicalReport.empty), named: "empty.md")
  }

  @Test("Rendering is deterministic", arguments: ReporterRegistry.standard.ids)
  func deterministic(id: String) throws {
    let reporter = try ReporterRegistry.standard.reporter(for: id)
    #expect(try reporter.render(CanonicalReport.report) == reporter.render(CanonicalReport.report))
  }
}
