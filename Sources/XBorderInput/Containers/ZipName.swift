/// Entry names of archives, turned into labels for reports (never used as file system paths).
enum ZipName {
  /// The name in `bytes`: UTF-8 when flagged or valid, else GB18030 when it decodes, else Latin-1.
  static func decode(_ bytes: [UInt8], utf8Flag: Bool) -> String {
    if utf8Flag || UTF8Validator.isValid(bytes) { return String(decoding: bytes, as: UTF8.self) }
    if let utf8 = LegacyDecoder.gb18030(bytes) { return String(decoding: utf8, as: UTF8.self) }
    return String(bytes.map { Character(Unicode.Scalar($0)) })
  }

  /// `name` as a label: `\` → `/`, leading `/` and `./` removed, control characters → `?`.
  static func label(_ name: String) -> String {
    var text = String(name.unicodeScalars.map { scalar -> Character in
      if scalar == "\\" { return "/" }
      return scalar.value < 0x20 || scalar.value == 0x7F ? "?" : Character(scalar)
    })
    while true {
      if text.hasPrefix("/") {
        text.removeFirst()
      } else if text.hasPrefix("./") {
        text.removeFirst(2)
      } else {
        break
      }
    }
    return text
  }
}
