import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// Column and key context: CSV headers, JSON key paths, YAML keys, `key=value` lines.
@Suite struct StructureContextTests {
  static let pack = #"""
    pack: {id: test, name: Test}
    rules:
      - id: test.mobile
        name: Mobile
        entity: cn_mobile
        level: warning
        description: d
        help: h
        patterns: [{regex: '(?<![0-9])1[3-9][0-9]{9}(?![0-9])'}]
        validators: [cn_mobile]
        context: {keywords: [手机, phone, mobile]}
        exclusions: {keywords: [订单, order]}
        examples: []
        negative_examples: []
    """#

  private func scan(_ text: String, path: String) throws -> [Finding] {
    let catalog = try RuleCatalog.load([.init(origin: "t.yaml", text: Self.pack)])
    let scanner = FileScanner(rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)))
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { scanner.scan($0, path: path).findings }
  }

  @Test func csvColumnHeaderRaisesConfidence() throws {
    let csv = "订单号,收件人手机,备注\nA1,13912347865,\"多行\n备注, 13987651234\"\nA2,15012345687,x\n"
    let findings = try scan(csv, path: "orders.csv")
    #expect(findings.map(\.context) == ["column \"收件人手机\"", "column \"备注\"", "column \"收件人手机\""])
    #expect(findings.map(\.confidence) == [.high, .medium, .high])
  }

  @Test func csvExclusionColumnLowersConfidence() throws {
    let findings = try scan("order_no;note\n13912347865;x\n", path: "a.csv")
    #expect(findings.first?.confidence == .low)
    #expect(findings.first?.context == "column \"order_no\"")
  }

  @Test func tsvUsesTabs() throws {
    let findings = try scan("id\tmobile\n1\t13912347865\n", path: "a.tsv")
    #expect(findings.first?.context == "column \"mobile\"")
  }

  /// A sheet of an .xlsx (read as `book.xlsx!/Sheet.tsv`, line = spreadsheet row) names the cell too.
  @Test func spreadsheetCellsCarryTheirReference() throws {
    var sheet = "id\tnote\tmobile\n"
    for row in 2...30 { sheet += "\(row)\t\t\(row == 30 ? "13912347865" : "")\n" }
    let findings = try scan(sheet, path: "exports/book.xlsx!/订单.tsv")
    #expect(findings.map(\.context) == ["column \"mobile\", cell C30"])
    let plain = try scan("id\tmobile\n1\t13912347865\n", path: "a.tsv")
    #expect(plain.first?.context == "column \"mobile\"", "only spreadsheet sheets get cell references")
  }

  @Test func jsonKeyPath() throws {
    let json = "{\"order\": {\"id\": 1, \"buyer\": {\"phone\": \"13912347865\"}, \"items\": [{\"note\": \"13987651234\"}]}}"
    let findings = try scan(json, path: "a.json")
    #expect(findings.map(\.context) == ["key $.order.buyer.phone", "key $.order.items[0].note"])
    #expect(findings.first?.confidence == .high)
  }

  @Test func jsonLinesResetPerLine() throws {
    let jsonl = "{\"mobile\": \"13912347865\", \"broken\": [\n{\"note\": 13987651234}\n"
    let findings = try scan(jsonl, path: "a.jsonl")
    #expect(findings.map(\.context) == ["key $.mobile", "key $.note"])
  }

  @Test func yamlKeyPath() throws {
    let yaml = "support:\n  team:\n    phone: 13912347865\n  other: 1\nlist:\n  - mobile: 13987651234\n"
    let findings = try scan(yaml, path: "config/app.yaml")
    #expect(findings.map(\.context) == ["key support.team.phone", "key list.mobile"])
  }

  @Test func envAndPropertiesKeys() throws {
    #expect(try scan("export ALERT_PHONE=13912347865\n", path: ".env").first?.context == "key ALERT_PHONE")
    let properties = "[ops]\nowner.mobile = 13912347865\n"
    #expect(try scan(properties, path: "app.ini").first?.context == "key [ops] owner.mobile")
  }

  @Test func keysThatLookLikeDataAreNotShown() throws {
    let yaml = "13912347865:\n  phone: 13987651234\n"
    let findings = try scan(yaml, path: "a.yaml")
    #expect(findings.allSatisfy { $0.context?.contains("13912347865") != true })
  }

  @Test func sqlInsertColumns() throws {
    let sql = """
      INSERT INTO `member` (`id`, `note`, `mobile`) VALUES (1, 'it''s, 13987651234', '13912347865'),
      (2, 'x', '15012345687');
      INSERT INTO t VALUES (3, '13912347865');
      """
    let findings = try scan(sql, path: "dump.sql")
    #expect(findings.map(\.context) == ["column \"note\"", "column \"mobile\"", "column \"mobile\"", nil])
    #expect(findings[1].confidence == .high)
  }

  @Test func sqlDumpWithoutColumnListUsesCreateTable() throws {
    let sql = """
      DROP TABLE IF EXISTS `shop_member`;
      CREATE TABLE `shop_member`  (
        `id` bigint NOT NULL AUTO_INCREMENT,
        `note` varchar(64) DEFAULT NULL COMMENT '备注, 可空',
        `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',
        PRIMARY KEY (`id`) USING BTREE,
        UNIQUE KEY `uk_mobile` (`mobile`)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
      INSERT INTO `shop_member` VALUES (1, 'x', '13912347865'), (2, '13987651234', NULL);
      INSERT INTO other VALUES (3, '15012345687');
      """
    let findings = try scan(sql, path: "dump.sql")
    #expect(findings.map(\.context) == ["column \"mobile\"", "column \"note\"", nil])
  }

  @Test func xmlElementsAndAttributes() throws {
    let xml = """
      <?xml version="1.0"?>
      <Refund><Buyer><Mobile>13912347865</Mobile></Buyer>
      <Contact type="x" phone="13987651234"/>
      <Note>15012345687</Note></Refund>
      """
    let findings = try scan(xml, path: "refunds.xml")
    #expect(findings.map(\.context) == ["element Refund/Buyer/Mobile", "attribute phone", "element Refund/Note"])
    #expect(findings.map(\.confidence) == [.high, .high, .medium])
  }

  @Test func columnSummaryCountsRowsPerEntity() throws {
    let catalog = try RuleCatalog.load([.init(origin: "t.yaml", text: Self.pack)])
    let scanner = FileScanner(rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)))
    let csv = "id,mobile,note\n1,13912347865,x\n2,,\"13987651234 and 15012345687\"\n3,15012345687,\n4,,\n"
    let bytes = Array(csv.utf8)
    let result = bytes.withUnsafeBufferPointer { scanner.scan($0, path: "a.csv", minConfidence: .medium) }
    #expect(result.columns.map(\.column) == ["mobile", "note"])
    #expect(result.columns.map(\.rows) == [4, 4])
    #expect(result.columns.map { $0.entities.map(\.rows) } == [[2], [1]])
    #expect(result.columns.first?.position == 2)
  }

  @Test func headerlessCSVShowsNoColumnNames() throws {
    let catalog = try RuleCatalog.load([.init(origin: "t.yaml", text: Self.pack)])
    let scanner = FileScanner(rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)))
    let csv = "张伟,13912347865,广东省深圳市南山区科技园路1号\n李娜,13987651234,北京市朝阳区建国路88号\n"
    let bytes = Array(csv.utf8)
    let result = bytes.withUnsafeBufferPointer { scanner.scan($0, path: "a.csv") }
    #expect(result.findings.count == 2)
    #expect(result.findings.allSatisfy { $0.context == nil })
    #expect(result.columns.isEmpty)
  }

  @Test func unstructuredFilesHaveNoContext() throws {
    #expect(try scan("手机 13912347865", path: "notes.txt").first?.context == nil)
  }
}
