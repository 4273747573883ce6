import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// How the entity rules behave on whole files: structure context (CSV columns, JSON keys), ranges that
/// are never reported, and values that only count with a label.
@Suite("Entity rules on whole files")
struct EntityRuleBehaviourTests {
  /// (rule id, confidence) of every finding in `text`, scanned as a file at `path` with all shipped rules.
  private func findings(_ text: String, path: String) throws -> [(rule: String, confidence: Confidence)] {
    let catalog = try RepositoryFiles.catalog.get()
    let rules = catalog.rules.filter { $0.descriptor.entity.isPersonalData }
    let scanner = FileScanner(rules: rules, fingerprinter: Fingerprinter(keyMaterial: Array("test-key".utf8)))
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { scanner.scan($0, path: path).findings.map { ($0.ruleId, $0.confidence) } }
  }

  private func reported(_ text: String, path: String) throws -> [String] {
    try findings(text, path: path).filter { $0.confidence >= .medium }.map(\.rule).sorted()
  }

  @Test func nameAndAddressColumnsRaiseTheirCells() throws {
    let csv = "订单号,收件人,收货地址,备注\nE20240615001,王芳,广东省深圳市南山区科技园路1号,放门口\n"
    let found = try findings(csv, path: "orders.csv")
    #expect(found.contains { $0.rule == "pii.person-name" && $0.confidence == .high })
    #expect(found.contains { $0.rule == "pii.cn.address" && $0.confidence == .high })
  }

  @Test func namesAndAddressesWithoutContextAreNotReported() throws {
    let csv = "E20240615001,王芳,广东省深圳市南山区科技园路1号,放门口\n"
    #expect(try reported(csv, path: "orders.txt").isEmpty)
    #expect(try reported("王芳说广东省深圳市南山区科技园路1号的店开了", path: "notes.txt").isEmpty)
  }

  @Test func productColumnsAreNotNames() throws {
    let csv = "sku,product_name,qty\nA1,Apple Watch,1\nA2,杨梅,2\nA3,金额,3\n"
    #expect(try !reported(csv, path: "items.csv").contains("pii.person-name"))
    #expect(try reported(#"{"product_name": "Wang Fang"}"#, path: "p.json").isEmpty)
  }

  @Test func clientAndServerAddressesAreToldApartByTheirKey() throws {
    let client = try findings(#"{"client_ip": "223.5.5.5"}"#, path: "log.json")
    #expect(client.map(\.rule) == ["pii.ip.v4"])
    #expect(client.first?.confidence == .high)
    let server = try findings(#"{"dns_server": "223.5.5.5"}"#, path: "conf.json")
    #expect(server.allSatisfy { $0.confidence == .low })
  }

  @Test(arguments: [
    "client_ip=10.1.2.3", "client_ip=172.20.0.5", "client_ip=192.168.0.8", "client_ip=100.64.3.4",
    "client_ip=127.0.0.1", "client_ip=169.254.0.9", "client_ip=192.0.2.44", "client_ip=198.51.100.44",
    "client_ip=203.0.113.44", "client_ip=2001:db8::44", "client_ip=fd00::44", "client_ip=fe80::44",
  ])
  func privateAndDocumentationAddressesAreNeverFindings(line: String) throws {
    #expect(try findings(line, path: "access.log").isEmpty, "\(line)")
  }

  @Test func maskedValuesAreNotFindings() throws {
    let text = """
      卡号：6222 **** **** 1234
      手机 138****5678
      身份证号：110105********002X
      IBAN: GB82 **** **** **** 5432
      SSN: ***-**-2741
      """
    #expect(try reported(text, path: "masked.txt").isEmpty)
  }

  @Test func cityLevelCoordinatesAreNotFindings() throws {
    #expect(try reported("门店 22.54,114.06", path: "stores.txt").isEmpty)
    #expect(try reported("gps 22.543096,114.057865", path: "track.txt") == ["pii.geo.coordinates"])
  }

  @Test func residencePermitsAndForeignPermanentResidentNumbersAreResidentIDs() throws {
    for id in ["810000199001010019", "820000199001010010", "830000199001010012", "911840198001010013"] {
      #expect(try reported("证件号码 \(id)", path: "kyc.txt") == ["pii.cn.resident-id"], "\(id)")
    }
  }
}
