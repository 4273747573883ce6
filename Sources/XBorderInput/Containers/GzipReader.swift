/// gzip files (RFC 1952): the header, one or more members, each a raw DEFLATE stream with a trailer.
extension ExpansionContext {
  private static let textFlag: UInt8 = 0x01
  private static let headerCRCFlag: UInt8 = 0x02
  private static let extraFlag: UInt8 = 0x04
  private static let nameFlag: UInt8 = 0x08
  private static let commentFlag: UInt8 = 0x10

  /// Expands a `.gz` file into its one member (concatenated gzip members are joined, as `gunzip` does).
  mutating func expandGzip(path: String, bytes: [UInt8], depth: Int) {
    var offset = 0
    var output: [UInt8] = []
    var innerName: String?
    repeat {
      guard let header = Self.gzipHeader(bytes, at: offset) else {
        skip(path, .corruptContainer, offset == 0 ? "not a gzip file (bad header)" : "bad gzip member header")
        return
      }
      if offset == 0 { innerName = header.name }
      let memberPath = path + "!/" + (innerName ?? Self.nameWithoutGz(path))
      guard countEntry(container: path) else { return }
      guard let (data, consumed) = inflate(path: memberPath, bytes[header.dataStart...]) else { return }
      let trailer = header.dataStart + consumed
      guard let crc = bytes.uint32LE(at: trailer), let size = bytes.uint32LE(at: trailer + 4) else {
        skip(path, .corruptContainer, "gzip trailer missing (file truncated)")
        return
      }
      guard crc == Int(Inflater.crc32(data)), size == data.count & 0xFFFF_FFFF else {
        skip(path, .corruptContainer, "gzip CRC or length mismatch (corrupt data)")
        return
      }
      output += data
      offset = trailer + 8
    } while offset + 1 < bytes.count && bytes[offset] == 0x1F && bytes[offset + 1] == 0x8B
    addFile(path: path + "!/" + (innerName ?? Self.nameWithoutGz(path)), bytes: output, depth: depth)
  }

  /// The header at `offset`: where the DEFLATE data starts and the FNAME field, if any.
  static func gzipHeader(_ bytes: [UInt8], at offset: Int) -> (dataStart: Int, name: String?)? {
    guard offset + 10 <= bytes.count, bytes[offset] == 0x1F, bytes[offset + 1] == 0x8B, bytes[offset + 2] == 8
    else { return nil }
    let flags = bytes[offset + 3]
    guard flags & 0xE0 == 0 else { return nil }
    var position = offset + 10
    if flags & extraFlag != 0 {
      guard let length = bytes.uint16LE(at: position) else { return nil }
      position += 2 + length
    }
    var name: String?
    if flags & nameFlag != 0 {
      guard let end = bytes[min(position, bytes.count)...].firstIndex(of: 0) else { return nil }
      name = fnameLabel(Array(bytes[position..<end]))
      position = end + 1
    }
    if flags & commentFlag != 0 {
      guard let end = bytes[min(position, bytes.count)...].firstIndex(of: 0) else { return nil }
      position = end + 1
    }
    if flags & headerCRCFlag != 0 { position += 2 }
    guard position <= bytes.count else { return nil }
    return (position, name)
  }

  /// The last path component of an FNAME field (ISO 8859-1 by the RFC; UTF-8 in practice), or nil.
  private static func fnameLabel(_ bytes: [UInt8]) -> String? {
    let text = UTF8Validator.isValid(bytes)
      ? String(decoding: bytes, as: UTF8.self) : String(bytes.map { Character(Unicode.Scalar($0)) })
    let last = text.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let clean = ZipName.label(last)
    return clean.isEmpty || clean == "." || clean == ".." ? nil : clean
  }

  /// `x.csv.gz` → `x.csv` (last path component; `.gz` removed case-insensitively).
  static func nameWithoutGz(_ path: String) -> String {
    let base = path.split(separator: "/").last.map(String.init) ?? path
    let trimmed = String(base.dropLast(3))
    return trimmed.isEmpty ? "data" : trimmed
  }
}
