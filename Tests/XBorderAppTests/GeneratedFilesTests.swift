import Testing
import XBorderTestSupport

/// The compiled-in copy of rules/ must match rules/ (run `make embed` after editing a pack or policy).
@Suite struct GeneratedFilesTests {
  @Test func builtinDataIsFresh() throws {
    let check = try CommandRunner.python([
      RepositoryPaths.root.appendingPathComponent("scripts/embed-builtin-data.py").path, "--check",
    ])
    #expect(check.exitCode == 0, "\(check.output)")
  }
}
