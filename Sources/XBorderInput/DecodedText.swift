/// A file's text as UTF-8 bytes, with the encoding it was read as.
public struct DecodedText: Sendable, Hashable {
  /// UTF-8 text (possibly with invalid sequences when `encoding` says so), BOM removed.
  public var bytes: [UInt8]
  /// One of the `EncodingLabel` values; goes into `ScannedFile.encoding`.
  public var encoding: String

  /// Size of the file's bytes before decoding (differs from `bytes.count` after a BOM or transcoding).
  public var originalByteCount: Int

  /// Creates decoded text; `originalByteCount` defaults to `bytes.count` (nothing was transcoded).
  public init(bytes: [UInt8], encoding: String, originalByteCount: Int? = nil) {
    self.bytes = bytes
    self.encoding = encoding
    self.originalByteCount = originalByteCount ?? bytes.count
  }
}
