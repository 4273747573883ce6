import Testing

@testable import XBorderPolicy

@Suite("Dates, host patterns, IP addresses")
struct ValueTypeTests {
  @Test func isoDates() {
    #expect(ISODate("2026-12-31")?.description == "2026-12-31")
    #expect(ISODate("2024-02-29") != nil)
    for bad in ["2025-02-29", "2025-13-01", "2025-1-1", "31.12.2026", "", "2025-04-31"] {
      #expect(ISODate(bad) == nil, "\(bad)")
    }
    #expect(ISODate("2025-01-31")! < ISODate("2025-02-01")!)
  }

  @Test func hostPatterns() throws {
    let wildcard = try #require(HostPattern("*.ingest.sentry.io"))
    #expect(wildcard.matches("o1.ingest.sentry.io"))
    #expect(wildcard.matches("a.b.ingest.sentry.io"))
    #expect(!wildcard.matches("ingest.sentry.io"))
    #expect(!wildcard.matches("o1.ingest.sentry.io.example.org"))
    #expect(!wildcard.matches("xingest.sentry.io"))
    let exact = try #require(HostPattern("API.Mixpanel.com"))
    #expect(exact.matches("api.mixpanel.com") && !exact.matches("eu.api.mixpanel.com"))
    for bad in ["localhost", "*.com*", "a..b", "http://x.com", "*", "ex ample.com"] {
      #expect(HostPattern(bad) == nil, "\(bad)")
    }
  }

  @Test(arguments: [
    ("100.20.30.40", true), ("8.8.8.8", true), ("47.96.1.1", true),
    ("10.1.2.3", false), ("172.16.0.1", false), ("172.31.255.1", false), ("192.168.1.1", false), ("127.0.0.1", false),
    ("169.254.169.254", false), ("100.64.0.1", false), ("203.0.113.7", false), ("198.51.100.2", false),
    ("192.0.2.1", false), ("0.0.0.0", false), ("224.0.0.1", false), ("255.255.255.255", false),
    ("[2606:4700::1111]", true), ("::1", false), ("fd00::1", false), ("fe80::1", false), ("2001:db8::1", false),
    ("::ffff:10.0.0.1", false),
  ])
  func publicAddresses(text: String, isPublic: Bool) throws {
    let address = try #require(IPAddress(text), "\(text) should parse")
    #expect(address.isPublic == isPublic, "\(text)")
  }

  @Test func notAddresses() {
    for text in ["1.2.3", "1.2.3.256", "a.b.c.d", "1::2::3", "12345::1", "example.com"] {
      #expect(IPAddress(text) == nil, "\(text)")
    }
  }
}
