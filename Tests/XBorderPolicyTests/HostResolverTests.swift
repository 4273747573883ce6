import Testing
import XBorderCore
import XBorderPolicy

@Suite("Host resolution")
struct HostResolverTests {
  private func resolve(_ host: String) throws -> Resolution? {
    guard case .resolved(let resolution) = HostResolver(catalog: try Fixtures.catalog()).resolve(host) else {
      return nil
    }
    return resolution
  }

  /// (host, provider, region, country) for cloud hosts whose name carries the region.
  @Test(arguments: [
    // AWS: S3 virtual-host and path styles, legacy dash forms, RDS, SQS, SES, China partition, GovCloud.
    ("s3.us-east-1.amazonaws.com", "aws", "us-east-1", "US"),
    ("acme-exports.s3.eu-west-1.amazonaws.com", "aws", "eu-west-1", "IE"),
    ("acme.s3.dualstack.ap-northeast-1.amazonaws.com", "aws", "ap-northeast-1", "JP"),
    ("s3-us-west-2.amazonaws.com", "aws", "us-west-2", "US"),
    ("acme.s3-website-ap-southeast-2.amazonaws.com", "aws", "ap-southeast-2", "AU"),
    ("orders.c9akciq32.ap-east-1.rds.amazonaws.com", "aws", "ap-east-1", "HK"),
    ("sqs.ap-southeast-1.amazonaws.com", "aws", "ap-southeast-1", "SG"),
    ("email-smtp.eu-central-1.amazonaws.com", "aws", "eu-central-1", "DE"),
    ("bedrock-runtime.us-west-2.amazonaws.com", "aws", "us-west-2", "US"),
    ("s3.cn-north-1.amazonaws.com.cn", "aws", "cn-north-1", "CN"),
    ("orders.abc.cn-northwest-1.rds.amazonaws.com.cn", "aws", "cn-northwest-1", "CN"),
    ("s3.us-gov-west-1.amazonaws.com", "aws", "us-gov-west-1", "US"),
    ("queue.amazonaws.com", "aws", "us-east-1", "US"),
    // Alibaba: OSS public, bucket, internal and dual-stack forms, APIs, SLS, MNS, DashScope.
    ("oss-cn-hangzhou.aliyuncs.com", "alibaba", "cn-hangzhou", "CN"),
    ("acme.oss-ap-southeast-1.aliyuncs.com", "alibaba", "ap-southeast-1", "SG"),
    ("oss-cn-shanghai-internal.aliyuncs.com", "alibaba", "cn-shanghai", "CN"),
    ("cn-hongkong.oss.aliyuncs.com", "alibaba", "cn-hongkong", "HK"),
    ("ecs.eu-west-1.aliyuncs.com", "alibaba", "eu-west-1", "GB"),
    ("acme.cn-hongkong.log.aliyuncs.com", "alibaba", "cn-hongkong", "HK"),
    ("cn-shanghai-intranet.log.aliyuncs.com", "alibaba", "cn-shanghai", "CN"),
    ("1234567.mns.us-east-1.aliyuncs.com", "alibaba", "us-east-1", "US"),
    ("dashscope.aliyuncs.com", "alibaba", "cn-beijing", "CN"),
    ("dashscope-intl.aliyuncs.com", "alibaba", "ap-southeast-1", "SG"),
    ("cn-hongkong.dashscope.aliyuncs.com", "alibaba", "cn-hongkong", "HK"),
    // Tencent: COS service and bucket hosts, API hosts.
    ("cos.ap-guangzhou.myqcloud.com", "tencent", "ap-guangzhou", "CN"),
    ("acme-1250000000.cos.ap-singapore.myqcloud.com", "tencent", "ap-singapore", "SG"),
    ("cvm.ap-hongkong.tencentcloudapi.com", "tencent", "ap-hongkong", "HK"),
    // Huawei: OBS; ap-southeast-1 is Hong Kong here.
    ("obs.ap-southeast-1.myhuaweicloud.com", "huawei", "ap-southeast-1", "HK"),
    ("acme.obs.ap-southeast-3.myhuaweicloud.com", "huawei", "ap-southeast-3", "SG"),
    ("obs.cn-north-4.myhuaweicloud.com", "huawei", "cn-north-4", "CN"),
    ("obs.myhuaweicloud.com", "huawei", "cn-north-1", "CN"),
    ("obs.eu-west-101.myhuaweicloud.eu", "huawei", "eu-west-101", "IE"),
    // Google Cloud: regional prefixes and labels.
    ("europe-west1-aiplatform.googleapis.com", "gcp", "europe-west1", "BE"),
    ("asia-east1-docker.pkg.dev", "gcp", "asia-east1", "TW"),
    ("shop-123456.asia-east2.run.app", "gcp", "asia-east2", "HK"),
    // Azure: the region appears in a few host forms only.
    ("acme-eastasia.documents.azure.com", "azure", "eastasia", "HK"),
    ("myvm.westeurope.cloudapp.azure.com", "azure", "westeurope", "NL"),
    // Smaller providers.
    ("objectstorage.eu-frankfurt-1.oraclecloud.com", "oracle", "eu-frankfurt-1", "DE"),
    ("s3.eu-de.cloud-object-storage.appdomain.cloud", "ibm", "eu-de", "DE"),
    ("s3.private.jp-tok.cloud-object-storage.appdomain.cloud", "ibm", "jp-tok", "JP"),
    ("acme.sgp1.digitaloceanspaces.com", "digitalocean", "sgp1", "SG"),
  ])
  func cloudHostRegionFromName(host: String, provider: String, region: String, country: String) throws {
    let resolution = try #require(try resolve(host))
    #expect(resolution.kind == .cloudHost)
    let placement = try #require(resolution.placements.first)
    #expect(resolution.placements.count == 1)
    #expect((placement.provider, placement.region, placement.country) == (provider, region, country), "\(host)")
  }

