import Testing
import XBorderCore

@Suite struct LineLocatorTests {
  @Test func linesAndCodePointColumns() {
    let text = Array("ab\n手机 13812345678\r\nx".utf8)
    text.withUnsafeBufferPointer { buffer in
      var locator = LineLocator(bytes: buffer)
      #expect(locator.locate(0) == (1, 1))
      let phone = Array("ab\n手机 ".utf8).count
      #expect(locator.locate(phone) == (2, 4))
      #expect(locator.locate(text.count - 1) == (3, 1))
    }
  }
}
