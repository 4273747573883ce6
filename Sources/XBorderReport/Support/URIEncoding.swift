/// Turns scan paths into RFC 3986 URI references for SARIF `artifactLocation.uri`.
enum URIEncoding {
  /// Percent-encodes every byte of `path` except unreserved characters and `/`.
  ///
  /// Spaces, `%`, `:`, `#`, `?` and all non-ASCII text (UTF-8 bytes) are encoded, so the result is a
  /// valid URI reference and a leading segment can never be read as a URI scheme.
  static func encodePath(_ path: String) -> String {
    var result = ""
    result.reserveCapacity(path.utf8.count)
    for byte in path.utf8 {
      if isUnreserved(byte) || byte == UInt8(ascii: "/") {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + hex(byte >> 4) + hex(byte & 0x0F)
      }
    }
    return result
  }

  /// A `file:` URI for the absolute directory `path`, ending in `/` as SARIF base URIs must.
  static func directoryFileURI(_ path: String) -> String {
    var encoded = encodePath(path)
    if !encoded.hasPrefix("/") { encoded = "/" + encoded }
    if !encoded.hasSuffix("/") { encoded += "/" }
    return "file://" + encoded
  }

  /// A `file:` URI for the absolute file `path`.
  static func fileURI(_ path: String) -> String {
    let encoded = encodePath(path)
    return "file://" + (encoded.hasPrefix("/") ? encoded : "/" + encoded)
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
      true
    default:
      false
    }
  }

  private static func hex(_ nibble: UInt8) -> String {
    String(UnicodeScalar(nibble < 10 ? nibble + 48 : nibble + 55))
  }
}
