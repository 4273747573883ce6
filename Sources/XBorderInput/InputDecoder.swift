/// Turns a file's bytes into UTF-8 text for the scanner, or says why the file is not text.
///
/// Order of checks: a byte order mark decides (UTF-8 BOM stripped; UTF-16/32 transcoded). Without one,
/// a NUL byte in the first `sniffLength` bytes means binary, unless the start reads as BOM-less UTF-16.
/// Anything else is UTF-8 when well-formed; otherwise GB18030 (which covers GBK and GB2312) when the
/// whole file decodes strictly as GB18030; otherwise it is scanned as bytes, labelled
/// `utf-8 (invalid sequences)` (ASCII values are still found; Chinese keywords are not).
public enum InputDecoder {
  /// How much of the start of a file is examined for NUL bytes and UTF-16 patterns.
  public static let sniffLength = 8 * 1024

  /// What the start of a file says about how to decode the whole of it.
  enum Sniff {
    case byteOrderMark(ByteOrderMark)
    case utf16WithoutBOM(UTF16ByteOrder)
    case binary(InputFailure)
    case utf8
  }

  /// The text in `bytes`, or a `.binary` failure.
  public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, InputFailure> {
    switch sniff(bytes.prefix(sniffLength)) {
    case .byteOrderMark(let mark):
      return .success(DecodedText(bytes: mark.decode(bytes), encoding: mark.label, originalByteCount: bytes.count))
    case .utf16WithoutBOM(let order):
      let bigEndian = order == .bigEndian
      let text = UnicodeTranscoder.utf16(bytes[...], bigEndian: bigEndian)
      let label = bigEndian ? EncodingLabel.utf16BENoBOM : EncodingLabel.utf16LENoBOM
      return .success(DecodedText(bytes: text, encoding: label, originalByteCount: bytes.count))
    case .binary(let failure):
      return .failure(failure)
    case .utf8:
      if UTF8Validator.isValid(bytes) { return .success(DecodedText(bytes: bytes, encoding: EncodingLabel.utf8)) }
      if let text = LegacyDecoder.gb18030(bytes) {
        return .success(DecodedText(bytes: text, encoding: EncodingLabel.gb18030, originalByteCount: bytes.count))
      }
      return .success(DecodedText(bytes: bytes, encoding: EncodingLabel.utf8Invalid))
    }
  }

  static func sniff(_ prefix: ArraySlice<UInt8>) -> Sniff {
    if let mark = ByteOrderMark.detect(prefix) { return .byteOrderMark(mark) }
    guard let nul = prefix.firstIndex(of: 0) else { return .utf8 }
    if let order = UTF16Sniffer.byteOrder(of: prefix) { return .utf16WithoutBOM(order) }
    let detail = "NUL byte at offset \(nul - prefix.startIndex) in the first \(sniffLength / 1024) KiB"
    return .binary(InputFailure(reason: .binary, detail: detail))
  }
}
