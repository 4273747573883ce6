/// The encoding labels `InputDecoder` produces, as reports show them.
public enum EncodingLabel {
  /// Valid UTF-8 (ASCII included), no BOM.
  public static let utf8 = "utf-8"
  /// UTF-8 after a byte order mark, which was stripped.
  public static let utf8BOM = "utf-8-bom"
  /// Not valid UTF-8 and not recognised as anything else; scanned as-is (the regex engine tolerates it).
  public static let utf8Invalid = "utf-8 (invalid sequences)"
  /// UTF-16 little-endian with a BOM, transcoded to UTF-8.
  public static let utf16LE = "utf-16le"
  /// UTF-16 big-endian with a BOM, transcoded to UTF-8.
  public static let utf16BE = "utf-16be"
  /// UTF-32 little-endian with a BOM, transcoded to UTF-8.
  public static let utf32LE = "utf-32le"
  /// UTF-32 big-endian with a BOM, transcoded to UTF-8.
  public static let utf32BE = "utf-32be"
  /// UTF-16 little-endian recognised without a BOM, transcoded to UTF-8.
  public static let utf16LENoBOM = "utf-16le (no BOM)"
  /// UTF-16 big-endian recognised without a BOM, transcoded to UTF-8.
  public static let utf16BENoBOM = "utf-16be (no BOM)"
  /// GB18030 (a superset of GBK and GB2312), decoded with iconv when a file is not valid UTF-8.
  public static let gb18030 = "gb18030"
}
