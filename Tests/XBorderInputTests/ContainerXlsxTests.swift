import Testing
import XBorderCore

@testable import XBorderInput

@Suite("Container xlsx")
struct ContainerXlsxTests {
  typealias Entry = ContainerFixture.Entry

  static let workbook = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
    <sheets><sheet name="客户 &amp; Orders" sheetId="1" r:id="rId1"/>\
    <sheet name="Empty" sheetId="2" r:id="rId2"/></sheets>
    </workbook>
    """
  static let relationships = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
    Target="worksheets/sheet2.xml"/>
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
    Target="/xl/worksheets/sheet1.xml"/>
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
    Target="styles.xml"/>
    </Relationships>
    """
  static let sharedStrings = """
    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
    <si><t>name</t></si><si><t>phone</t></si><si><r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">三</t></r>\
    <rPh><t>ちょう</t></rPh></si><si><t>line
    break</t></si>
    </sst>
    """
  static let sheet1 = """
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
    <c r="C1" t="inlineStr"><is><t>id\tno</t></is></c></row>
    <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>13800138000</v></c><c r="D3" t="b"><v>1</v></c></row>
    <row r="7"><c r="B7" t="inlineStr"><is><t>a&lt;b@example.com</t></is></c><c r="C7" t="s"><v>3</v></c>\
    <c r="E7" t="str"><f>A1</f><v>formula</v></c></row>
    </sheetData></worksheet>
    """

  static func book(sheet1: String = sheet1, extra: [Entry] = []) -> [UInt8] {
    ContainerFixture.zip([
      .init("[Content_Types].xml", "<Types/>"), .init("xl/workbook.xml", workbook),
      .init("xl/_rels/workbook.xml.rels", relationships), .init("xl/sharedStrings.xml", sharedStrings),
      .init("xl/worksheets/sheet1.xml", sheet1),
      .init("xl/worksheets/sheet2.xml", "<worksheet><sheetData/></worksheet>"),
    ] + extra)
  }

  @Test func sheetRowsLandOnTheirLines() throws {
    let expansion = ContainerReader.expand(path: "data/book.xlsx", bytes: Self.book(), limits: .standard)
    #expect(expansion.skipped.isEmpty)
    #expect(expansion.members.map(\.path) == ["data/book.xlsx!/客户 & Orders.tsv", "data/book.xlsx!/Empty.tsv"])
    let lines = ContainerFixture.text(expansion.members[0]).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "name\tphone\tid no")
    #expect(lines[1] == "")
    #expect(lines[2] == "张三\t13800138000\t\tTRUE")
    #expect(lines[6] == "\ta<b@example.com\tline break\t\tformula")
    #expect(lines.count == 8)
    #expect(ContainerFixture.text(expansion.members[1]) == "")
  }

  @Test func xlsxInsideZipIsExpanded() {
    let zip = ContainerFixture.zip([Entry("reports/q1.XLSX", Self.book())])
    let expansion = ContainerReader.expand(path: "all.zip", bytes: zip, limits: .standard)
    #expect(expansion.members.first?.path == "all.zip!/reports/q1.XLSX!/客户 & Orders.tsv")
  }

  @Test func malformedSheetIsCorruptAndOthersStillRead() {
    let bytes = Self.book(sheet1: "<worksheet><sheetData><row r=\"1\"><c r=\"A1")
    let expansion = ContainerReader.expand(path: "b.xlsx", bytes: bytes, limits: .standard)
    #expect(expansion.members.map(\.path) == ["b.xlsx!/Empty.tsv"])
    #expect(expansion.skipped.map(\.path) == ["b.xlsx!/客户 & Orders.tsv"])
    #expect(expansion.skipped.first?.reason == .corruptContainer)
  }

  @Test func zipWithoutWorkbookIsCorrupt() {
    let bytes = ContainerFixture.zip([.init("hello.txt", "hi")])
    let expansion = ContainerReader.expand(path: "fake.xlsx", bytes: bytes, limits: .standard)
    #expect(expansion.members.isEmpty)
    #expect(expansion.skipped.map(\.path) == ["fake.xlsx"])
    #expect(expansion.skipped.first?.reason == .corruptContainer)
  }

  @Test func columnLettersAndRowsOfReferences() {
    #expect(SheetParser.column(of: "A1") == 1)
    #expect(SheetParser.column(of: "AA10") == 27)
    #expect(SheetParser.column(of: "XFD1") == 16_384)
    #expect(SheetParser.column(of: "XFE1") == nil)
    #expect(SheetParser.row(of: "C7") == 7)
  }

  @Test func scannerSurvivesGarbage() {
    let inputs = ["<", "<a b='", "<!--", "<![CDATA[x", "&#xFFFFFFFF; &bogus; <a/>", "</>", "<:/>", "text only"]
    for input in inputs {
      _ = XMLScanner.scan(Array(input.utf8)) { _ in }
      _ = SheetParser.tsv(Array(input.utf8), sharedStrings: [])
      _ = SheetParser.sharedStrings(Array(input.utf8))
    }
    #expect(XMLScanner.decodeEntities(Array("a&amp;b&#26;&#x4E2D;".utf8)[...]) == Array("a&b\u{1A}中".utf8))
  }
}
