import Testing
import XBorderCore
import XBorderPolicy

/// The classifier on realistic config snippets, under the presets and user policies.
@Suite("Destination classifier and policies")
struct DestinationClassifierTests {
  @Test func piplVersusGdpr() throws {
    let text = "AWS_REGION=eu-central-1\n"
    let pipl = try #require(
      try Fixtures.classify("eu-central-1", in: text, mode: .regionSetting, policy: Fixtures.pipl()).kept)
    #expect(pipl.level == .error && pipl.confidence == .high)
    #expect(pipl.properties["country"] == "DE" && pipl.properties["provider"] == "aws")
    #expect(pipl.properties["region"] == "eu-central-1" && pipl.properties["policy"] == "pipl")
    #expect(pipl.properties["policy_rule"] == "pipl: permitted countries (CN)")
    #expect(
      pipl.message
        == "Region eu-central-1 (Amazon Web Services, DE, Frankfurt) is outside the countries permitted by policy "
        + "pipl (CN)"
    )
    #expect(try Fixtures.classify("eu-central-1", in: text, mode: .regionSetting, policy: Fixtures.gdpr()).isDropped)
  }

  @Test func hongKongIsOutsideForPipl() throws {
    for (value, text) in [
      ("cn-hongkong", "provider \"alicloud\" {\n  region = \"cn-hongkong\"\n}\n"),
      ("ap-hongkong", "TENCENTCLOUD_REGION=ap-hongkong\n"), ("eastasia", "location: eastasia\n"),
      ("asia-east2", "gcp_region: asia-east2\n"), ("ap-east-1", "AWS_REGION=ap-east-1\n"),
    ] {
      let kept = try #require(
        try Fixtures.classify(value, in: text, mode: .regionSetting, policy: Fixtures.pipl()).kept, "\(value)")
      #expect(kept.properties["country"] == "HK" && kept.level == .error, "\(value)")
    }
  }

  @Test func mainlandDestinationsArePermittedByPiplAndNotByGdpr() throws {
    let yaml = "oss:\n  endpoint: https://oss-cn-hangzhou.aliyuncs.com\n"
    let host = "oss-cn-hangzhou.aliyuncs.com"
    #expect(try Fixtures.classify(host, in: yaml, mode: .anyHost, policy: Fixtures.pipl()).isDropped)
    let gdpr = try #require(try Fixtures.classify(host, in: yaml, mode: .anyHost, policy: Fixtures.gdpr()).kept)
    #expect(gdpr.level == .error && gdpr.properties["country"] == "CN")
    #expect(
      try Fixtures.classify(
        "s3.cn-north-1.amazonaws.com.cn", in: "S3=s3.cn-north-1.amazonaws.com.cn",
        mode: .cloudHost, policy: Fixtures.pipl()
      ).isDropped)
  }

  @Test func usIsConditionalUnderGdpr() throws {
    let kept = try #require(
      try Fixtures.classify(
        "api.mixpanel.com", in: "MIXPANEL_HOST=api.mixpanel.com", mode: .saasHost, policy: Fixtures.gdpr()
      ).kept)
    #expect(kept.level == .warning)
    #expect(kept.properties["policy_rule"]?.contains("Data Privacy Framework") == true)
    #expect(kept.message?.contains("only on condition") == true)
  }

  @Test func ambiguousBareRegionIsReportedLowerWithCandidates() throws {
    let yaml = "cluster:\n  name: search\n  region: ap-southeast-1\n"
    let kept = try #require(
      try Fixtures.classify("ap-southeast-1", in: yaml, mode: .regionSetting, policy: Fixtures.pipl()).kept)
    #expect(kept.level == .warning && kept.confidence == .medium)
    #expect(kept.properties["country"] == "HK|SG")
    #expect(
      kept.properties["candidates"] == "alibaba:ap-southeast-1=SG, aws:ap-southeast-1=SG, huawei:ap-southeast-1=HK")
    #expect(kept.message?.contains("under every reading") == true)
    // A policy that permits Singapore: some readings permitted, one (Huawei HK) not → note.
    var singapore = try Fixtures.pipl()
    singapore.permittedCountries = ["CN", "SG"]
    let mixed = try #require(
      try Fixtures.classify("ap-southeast-1", in: yaml, mode: .regionSetting, policy: singapore).kept)
    #expect(mixed.level == .note && mixed.confidence == .medium)
  }

  @Test func bareEuWest1IsOutsideForPiplButPermittedForGdpr() throws {
    let text = "region: eu-west-1\n"
    let kept = try #require(
      try Fixtures.classify("eu-west-1", in: text, mode: .regionSetting, policy: Fixtures.pipl()).kept)
    #expect(kept.properties["country"] == "GB|IE" && kept.level == .warning)
    #expect(try Fixtures.classify("eu-west-1", in: text, mode: .regionSetting, policy: Fixtures.gdpr()).isDropped)
  }

  @Test func hostsWithoutRegion() throws {
    let text = "AZURE_BLOB=https://acmeexports.blob.core.windows.net/x\n"
    let host = "acmeexports.blob.core.windows.net"
    let pipl = try #require(try Fixtures.classify(host, in: text, mode: .anyHost, policy: Fixtures.pipl()).kept)
    #expect(pipl.level == .error && pipl.confidence == .medium && pipl.properties["country"] == "unknown")
    let gdpr = try #require(try Fixtures.classify(host, in: text, mode: .anyHost, policy: Fixtures.gdpr()).kept)
    #expect(gdpr.level == .note && gdpr.confidence == .low)
  }

  @Test func publicAndPrivateAddresses() throws {
    let text = "callback: http://100.20.30.40:8080/hook\ndb: postgres://app@10.0.3.17:5432/orders\n"
    let kept = try #require(
      try Fixtures.classify("100.20.30.40", in: text, mode: .anyHost, policy: Fixtures.pipl()).kept)
    #expect(kept.level == .note && kept.properties["country"] == "unknown")
    #expect(try Fixtures.classify("10.0.3.17", in: text, mode: .anyHost, policy: Fixtures.pipl()).isDropped)
  }

  @Test func unknownHostsAreDropped() throws {
    for host in ["example.com", "orders.internal.acme.cn"] {
      #expect(
        try Fixtures.classify(host, in: "url: https://\(host)/", mode: .anyHost, policy: Fixtures.pipl()).isDropped)
    }
  }

  @Test func modesLeaveOtherKindsToTheirRules() throws {
    let text = "a: oss-ap-southeast-1.aliyuncs.com\nb: api.mixpanel.com\n"
    #expect(
      try Fixtures.classify("oss-ap-southeast-1.aliyuncs.com", in: text, mode: .saasHost, policy: Fixtures.pipl())
        .isDropped)
    #expect(try Fixtures.classify("api.mixpanel.com", in: text, mode: .cloudHost, policy: Fixtures.pipl()).isDropped)
    #expect(
      try Fixtures.classify("oss-ap-southeast-1.aliyuncs.com", in: text, mode: .cloudHost, policy: Fixtures.pipl()).kept
        != nil)
  }

  @Test(arguments: [
    "# SENTRY_DSN=https://k@o1.ingest.sentry.io/2", "// endpoint: https://o1.ingest.sentry.io",
    "; https://o1.ingest.sentry.io",
    "bucket: x  # old: https://o1.ingest.sentry.io", "<!-- https://o1.ingest.sentry.io -->",
    "  -- https://o1.ingest.sentry.io",
  ])
  func commentedOutLinesAreNoteAndLow(line: String) throws {
    let text = "name: shop\n\(line)\n"
    let kept = try #require(
      try Fixtures.classify("o1.ingest.sentry.io", in: text, mode: .anyHost, policy: Fixtures.pipl()).kept)
    #expect(kept.level == .note && kept.confidence == .low && kept.properties["commented_out"] == "true")
  }

  @Test func urlFragmentsAndSchemesAreNotComments() throws {
    let text = "url: https://o1.ingest.sentry.io/#/x\nKEY=a#b https://api.mixpanel.com\n"
    #expect(
      try Fixtures.classify("o1.ingest.sentry.io", in: text, mode: .anyHost, policy: Fixtures.pipl()).kept?.level
        == .error)
    #expect(
      try Fixtures.classify("api.mixpanel.com", in: text, mode: .anyHost, policy: Fixtures.pipl()).kept?.level == .error
    )
  }

  @Test func unverifiedCatalogueRowsResolveAtMediumConfidence() throws {
    let kept = try #require(
      try Fixtures.classify(
        "api.stripe.com", in: "STRIPE=https://api.stripe.com", mode: .anyHost, policy: Fixtures.pipl()
      ).kept)
    #expect(kept.confidence == .medium && kept.properties["verified"] == "false")
    let tencent = try #require(
      try Fixtures.classify(
        "na-ashburn", in: "TENCENTCLOUD_REGION=na-ashburn", mode: .regionSetting, policy: Fixtures.pipl()
      ).kept)
    #expect(tencent.confidence == .medium)
  }
}
