import Foundation
import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// Counting from the engine's accepted hits, with the shipped rules and their normalizers.
@Suite struct TallyRecorderTests {
  static let rules: [CompiledRule] = {
    let sources = BuiltinFile.files(under: "rules/packs/").map { RuleCatalog.Source(origin: $0.path, text: $0.text) }
    return (try? RuleCatalog.load(sources).rules) ?? []
  }()

  private func scan(_ text: String, path: String, key: String = "tally-key") -> FileScanner.Result {
    let scanner = FileScanner(rules: Self.rules, fingerprinter: Fingerprinter(keyMaterial: Array(key.utf8)))
    return Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0, path: path, minConfidence: .medium) }
  }

  @Test func normalizedValuesCountOnceAndRowsArePeople() throws {
    let csv = """
      name,手机号,身份证号
      a,+86 139-1234-7865,11010519491231002x
      b,13912347865,11010519491231002X
      c,13987651234,
      """
    let result = scan(csv + "\n", path: "orders.csv")
    let dataset = try #require(result.tally.datasets.first)
    #expect(dataset.path == "orders.csv")
    #expect(dataset.entities[.cnMobile]?.estimate == 2)
    #expect(dataset.entities[.cnResidentId]?.estimate == 1)
    #expect(dataset.records == 3)
    #expect(dataset.subjects.estimate == 2)
    #expect(dataset.subjectBasis[.cnResidentId] == 2)
  }

  @Test func jsonLinesAreRecords() throws {
    let lines = """
      {"phone": "13912347865", "card": "卡号 4111111111111111"}
      {"phone": "13987651234"}
      """
    let dataset = try #require(scan(lines + "\n", path: "events.jsonl").tally.datasets.first)
    #expect(dataset.records == 2)
    #expect(dataset.subjects.estimate == 2)
    #expect(dataset.sensitiveSubjects.estimate == 1)
  }

  @Test func keysAreKeyedAndHoldNoValue() throws {
    let text = "手机 13912347865\n"
    let first = try #require(scan(text, path: "a.txt", key: "key-one").tally.datasets.first)
    let second = try #require(scan(text, path: "a.txt", key: "key-two").tally.datasets.first)
    #expect(first.subjects != second.subjects)
    let json = String(decoding: try JSONEncoder().encode(first), as: UTF8.self)
    #expect(!json.contains("13912347865"))
    let plain = Fingerprinter(keyMaterial: Array("key-one".utf8))
    #expect(
      plain.countingKey(entity: .cnMobile, normalizedValue: "13912347865")
        != plain.countingKey(entity: .phone, normalizedValue: "13912347865"))
  }
}

extension TallyRecorderTests {
  @Test func sqlTuplesOnOneLineAreSeparateRecords() throws {
    let sql = "INSERT INTO users (name, mobile) VALUES "
      + "('a', '13912347865'), ('b', '13987651234'), ('c', '13912347865');\n"
    let dataset = try #require(scan(sql, path: "dump.sql").tally.datasets.first)
    #expect(dataset.records == 3)
    #expect(dataset.subjects.estimate == 2)
  }
}

extension TallyRecorderTests {
  @Test func elementsOfAJSONArrayAreRecordsAcrossLines() throws {
    let json = """
      {"customers": [
        {"身份证号": "11010519491231002X",
         "手机号": "13912347865"},
        {"身份证号": "11010519491231002X",
         "手机号": "13912347865"},
        {"手机号": "13987651234"}
      ]}
      """
    let dataset = try #require(scan(json + "\n", path: "customers.json").tally.datasets.first)
    #expect(dataset.records == 3)
    #expect(dataset.subjects.estimate == 2)
  }
}
