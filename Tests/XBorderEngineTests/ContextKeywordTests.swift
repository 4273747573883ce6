import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// Which context keyword a finding names: the nearest, the one listed first on a tie, before over after.
@Suite struct ContextKeywordTests {
  static func reasons(keywords: String, exclusions: String = "[]", _ text: String) throws -> [String] {
    let body = """
      patterns:
        - regex: '(?<![0-9])1[3-9][0-9]{9}(?![0-9])'
      validators: [cn_mobile]
      context:
        keywords: \(keywords)
      exclusions:
        keywords: \(exclusions)
      """
    let scanner = try OneRulePack.scanner(entity: "cn_mobile", confidence: "low", body)
    return OneRulePack.findings(scanner, text).first?.reasons ?? []
  }

  @Test func nearestKeywordWinsAndAfterCountsDouble() throws {
    // 'tel' ends 1 byte before the value; 'phone' starts 1 byte after it (distance 2·1 + 1 = 3).
    let found = try Self.reasons(keywords: "[phone, tel]", "tel 13912347865 phone")
    #expect(found.contains("keyword 'tel' nearby"))
  }

  @Test func onATieTheKeywordListedFirstWins() throws {
    // 手机 and 机 end at the same byte before the value.
    #expect(try Self.reasons(keywords: "[机, 手机]", "手机13912347865").contains("keyword '机' nearby"))
    #expect(try Self.reasons(keywords: "[手机, 机]", "手机13912347865").contains("keyword '手机' nearby"))
  }

  @Test func shortKeywordsStandAloneAndCaseIsIgnored() throws {
    // 'tel' inside 'hotel' is no keyword; 'TEL' is.
    #expect(try !Self.reasons(keywords: "[tel]", "hotel 13912347865").contains("keyword 'tel' nearby"))
    #expect(try Self.reasons(keywords: "[tel]", "TEL: 13912347865").contains("keyword 'tel' nearby"))
  }

  @Test func aNearerExclusionLowersTheConfidence() throws {
    let found = try Self.reasons(keywords: "[phone]", exclusions: "[订单号]", "phone xxxxxxxx 订单号13912347865")
    #expect(found.contains("exclusion keyword '订单号' nearby"))
  }
}
