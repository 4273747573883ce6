import Testing
import XBorderCore

@testable import XBorderPolicy

@Suite("Region and SaaS catalogues")
struct CatalogTests {
  @Test func builtinCatalogueLoads() throws {
    let catalog = try Fixtures.catalog()
    let ids = catalog.regions.providers.map(\.id)
    for id in ["aws", "azure", "gcp", "alibaba", "tencent", "huawei", "oracle", "ibm", "digitalocean"] {
      #expect(ids.contains(id), "provider \(id) missing")
    }
    #expect(catalog.regions.providers.reduce(0) { $0 + $1.regions.count } >= 300)
    #expect(catalog.saas.serviceIds.count >= 60)
    #expect(catalog.groups.groups["EEA"]?.countries.count == 30)
    #expect(catalog.groups.groups["EU"]?.countries.count == 27)
  }

  @Test func everyRegionHasAKnownCountry() throws {
    let catalog = try Fixtures.catalog()
    for provider in catalog.regions.providers {
      #expect(!provider.regions.isEmpty, "\(provider.id) has no regions")
      #expect(!provider.hosts.isEmpty, "\(provider.id) has no host suffixes")
      for region in provider.regions {
        #expect(!region.countries.isEmpty, "\(provider.id) \(region.code)")
        #expect(region.countries.allSatisfy { $0.count == 2 && $0 == $0.uppercased() })
      }
    }
  }

  /// The collisions of facts §4.1: the same code, different countries, per provider.
  @Test(arguments: [
    ("ap-southeast-1", ["alibaba": "SG", "aws": "SG", "huawei": "HK"]),
    ("ap-southeast-2", ["alibaba": "AU", "aws": "AU", "huawei": "TH"]),
    ("ap-southeast-3", ["alibaba": "MY", "aws": "ID", "huawei": "SG"]),
    ("ap-southeast-5", ["alibaba": "ID", "aws": "MY", "huawei": "PH"]),
    ("eu-west-1", ["alibaba": "GB", "aws": "IE"]),
    ("me-central-1", ["alibaba": "SA", "aws": "AE"]),
    ("me-east-1", ["alibaba": "AE", "huawei": "SA"]),
    ("cn-north-1", ["aws": "CN", "huawei": "CN"]),
    ("us-west-1", ["alibaba": "US", "aws": "US"]),
  ])
  func collisionsResolvePerProvider(code: String, expected: [String: String]) throws {
    let regions = try Fixtures.catalog().regions.regions(coded: code)
    #expect(Dictionary(uniqueKeysWithValues: regions.map { ($0.provider, $0.country) }) == expected)
  }

  @Test func tencentApPrefixIncludesMainlandCities() throws {
    let tencent = try #require(try Fixtures.catalog().regions.provider("tencent"))
    for code in ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-nanjing", "ap-chongqing"] {
      #expect(tencent.region(code)?.country == "CN", "\(code)")
    }
    #expect(tencent.region("ap-singapore")?.country == "SG")
    #expect(tencent.region("ap-hongkong")?.country == "HK")
    #expect(tencent.region("cn-south")?.code == "ap-guangzhou", "legacy COS alias")
  }

  @Test func hongKongMacaoTaiwanRegionsAreNotCN() throws {
    let catalog = try Fixtures.catalog().regions
    let outside = [
      ("aws", "ap-east-1", "HK"), ("aws", "ap-east-2", "TW"), ("azure", "eastasia", "HK"), ("gcp", "asia-east1", "TW"),
      ("gcp", "asia-east2", "HK"), ("alibaba", "cn-hongkong", "HK"), ("tencent", "ap-hongkong", "HK"),
      ("huawei", "ap-southeast-1", "HK"),
    ]
    for (provider, code, country) in outside {
      #expect(catalog.provider(provider)?.region(code)?.country == country, "\(provider) \(code)")
    }
  }

  @Test func azureDisplayNamesMatchLocations() throws {
    let azure = try #require(try Fixtures.catalog().regions.provider("azure"))
    #expect(azure.region("West Europe")?.code == "westeurope")
    #expect(azure.region("East US 2")?.code == "eastus2")
    #expect(azure.region("China North 3")?.country == "CN")
  }

  @Test func unverifiedRowsAreMarked() throws {
    let catalog = try Fixtures.catalog().regions
    #expect(catalog.provider("tencent")?.region("na-ashburn")?.verified == false)
    #expect(catalog.provider("aws")?.region("us-east-1")?.verified == true)
    #expect(try Fixtures.catalog().saas.endpoint(forHost: "api.stripe.com")?.endpoint.verified == false)
    #expect(try Fixtures.catalog().saas.endpoint(forHost: "api.mixpanel.com")?.endpoint.verified == true)
  }

  @Test func badProviderFilesFailWithFileAndKey() {
    let cases: [(String, String)] = [
      (
        "provider: {id: x, name: X, partitions: {x: X}}\nhosts: []\nregion_labels: []\nregions: []\nbogus: 1\n", "bogus"
      ),
      (
        "provider: {id: x, name: X, partitions: {x: X}}\nhosts: [{suffix: x.com, partitions: [y]}]\n"
          + "region_labels: []\nregions: []\n", "unknown partition 'y'"
      ),
      (
        "provider: {id: x, name: X, partitions: {x: X}}\nhosts: []\nregion_labels: []\n"
          + "regions: [{code: a-1, country: Germany}]\n", "'Germany'"
      ),
      (
        "provider: {id: x, name: X, partitions: {x: X}}\nhosts: []\nregion_labels: []\n"
          + "regions: [{code: a-1, country: DE}, {code: A-1, country: FR}]\n", "defined twice"
      ),
      ("provider: {id: x, name: X, partitions: {x: X}}\nhosts: []\nregions: []\n", "region_labels"),
    ]
    for (text, fragment) in cases {
      #expect {
        try DestinationCatalog.load(regionFiles: [("x.yaml", text)], destinationFiles: [])
      } throws: { error in
        guard let error = error as? XBorderError else { return false }
        return error.message.hasPrefix("x.yaml") && error.message.contains(fragment) && error.hint != nil
      }
    }
  }

  @Test func duplicateSaaSHostsAreRejected() {
    let text = """
      category: c
      services:
        - {id: a, name: A, endpoints: [{hosts: [api.a.com], country: US}]}
        - {id: b, name: B, endpoints: [{hosts: [api.a.com], country: DE}]}
      """
    #expect(throws: XBorderError.self) {
      try DestinationCatalog.load(regionFiles: [], destinationFiles: [("d.yaml", text)])
    }
  }
}
