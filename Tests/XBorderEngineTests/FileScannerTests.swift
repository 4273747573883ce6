import Testing
import XBorderCore
import XBorderEngine
import XBorderRegex
import XBorderRules

@Suite struct FileScannerTests {
  static let pack = #"""
    pack: {id: test, name: Test}
    rules:
      - id: test.mobile
        name: Mobile
        entity: cn_mobile
        level: warning
        description: d
        help: h
        patterns:
          - regex: '(?<![0-9])(?<value>1[3-9][0-9]{9})(?![0-9])'
            capture: value
        validators: [cn_mobile]
        context: {keywords: [手机, phone], window: 16}
        exclusions: {keywords: [订单号, order_id]}
        examples: []
        negative_examples: []
      - id: test.card
        name: Card
        entity: payment_card
        level: error
        confidence: low
        description: d
        help: h
        patterns:
          - regex: '(?<![0-9])[0-9]{16}(?![0-9])'
        validators: [payment_card]
        context: {keywords: [卡号], required: true}
        examples: []
        negative_examples: []
    """#

  private func scan(_ text: String, path: String = "f.txt", key: String = "k") throws -> FileScanner.Result {
    let catalog = try RuleCatalog.load([.init(origin: "test.yaml", text: Self.pack)])
    let scanner = FileScanner(rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array(key.utf8)))
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { scanner.scan($0, path: path) }
  }

  @Test func twoValuesOnOneLineAreTwoFindings() throws {
    let result = try scan("a 13912347865 b 13987651234\n")
    #expect(result.findings.map(\.location.startColumn) == [3, 17])
    #expect(result.findings.allSatisfy { $0.maskedValue.contains("*") })
  }

  @Test func locationCountsCodePointsAfterChinese() throws {
    let result = try scan("第一行\n手机13912347865\n")
    let location = try #require(result.findings.first?.location)
    #expect((location.line, location.startColumn, location.endColumn) == (2, 3, 14))
  }

  @Test func keywordRaisesAndExclusionLowers() throws {
    #expect(try scan("手机: 13912347865").findings.first?.confidence == .high)
    #expect(try scan("x 13912347865").findings.first?.confidence == .medium)
    #expect(try scan("订单号: 13912347865").findings.first?.confidence == .low)
  }

  @Test func nearestKeywordWins() throws {
    let finding = try #require(try scan("订单号: A1, 手机: 13912347865").findings.first)
    #expect(finding.confidence == .high)
    #expect(finding.reasons.contains("keyword '手机' nearby"))
  }

  @Test func requiredContextWithoutKeywordIsLow() throws {
    #expect(try scan("x 4111111111111111").findings.first?.confidence == .low)
    #expect(try scan("卡号 4111111111111111").findings.first?.confidence == .medium)
  }

  @Test func failedValidatorDropsTheMatch() throws {
    #expect(try scan("15412345678 4111111111111112").findings.isEmpty)
  }

  @Test func fingerprintSurvivesLineMovesButNotPathOrKey() throws {
    let a = try #require(try scan("13912347865").findings.first?.fingerprint)
    let b = try #require(try scan("\n\nnew line\n  13912347865").findings.first?.fingerprint)
    let c = try #require(try scan("13912347865", path: "other.txt").findings.first?.fingerprint)
    let d = try #require(try scan("13912347865", key: "other").findings.first?.fingerprint)
    #expect(a == b)
    #expect(a != c && a != d)
    #expect(a.count == 64 && !a.contains("13912347865"))
  }

  @Test func catastrophicPatternIsStoppedAndReported() throws {
    let pack = #"""
      pack: {id: bad, name: Bad}
      rules:
        - id: bad.backtrack
          name: Backtracks
          entity: email
          level: note
          description: d
          help: h
          patterns: [{regex: '(a+)+$'}]
          examples: []
          negative_examples: []
      """#
    let catalog = try RuleCatalog.load([.init(origin: "bad.yaml", text: pack)])
    let scanner = FileScanner(
      rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)),
      limits: MatchSession.Limits(matchLimit: 10_000))
    let bytes = Array((String(repeating: "a", count: 64) + "!").utf8)
    let result = bytes.withUnsafeBufferPointer { scanner.scan($0, path: "x") }
    #expect(result.notifications.count == 1)
    #expect(result.notifications.first?.ruleId == "bad.backtrack")
    #expect(result.notifications.first?.message.contains("resource limit") == true)
  }
}
