import Testing
import XBorderCore

@testable import XBorderInput

@Suite("InputDecoder")
struct InputDecoderTests {
  static let sample = "姓名,手机\r\n张三,13800138000\n😀 end"

  private func decoded(_ bytes: [UInt8]) throws -> DecodedText {
    try InputDecoder.decode(bytes).get()
  }

  private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit in
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      return bigEndian ? [high, low] : [low, high]
    }
  }

  private func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.unicodeScalars.flatMap { scalar in
      let bytes = (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
      return bigEndian ? bytes.reversed() : bytes
    }
  }

  @Test("plain UTF-8 passes through unchanged")
  func utf8() throws {
    let text = try decoded(Array(Self.sample.utf8))
    #expect(text == DecodedText(bytes: Array(Self.sample.utf8), encoding: "utf-8"))
    #expect(try decoded([]).encoding == EncodingLabel.utf8)
  }

  @Test("a UTF-8 BOM is stripped")
  func utf8BOM() throws {
    let text = try decoded([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))
    #expect(text.bytes == Array(Self.sample.utf8))
    #expect(text.encoding == "utf-8-bom")
    #expect(text.originalByteCount == Self.sample.utf8.count + 3)
  }

  @Test("UTF-16 and UTF-32 with a BOM are transcoded, line breaks kept")
  func byteOrderMarks() throws {
    let expected = Array(Self.sample.utf8)
    let cases: [([UInt8], String)] = [
      ([0xFF, 0xFE] + utf16(Self.sample, bigEndian: false), "utf-16le"),
      ([0xFE, 0xFF] + utf16(Self.sample, bigEndian: true), "utf-16be"),
      ([0xFF, 0xFE, 0, 0] + utf32(Self.sample, bigEndian: false), "utf-32le"),
      ([0, 0, 0xFE, 0xFF] + utf32(Self.sample, bigEndian: true), "utf-32be"),
    ]
    for (input, label) in cases {
      #expect(try decoded(input) == DecodedText(bytes: expected, encoding: label, originalByteCount: input.count))
    }
  }

  @Test("UTF-16 without a BOM is recognised from its zero bytes", arguments: [false, true])
  func utf16WithoutBOM(bigEndian: Bool) throws {
    let text = "name,phone\nZhang San,13800138000\n张三 is fine\n"
    let input = utf16(text, bigEndian: bigEndian)
    let result = try decoded(input)
    #expect(result.bytes == Array(text.utf8))
    #expect(result.originalByteCount == input.count)
    #expect(result.encoding == (bigEndian ? "utf-16be (no BOM)" : "utf-16le (no BOM)"))
  }

  @Test("NUL bytes without a UTF-16 pattern mean binary")
  func binary() throws {
    let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]
    let failure = InputDecoder.decode(elf + Array("some text".utf8)).failure
    #expect(failure?.reason == .binary)
    #expect(failure?.detail == "NUL byte at offset 7 in the first 8 KiB")
    #expect(InputDecoder.decode([0, 0, 0, 0, 0, 0]).failure?.reason == .binary)
    #expect(InputDecoder.decode([0x61, 0]).failure?.reason == .binary)
  }

  @Test("the binary verdict needs only the first 8 KiB")
  func binaryFromPrefix() {
    let text = [UInt8](repeating: 0x61, count: 100)
    #expect(InputDecoder.decode(text).failure == nil)
    let failure = InputDecoder.decode(text + [0, 1, 2]).failure
    #expect(failure?.detail == "NUL byte at offset 100 in the first 8 KiB")
    #expect(InputDecoder.decode([0xFF, 0xFE] + [0x61, 0, 0, 0]).failure == nil)
  }

  @Test("a NUL after the first 8 KiB does not make a file binary")
  func lateNul() throws {
    let bytes = [UInt8](repeating: 0x61, count: InputDecoder.sniffLength) + [0]
    #expect(try decoded(bytes).encoding == "utf-8")
  }

  @Test("GBK bytes are decoded as GB18030")
  func gbkIsDecoded() throws {
    let gbk: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0x31, 0x33, 0x38]
    let text = try decoded(gbk)
    #expect(text.encoding == "gb18030")
    #expect(String(decoding: text.bytes, as: UTF8.self) == "张三,138")
  }

  @Test("invalid UTF-8 that is not GB18030 either is kept as-is and labelled")
  func invalidUTF8() throws {
    let bytes: [UInt8] = [0x31, 0x33, 0x38, 0xFF, 0xFE, 0x2C]
    #expect(try decoded(bytes) == DecodedText(bytes: bytes, encoding: "utf-8 (invalid sequences)"))
  }

  @Test(
    "UTF-8 validation",
    arguments: [
      ([0x41], true), ([0xC3, 0xA9], true), ([0xE4, 0xB8, 0xAD], true), ([0xF0, 0x9F, 0x98, 0x80], true),
      ([0xC0, 0x80], false), ([0xE0, 0x80, 0x80], false), ([0xED, 0xA0, 0x80], false),
      ([0xF4, 0x90, 0x80, 0x80], false), ([0xE4, 0xB8], false), ([0x80], false), ([0xFF], false),
      (Array("abcdefghijklmnop".utf8) + [0xE4, 0xB8, 0xAD] + Array("qrstuvwx".utf8), true),
      (Array("abcdefghijklmnop".utf8) + [0xE4, 0xB8, 0x41] + Array("qrstuvwx".utf8), false),
    ] as [([UInt8], Bool)])
  func validation(_ bytes: [UInt8], _ valid: Bool) {
    #expect(UTF8Validator.isValid(bytes) == valid)
  }

  @Test("malformed UTF-16 and UTF-32 units become U+FFFD")
  func malformedUnits() {
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    // Lone high surrogate, then 'A', then an odd trailing byte.
    let utf16 = UnicodeTranscoder.utf16([0x00, 0xD8, 0x41, 0x00, 0x42], bigEndian: false)
    #expect(utf16 == replacement + [0x41] + replacement)
    // A lone low surrogate.
    #expect(UnicodeTranscoder.utf16([0xDC, 0x00], bigEndian: true) == replacement)
    // Above U+10FFFF, a surrogate value, then a partial unit.
    let utf32 = UnicodeTranscoder.utf32([0, 0, 0x11, 0, 0, 0xD8, 0, 0, 0x41], bigEndian: false)
    #expect(utf32 == replacement + replacement + replacement)
  }
}
