import Foundation
import Testing
import XBorderInput

/// GBK/GB18030 exports (Excel on Simplified-Chinese Windows) are decoded before matching.
@Suite struct LegacyDecodingTests {
  /// "手机号,姓名\r\n13912347865,张伟\r\n" in GBK, written out byte by byte (the test does not use iconv to make it).
  static let gbkCSV: [UInt8] = [
    0xCA, 0xD6, 0xBB, 0xFA, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x0D, 0x0A,
  ] + Array("13912347865,".utf8) + [0xD5, 0xC5, 0xCE, 0xB0, 0x0D, 0x0A]

  @Test func gbkIsDecodedToUTF8() throws {
    let text = try InputDecoder.decode(Self.gbkCSV).get()
    #expect(text.encoding == "gb18030")
    #expect(String(decoding: text.bytes, as: UTF8.self) == "手机号,姓名\r\n13912347865,张伟\r\n")
    #expect(text.originalByteCount == Self.gbkCSV.count)
  }

  @Test func lineStructureIsKept() throws {
    let text = try InputDecoder.decode(Self.gbkCSV).get()
    #expect(text.bytes.filter { $0 == 0x0A }.count == 2)
  }

  @Test func bytesThatAreNotGB18030StayRawAndLabelled() throws {
    // 0xFF is never valid in GB18030 or UTF-8.
    let bytes: [UInt8] = Array("phone 13912347865 ".utf8) + [0xFF, 0x41]
    let text = try InputDecoder.decode(bytes).get()
    #expect(text.encoding == "utf-8 (invalid sequences)")
    #expect(text.bytes == bytes)
  }
}
