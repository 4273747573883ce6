import Testing
import XBorderCore
import XBorderPolicy

/// `allow:` exceptions: suppression with justification, expiry, and what each target covers.
@Suite("Policy exceptions")
struct PolicyExceptionTests {
  static let policyText = """
    policy:
      id: acme
      name: ACME
      description: Mainland China plus filed exports.
      permitted:
        countries: [CN]
      allow:
        - provider: huawei
          region: ap-southeast-1
          justification: "CAC standard contract with the Hong Kong processor, filed 2025-03-17"
          expires: 2026-03-16
        - host: api.mixpanel.com
          justification: "fewer than 100,000 people, no sensitive PI"
          expires: 2025-05-31
        - host_pattern: "*.ingest.sentry.io"
          justification: "error reports are scrubbed before sending"
        - service: stripe
          justification: "payment for cross-border orders (contract necessity)"
      levels:
        countries: {JP: warning}
    """

  private func policy() throws -> Policy { try PolicyLoader.decode(Self.policyText, origin: "acme.yaml") }

  @Test func providerRegionExceptionSuppressesWithJustification() throws {
    let tf = "provider \"huaweicloud\" {\n  region = \"ap-southeast-1\"\n}\n"
    let kept = try #require(
      try Fixtures.classify("ap-southeast-1", in: tf, mode: .regionSetting, policy: policy()).kept)
    let suppression = try #require(kept.suppression)
    #expect(suppression.kind == .external)
    #expect(suppression.justification == "CAC standard contract with the Hong Kong processor, filed 2025-03-17")
    #expect(suppression.source == "policy acme: allow[0]")
    #expect(kept.level == .error && kept.properties["exception"] == "allow[0]")
    #expect(kept.message?.contains("allowed by policy acme allow[0] until 2026-03-16") == true)
  }

  @Test func exceptionDoesNotCoverOtherProvidersOrAmbiguousReadings() throws {
    let aws = try #require(
      try Fixtures.classify("ap-southeast-1", in: "AWS_REGION=ap-southeast-1", mode: .regionSetting, policy: policy())
        .kept)
    #expect(aws.suppression == nil)
    // Bare: the AWS and Alibaba readings (SG) are not covered by the Huawei exception.
    let bare = try #require(
      try Fixtures.classify("ap-southeast-1", in: "region: ap-southeast-1", mode: .regionSetting, policy: policy()).kept
    )
    #expect(bare.suppression == nil)
    // The exception also applies to a Huawei host in that region.
    let host = "obs.ap-southeast-1.myhuaweicloud.com"
    #expect(
      try Fixtures.classify(host, in: "url: https://\(host)", mode: .anyHost, policy: policy()).kept?.suppression != nil
    )
  }

  @Test func expiredExceptionStopsSuppressing() throws {
    let text = "MIXPANEL_HOST=api.mixpanel.com"
    let onTheDay = ISODate(year: 2025, month: 5, day: 31) ?? .epoch
    let valid = try Fixtures.classify("api.mixpanel.com", in: text, mode: .saasHost, policy: policy(), today: onTheDay)
    #expect(valid.kept?.suppression != nil, "the expiry day itself is still covered")
    let after = ISODate(year: 2025, month: 6, day: 1) ?? .epoch
    let kept = try #require(
      try Fixtures.classify("api.mixpanel.com", in: text, mode: .saasHost, policy: policy(), today: after).kept)
    #expect(kept.suppression == nil && kept.level == .error)
    #expect(kept.properties["exception_expired"] == "allow[1]")
    #expect(kept.message?.contains("expired on 2025-05-31") == true)
  }

  @Test func hostPatternAndServiceExceptions() throws {
    let dsn = "SENTRY_DSN=https://k@o4507.ingest.sentry.io/1"
    #expect(
      try Fixtures.classify("o4507.ingest.sentry.io", in: dsn, mode: .anyHost, policy: policy()).kept?.suppression
        != nil)
    // The pattern does not cover the EU ingest host's parent or other vendors.
    #expect(
      try Fixtures.classify("api.openai.com", in: "u: https://api.openai.com", mode: .anyHost, policy: policy()).kept?
        .suppression == nil)
    let stripe = "STRIPE_BASE=https://checkout.stripe.com"
    #expect(
      try Fixtures.classify("checkout.stripe.com", in: stripe, mode: .anyHost, policy: policy()).kept?.suppression?
        .source
        == "policy acme: allow[3]")
  }

  @Test func countryLevelOverride() throws {
    let kept = try #require(
      try Fixtures.classify("ap-northeast-1", in: "AWS_REGION=ap-northeast-1", mode: .regionSetting, policy: policy())
        .kept)
    #expect(kept.level == .warning)
  }
}
