import Testing
import XBorderCore
import XBorderPolicy

@Suite struct IPCountryTableTests {
  static let csv = """
    # network,country
    network,country
    47.74.0.0/15,SG
    47.74.8.0/24,JP
    106.14.0.0/15,cn
    2400:3200::/32,CN
    8.8.8.8,US
    """

  @Test func longestPrefixWins() throws {
    let table = try IPCountryTable(csv: Self.csv, origin: "ip.csv")
    #expect(table.count == 5)
    #expect(table.country(of: try #require(IPAddress("47.74.1.2")))?.country == "SG")
    #expect(table.country(of: try #require(IPAddress("47.74.8.9")))?.country == "JP")
    #expect(table.country(of: try #require(IPAddress("106.15.255.1")))?.country == "CN")
    #expect(table.country(of: try #require(IPAddress("2400:3200:1::5")))?.country == "CN")
    #expect(table.country(of: try #require(IPAddress("8.8.8.8")))?.cidr == "8.8.8.8")
    #expect(table.country(of: try #require(IPAddress("8.8.4.4"))) == nil)
    #expect(table.country(of: try #require(IPAddress("106.16.0.1"))) == nil)
  }

  @Test(arguments: ["47.74.0.0/15", "47.74.0.0/40,SG", "not-an-ip,SG", "47.74.0.0/15,Singapore"])
  func badRowsNameTheLine(row: String) {
    #expect {
      try IPCountryTable(csv: "47.74.0.0/15,SG\n\(row)\n", origin: "ip.csv")
    } throws: { error in
      (error as? XBorderError)?.message.hasPrefix("ip.csv:2:") == true
    }
  }

  @Test func resolverPlacesPublicIPsWithTheTable() throws {
    let catalog = try DestinationCatalog.builtin.get()
    let table = try IPCountryTable(csv: Self.csv, origin: "ip.csv")
    guard case .resolved(let resolution) = HostResolver(catalog: catalog, ipCountries: table).resolve("47.74.1.2") else {
      Issue.record("not resolved")
      return
    }
    #expect(resolution.placements.first?.country == "SG")
    guard case .notDestination = HostResolver(catalog: catalog, ipCountries: table).resolve("10.0.0.1") else {
      Issue.record("a private address must not be a destination")
      return
    }
  }
}
