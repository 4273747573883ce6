import Testing
import XBorderApp
import XBorderCore

/// `gate:`, `baseline:` and `require_reason:` in `.xborder.yml`, and the progress line's text.
@Suite struct GateConfigTests {
  private func parse(_ yaml: String) throws(XBorderError) -> ProjectConfig {
    try ProjectConfig.parse(yaml, origin: "/p/.xborder.yml", baseDirectory: "/p")
  }

  @Test func readsGateOverridesBaselineAndRequireReason() throws {
    let config = try parse(
      """
      gate:
        fail_on: warning
        entities: {email: none, ip_address: error}
        rules: {pii.cn.mobile: note}
      baseline: ci/baseline.json
      require_reason: true
      """)
    #expect(config.failOn == .warning)
    #expect(config.gateEntities == [.email: FailThreshold.none, .ipAddress: .error])
    #expect(config.gateRules == ["pii.cn.mobile": .note])
    #expect(config.baselineFile == "/p/ci/baseline.json")
    #expect(config.requireReason == true)
  }

  @Test(arguments: [
    "gate: {entities: {e_mail: none}}",
    "gate: {entities: {email: never}}",
    "gate: {rules: [pii.email]}",
    "gate: {failon: error}",
    "fail_on: error\ngate: {fail_on: note}",
    "gate: {entities: {email: no}}",
  ])
  func badGateSectionsAreErrorsNamingTheKey(yaml: String) {
    #expect(throws: XBorderError.self) { try parse(yaml) }
  }

  @Test func progressLineShowsFilesBytesRateAndETA() {
    let snapshot = ProgressLine.Snapshot(files: 3, totalFiles: 10, bytes: 50_000_000, totalBytes: 150_000_000)
    #expect(
      ProgressLine.render(snapshot, elapsed: 2)
        == "xborder: 3/10 files, 47.7 MiB/143.1 MiB, 25.0 MB/s, ETA 0:04")
    let start = ProgressLine.Snapshot(files: 0, totalFiles: 10, bytes: 0, totalBytes: 0)
    #expect(ProgressLine.render(start, elapsed: 0) == "xborder: 0/10 files, 0 B")
    let long = ProgressLine.Snapshot(files: 1, totalFiles: 2, bytes: 1_000_000, totalBytes: 10_000_000_000)
    #expect(ProgressLine.render(long, elapsed: 1).hasSuffix("ETA 2:46:39"))
  }
}
