import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// `xborder:allow` comments: every comment style, same line and line before, rule lists and reasons.
@Suite struct InlineSuppressionTests {
  static let value = "13912347865"

  /// One finding per occurrence of `value` in `text` (rule `rule`), located like the scanner does.
  private func findings(in text: String, rule: String = "pii.cn.mobile") -> [Finding] {
    let bytes = Array(text.utf8)
    let needle = Array(Self.value.utf8)
    var result: [Finding] = []
    var line = 1
    var index = 0
    while index + needle.count <= bytes.count {
      if bytes[index] == 0x0A { line += 1 }
      if Array(bytes[index..<index + needle.count]) == needle {
        result.append(
          Finding(
            ruleId: rule, entity: .cnMobile, level: .error, confidence: .high, reasons: [],
            location: SourceLocation(
              path: "f", line: line, startColumn: 1, endColumn: 2, byteOffset: index, byteLength: needle.count),
            maskedValue: "139******65", fingerprint: "fp"))
      }
      index += 1
    }
    return result
  }

  private func apply(_ text: String, rule: String = "pii.cn.mobile") -> [Finding] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { InlineSuppressions.apply(to: findings(in: text, rule: rule), in: $0) }
  }

  @Test(arguments: [
    "phone = 13912347865  # xborder:allow",
    "phone = 13912347865  // xborder:allow",
    "INSERT INTO t VALUES ('13912347865'); -- xborder:allow",
    "<td>13912347865</td> <!-- xborder:allow -->",
    "phone = 13912347865 ; xborder:allow",
    "call(\"13912347865\"); /* xborder:allow */",
    "phone = 13912347865 #xborder:allow",
  ])
  func sameLineInEveryCommentStyle(line: String) {
    let result = apply(line + "\n")
    #expect(result.count == 1)
    #expect(result[0].suppressions.map(\.kind) == [.inSource])
    #expect(result[0].suppressions[0].justification.isEmpty)
    #expect(result[0].suppressions[0].source == "inline xborder:allow (line 1)")
  }

  @Test(arguments: [
    "# xborder:allow pii.cn.mobile -- synthetic test number",
    "  // xborder:allow pii.cn.mobile -- synthetic test number",
    "-- xborder:allow pii.cn.mobile -- synthetic test number",
    "<!-- xborder:allow pii.cn.mobile -- synthetic test number -->",
    "; xborder:allow pii.cn.mobile -- synthetic test number",
    "/* xborder:allow pii.cn.mobile -- synthetic test number */",
    " * xborder:allow pii.cn.mobile -- synthetic test number",
  ])
  func precedingLineWithRuleAndReason(comment: String) {
    let result = apply("header\n\(comment)\nphone = 13912347865\nnext = 13912347865\n")
    #expect(result.count == 2)
    #expect(result[0].suppressions.map(\.justification) == ["synthetic test number"])
    #expect(result[0].suppressions[0].source == "inline xborder:allow (line 3)")
    #expect(!result[1].isSuppressed, "an allow comment reaches one line only")
  }

  @Test func otherRulesAreNotAllowed() {
    #expect(!apply("x 13912347865 # xborder:allow pii.email -- not this one\n")[0].isSuppressed)
    #expect(apply("x 13912347865 # xborder:allow pii.email,pii.cn.mobile -- both\n")[0].isSuppressed)
    #expect(apply("x 13912347865 # xborder:allow pii.email pii.cn.mobile\n")[0].isSuppressed)
    #expect(apply("x 13912347865 # xborder:allow pii.cn.* -- prefix\n")[0].isSuppressed)
    #expect(!apply("x 13912347865 # xborder:allow pii.phone.* -- prefix\n")[0].isSuppressed)
  }

  @Test func reasonWithoutRuleAllowsEveryRule() {
    let result = apply("x 13912347865 # xborder:allow -- fixture data\n")
    #expect(result[0].suppressions.map(\.justification) == ["fixture data"])
  }

  @Test func markerOutsideACommentDoesNotSuppress() {
    #expect(!apply("note=xborder:allow 13912347865\n")[0].isSuppressed)
    #expect(!apply("x 13912347865 # xborder:allowed\n")[0].isSuppressed)
    #expect(!apply("x 13912347865 # see xborder:allow docs\n")[0].isSuppressed)
  }

  @Test func trailingAllowOnADataLineDoesNotReachTheNextLine() {
    let result = apply("a = 13912347865 # xborder:allow\nb = 13912347865\n")
    #expect(result.map(\.isSuppressed) == [true, false])
  }

  @Test func manyCommentsEachReachOnlyTheirOwnLines() {
    let text = [
      "a 13912347865", "# xborder:allow -- one", "b 13912347865", "c 13912347865",
      "d 13912347865 // xborder:allow -- two", "e 13912347865", "<!-- xborder:allow -- three -->",
      "<!-- xborder:allow pii.email -- not this rule -->", "f 13912347865", "g 13912347865 # xborder:allow -- x",
    ].joined(separator: "\n")
    let result = apply(text)
    #expect(result.map { $0.suppressions.first?.justification ?? "-" } == ["-", "one", "-", "two", "-", "-", "x"])
  }

  @Test func fileWithoutMarkerIsUnchanged() {
    let text = "a = 13912347865\n"
    #expect(apply(text) == findings(in: text))
  }

  @Test func baseOffsetLocatesFindingsInAChunk() {
    let text = "a = 13912347865 # xborder:allow -- chunk\n"
    let bytes = Array(text.utf8)
    var shifted = findings(in: text)
    shifted[0].location.byteOffset += 1000
    let result = bytes.withUnsafeBufferPointer { InlineSuppressions.apply(to: shifted, in: $0, baseOffset: 1000) }
    #expect(result[0].suppressions.map(\.justification) == ["chunk"])
  }

  @Test func requireReasonRejectsReasonlessSuppressions() {
    let result = apply("a = 13912347865 # xborder:allow\nb = 13912347865 # xborder:allow -- fixture\n")
    let checked = InlineSuppressions.requiringReasons(result)
    #expect(checked.findings.map(\.isSuppressed) == [false, true])
    #expect(checked.findings[0].properties["inline_suppression_rejected"] != nil)
    #expect(checked.notifications.count == 1)
    #expect(checked.notifications[0].message.contains("line 1"))
  }

  @Test func fileScannerAttachesInlineSuppressions() throws {
    let pack = #"""
      pack: {id: t, name: T}
      rules:
        - id: t.mobile
          name: Mobile
          entity: cn_mobile
          level: error
          description: d
          help: h
          patterns: [{regex: '(?<![0-9])1[3-9][0-9]{9}(?![0-9])'}]
          validators: [cn_mobile]
          examples: []
          negative_examples: []
      """#
    let catalog = try RuleCatalog.load([.init(origin: "t.yaml", text: pack)])
    let scanner = FileScanner(rules: catalog.rules, fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)))
    let bytes = Array("# xborder:allow t.mobile -- test number\nphone: 13912347865\nphone: 13987651234\n".utf8)
    let result = bytes.withUnsafeBufferPointer { scanner.scan($0, path: "a.yaml") }
    #expect(result.findings.map(\.isSuppressed) == [true, false])
  }
}
