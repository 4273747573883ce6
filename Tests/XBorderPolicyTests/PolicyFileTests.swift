import Foundation
import Testing
import XBorderCore
import XBorderPolicy

/// The policy file format: presets, groups, `allow`, `levels`, and errors that name the file and key.
@Suite("Policy files")
struct PolicyFileTests {
  private func policy(_ body: String) throws -> Policy {
    try PolicyLoader.decode("policy:\n  id: t\n  name: T\n  description: d\n" + body, origin: "my.yaml")
  }

  private func failure(_ body: String) -> XBorderError? {
    do {
      _ = try policy(body)
      return nil
    } catch let error as XBorderError {
      return error
    } catch {
      return nil
    }
  }

  @Test func presetsStillWork() throws {
    #expect(PolicyLoader.presetNames.sorted() == ["gdpr", "pipl"])
    let gdpr = try Fixtures.gdpr()
    #expect(gdpr.permittedCountries.count == 44)
    #expect(gdpr.exceptions.isEmpty && gdpr.levels == PolicyLevels())
  }

  @Test func groupsExpand() throws {
    let eea = try policy("  permitted:\n    groups: [EEA]\n    countries: [CH]\n")
    #expect(eea.permittedCountries.count == 31 && eea.permits(country: "NO") && eea.permits(country: "CH"))
    #expect(failure("  permitted:\n    groups: [ASEAN]\n")?.hint?.contains("EEA") == true)
  }

  @Test func levelsParse() throws {
    let parsed = try policy(
      "  permitted: {countries: [CN]}\n"
        + "  levels: {outside: warning, ambiguous: warning, unknown_ip: note, countries: {hk: note}}\n")
    #expect(parsed.levels.outside == .warning && parsed.levels.ambiguous == .warning)
    #expect(parsed.levels.countries == ["HK": .note])
    #expect(
      failure("  permitted: {countries: [CN]}\n  levels: {outside: fatal}\n")?.message.contains("policy.levels.outside")
        == true)
  }

  @Test func allowEntriesAreChecked() throws {
    let cases: [(String, String)] = [
      ("  - host: api.mixpanel.com\n", "policy.allow[0]: missing 'justification'"),
      ("  - host: api.mixpanel.com\n    justification: '  '\n", "missing 'justification'"),
      ("  - host: api.mixpanel.com\n    justification: ok\n    expires: 31.12.2026\n", "policy.allow[0].expires"),
      ("  - host: api.mixpanel.com\n    justification: ok\n    expire: 2026-12-31\n", "policy.allow[0].expire"),
      ("  - host: a.com\n    service: stripe\n    justification: ok\n", "exactly one of"),
      ("  - region: ap-east-1\n    justification: ok\n", "exactly one of"),
      ("  - provider: amazon\n    justification: ok\n", "unknown provider 'amazon'"),
      ("  - provider: huawei\n    region: ap-southeast-9\n    justification: ok\n", "huawei has no region"),
      ("  - service: nope\n    justification: ok\n", "unknown service 'nope'"),
      ("  - host: '*.sentry.io'\n    justification: ok\n", "not a host name"),
    ]
    for (allow, fragment) in cases {
      let error = failure("  permitted: {countries: [CN]}\n  allow:\n" + allow)
      #expect(error?.message.hasPrefix("my.yaml:") == true, "\(allow)")
      #expect(error?.message.contains(fragment) == true, "\(allow): \(error?.message ?? "no error")")
      #expect(error?.hint != nil)
    }
  }

  @Test func allowEntriesDecode() throws {
    let parsed = try policy(
      """
        permitted: {countries: [CN]}
        allow:
          - {provider: tencent, region: cn-south, justification: legacy alias}
          - {host: API.Mixpanel.com, justification: j, expires: '2026-01-31'}
          - {host_pattern: '*.ingest.sentry.io', justification: j}
          - {service: stripe, justification: j}
          - {provider: aws, justification: every region}
      """)
    #expect(
      parsed.exceptions.map(\.target) == [
        .provider("tencent", region: "ap-guangzhou"), .host("api.mixpanel.com"),
        .hostPattern(HostPattern("*.ingest.sentry.io")!), .service("stripe"), .provider("aws", region: nil),
      ])
    #expect(parsed.exceptions[1].expires == ISODate("2026-01-31"))
    #expect(parsed.exceptions.map(\.label) == ["allow[0]", "allow[1]", "allow[2]", "allow[3]", "allow[4]"])
  }

  @Test func unknownKeysAndMissingPermitted() {
    #expect(failure("  permitted: {countries: [CN]}\n  allowed: []\n")?.message.contains("policy.allowed") == true)
    #expect(failure("  permitted: {}\n")?.message.contains("no countries") == true)
    #expect(failure("  permitted: {countries: [CHN]}\n")?.message.contains("policy.permitted.countries") == true)
    #expect(
      failure("  permitted: {countries: [CN]}\n  conditional: {USA: x}\n")?.message.contains("policy.conditional")
        == true)
  }

  @Test func readmeSamplePolicyLoads() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("rules/policies/README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: "```yaml\n"))
    let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
    let parsed = try PolicyLoader.decode(String(text[start.upperBound..<end.lowerBound]), origin: "README.md")
    #expect(parsed.id == "acme-pipl" && parsed.exceptions.count == 4)
    #expect(parsed.exceptions[0].expires == ISODate("2028-03-16"))
    #expect(parsed.levels.countries["HK"] == .warning)
  }
}
