import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// A file with more findings than the cap lists the first ones and counts the rest exactly.
@Suite struct FindingCapTests {
  /// The engine tests' pack: a mobile rule (keyword `phone`) and a card rule.
  static let pack = FileScannerTests.pack

  static func table(rows: Int) -> [UInt8] {
    var text = "id,phone,note\n"
    for row in 0..<rows { text += "\(row),139\(String(format: "%08d", 12_340_000 + row)),x\n" }
    return Array(text.utf8)
  }

  func scanner() throws -> FileScanner {
    let catalog = try RuleCatalog.load([.init(origin: "test.yaml", text: Self.pack)])
    return FileScanner(rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)))
  }

  @Test func findingsBeyondTheCapAreCountedWithMaskedSamples() throws {
    let text = Self.table(rows: 2_500)
    var source = InMemoryTextSource(text, blockSize: 4096)
    let result = try scanner().scan(
      blocks: &source, path: "orders.csv", limits: ScanLimits(chunkSize: 8192, findingCap: 1_000))
    #expect(result.findings.count == 1_000)
    #expect(result.findings.last?.location.line == 1_001)
    let group = try #require(result.overflow.first)
    #expect(result.overflow.count == 1)
    #expect(group.count == 1_500)
    #expect(group.context == #"column "phone""#)
    #expect(group.samples.map(\.line) == [1_002, 1_003, 1_004])
    #expect(group.samples.allSatisfy { $0.maskedValue.contains("*") && $0.maskedValue.count == 11 })
    // The column summary counts every row, listed or not.
    #expect(result.columns.first { $0.column == "phone" }?.entities.first?.rows == 2_500)
  }

  /// A million records make one group: array positions are not part of the group's context, and key
  /// paths keep their label past record 9,999 (an index is not a digit run of personal data).
  @Test func jsonRecordsGroupByKeyPathWithoutPositions() throws {
    var json = "["
    for index in 0..<10_050 { json += #"{"customer":{"phone":"139\#(String(format: "%08d", 12_340_000 + index))"}},"# }
    json += "{}]"
    let text = Array(json.utf8)
    var source = InMemoryTextSource(text, blockSize: 65_536)
    let result = try scanner().scan(
      blocks: &source, path: "export.json", limits: ScanLimits(chunkSize: 100_000, findingCap: 10))
    #expect(result.overflow.map(\.context) == ["key $[*].customer.phone"])
    let whole = try text.withUnsafeBufferPointer {
      try scanner().scan($0, path: "export.json", limits: ScanLimits(findingCap: 100_000))
    }
    #expect(whole.findings.count > 10_000)
    #expect(result.overflow.first?.count == whole.findings.count - 10, "counted exactly")
    #expect(result.overflow.first?.confidence == .high, "the key raises confidence for every record")
  }

  @Test func noOverflowUnderTheCap() throws {
    let text = Self.table(rows: 50)
    let result = try text.withUnsafeBufferPointer { try scanner().scan($0, path: "orders.csv") }
    #expect(result.findings.count == 50)
    #expect(result.overflow.isEmpty)
  }
}