  @Test func globalS3EndpointIsOnlyADefault() throws {
    let resolution = try #require(try resolve("acme-exports.s3.amazonaws.com"))
    #expect(resolution.placements.first?.region == "us-east-1")
    #expect(resolution.placements.first?.regionIsDefault == true)
    #expect(resolution.certainty == .partial)
  }

  @Test(arguments: [
    ("acmeexports.blob.core.windows.net", "azure", false), ("acme.database.windows.net", "azure", false),
    ("acmecn.blob.core.chinacloudapi.cn", "azure", true), ("storage.googleapis.com", "gcp", false),
    ("rm-abc123.mysql.rds.aliyuncs.com", "alibaba", true),
    ("shop-cache.x1y2z3.ng.0001.apse1.cache.amazonaws.com", "aws", false),
  ])
  func hostsWithoutRegionCoverTheirPartition(host: String, provider: String, includesCN: Bool) throws {
    let resolution = try #require(try resolve(host))
    #expect(resolution.placements.first?.provider == provider)
    #expect(resolution.placements.first?.region == nil)
    #expect(resolution.countries.contains("CN") == includesCN, "\(host): \(resolution.countries.sorted())")
    #expect(resolution.certainty == .partial)
  }

  @Test func chinaCloudsHaveOnlyMainlandCountries() throws {
    #expect(try resolve("acmecn.blob.core.chinacloudapi.cn")?.countries == ["CN"])
    #expect(try resolve("acme.s3.amazonaws.com.cn")?.countries == ["CN"])
  }

  /// (host, service, country): SaaS defaults and regional endpoints.
  @Test(arguments: [
    ("api.mixpanel.com", "mixpanel", "US"), ("api-eu.mixpanel.com", "mixpanel", "EU"),
    ("api-in.mixpanel.com", "mixpanel", "IN"), ("api2.amplitude.com", "amplitude", "US"),
    ("api.eu.amplitude.com", "amplitude", "EU"), ("api.segment.io", "segment", "US"),
    ("events.eu1.segmentapis.com", "segment", "IE"), ("o4507.ingest.sentry.io", "sentry", "US"),
    ("o4507.ingest.us.sentry.io", "sentry", "US"), ("o4507.ingest.de.sentry.io", "sentry", "DE"),
    ("http-intake.logs.datadoghq.com", "datadog", "US"), ("us5.datadoghq.com", "datadog", "US"),
    ("http-intake.logs.datadoghq.eu", "datadog", "DE"), ("api.ap1.datadoghq.com", "datadog", "JP"),
    ("api.openai.com", "openai", "US"), ("eu.api.openai.com", "openai", "EU"), ("jp.api.openai.com", "openai", "JP"),
    ("api.twilio.com", "twilio", "US"), ("api.dublin.ie1.twilio.com", "twilio", "IE"),
    ("sellingpartnerapi-eu.amazon.com", "amazon-sp-api", "IE"),
    ("sellingpartnerapi-fe.amazon.com", "amazon-sp-api", "US"),
    ("www.zohoapis.com.cn", "zoho", "CN"), ("hooks.slack.com", "slack", "US"), ("api.stripe.com", "stripe", "US"),
  ])
  func saasHosts(host: String, service: String, country: String) throws {
    let resolution = try #require(try resolve(host))
    #expect(resolution.kind == .saasHost)
    #expect(resolution.serviceId == service)
    #expect(resolution.placements.first?.country == country, "\(host)")
  }

  @Test func euGroupExpandsToMemberStates() throws {
    let countries = try #require(try resolve("api-eu.mixpanel.com")).countries
    #expect(countries.count == 27 && countries.contains("DE") && !countries.contains("GB"))
  }

  @Test(arguments: [
    "localhost", "127.0.0.1", "10.1.2.3", "192.168.1.1", "172.20.0.5", "203.0.113.7", "[::1]", "[fd00::1]",
    "intranet", "api.localhost",
  ])
  func notDestinations(host: String) throws {
    guard case .notDestination = HostResolver(catalog: try Fixtures.catalog()).resolve(host) else {
      Issue.record("\(host) should not be a destination")
      return
    }
  }

  @Test(arguments: ["example.com", "orders.internal.acme.cn", "amazonaws.com.example.org", "api.deepseek.com"])
  func unknownHosts(host: String) throws {
    #expect(HostResolver(catalog: try Fixtures.catalog()).resolve(host) == .unknown)
  }

  @Test func publicIPHasUnknownCountry() throws {
    for host in ["100.20.30.40", "[2606:4700::1111]"] {
      let resolution = try #require(try resolve(host))
      #expect(resolution.kind == .ipAddress)
      #expect(resolution.countries.isEmpty)
    }
  }

  @Test func resolutionIsCaseInsensitive() throws {
    #expect(try resolve("S3.EU-WEST-1.AMAZONAWS.COM.")?.placements.first?.region == "eu-west-1")
  }
}
