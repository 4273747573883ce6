/// One record of a zip central directory.
struct ZipEntry {
  var name: String
  var flags: Int
  var method: Int
  var crc: Int
  var compressedSize: Int
  var uncompressedSize: Int
  var localHeaderOffset: Int

  var isDirectory: Bool { name.hasSuffix("/") }
  var isEncrypted: Bool { flags & 1 != 0 }
}

/// The central directory of a zip archive held in memory (APPNOTE.TXT 4.3), ZIP64 included.
struct ZipDirectory {
  let bytes: [UInt8]
  let entryCount: Int
  let start: Int

  /// Why an archive or an entry cannot be read.
  struct Failure: Error {
    var detail: String
  }

  /// Finds the end of central directory record; fails when `bytes` is not a readable zip archive.
  init(bytes: [UInt8]) throws(Failure) {
    self.bytes = bytes
    guard let end = Self.findEnd(bytes) else {
      throw Failure(detail: "not a zip archive (no end of central directory)")
    }
    var count = bytes.uint16LE(at: end + 10) ?? 0
    var offset = bytes.uint32LE(at: end + 16) ?? 0
    if count == 0xFFFF || offset == 0xFFFF_FFFF, bytes.uint32LE(at: end - 20) == 0x0706_4B50,
      let record = bytes.uint64LE(at: end - 12), bytes.uint32LE(at: record) == 0x0606_4B50,
      let count64 = bytes.uint64LE(at: record + 32), let offset64 = bytes.uint64LE(at: record + 48)
    {
      count = count64
      offset = offset64
    }
    guard offset <= bytes.count else { throw Failure(detail: "central directory offset \(offset) is past the end") }
    self.entryCount = count
    self.start = offset
  }

  /// The records in order, read lazily; `body` returns false to stop. Throws at the first bad record.
  func forEach(_ body: (ZipEntry) -> Bool) throws(Failure) {
    var position = start
    for index in 0..<entryCount {
      guard bytes.uint32LE(at: position) == 0x0201_4B50, let nameLength = bytes.uint16LE(at: position + 28),
        let extraLength = bytes.uint16LE(at: position + 30), let commentLength = bytes.uint16LE(at: position + 32),
        position + 46 + nameLength + extraLength <= bytes.count
      else { throw Failure(detail: "corrupt central directory at record \(index + 1) of \(entryCount)") }
      let nameStart = position + 46
      var entry = ZipEntry(
        name: ZipName.decode(Array(bytes[nameStart..<nameStart + nameLength]), utf8Flag: bytes[position + 9] & 8 != 0),
        flags: bytes.uint16LE(at: position + 8) ?? 0, method: bytes.uint16LE(at: position + 10) ?? 0,
        crc: bytes.uint32LE(at: position + 16) ?? 0, compressedSize: bytes.uint32LE(at: position + 20) ?? 0,
        uncompressedSize: bytes.uint32LE(at: position + 24) ?? 0,
        localHeaderOffset: bytes.uint32LE(at: position + 42) ?? 0)
      applyZip64(&entry, extra: nameStart + nameLength, length: extraLength)
      guard body(entry) else { return }
      position = nameStart + nameLength + extraLength + commentLength
    }
  }

  /// The stored (still compressed) bytes of `entry`.
  func data(of entry: ZipEntry) throws(Failure) -> ArraySlice<UInt8> {
    let header = entry.localHeaderOffset
    guard bytes.uint32LE(at: header) == 0x0403_4B50, let nameLength = bytes.uint16LE(at: header + 26),
      let extraLength = bytes.uint16LE(at: header + 28)
    else { throw Failure(detail: "local header missing or corrupt") }
    let dataStart = header + 30 + nameLength + extraLength
    let (dataEnd, overflow) = dataStart.addingReportingOverflow(entry.compressedSize)
    guard !overflow, dataEnd <= bytes.count else {
      throw Failure(detail: "entry data runs past the end of the archive")
    }
    return bytes[dataStart..<dataEnd]
  }

  /// Replaces 0xFFFFFFFF sizes and offsets with the values of the ZIP64 extra field (header 0x0001).
  private func applyZip64(_ entry: inout ZipEntry, extra: Int, length: Int) {
    var position = extra
    while position + 4 <= extra + length {
      let id = bytes.uint16LE(at: position) ?? 0
      let size = bytes.uint16LE(at: position + 2) ?? 0
      if id == 1 {
        var field = position + 4
        if entry.uncompressedSize == 0xFFFF_FFFF, let value = bytes.uint64LE(at: field) {
          entry.uncompressedSize = value
          field += 8
        }
        if entry.compressedSize == 0xFFFF_FFFF, let value = bytes.uint64LE(at: field) {
          entry.compressedSize = value
          field += 8
        }
        if entry.localHeaderOffset == 0xFFFF_FFFF, let value = bytes.uint64LE(at: field) {
          entry.localHeaderOffset = value
        }
        return
      }
      position += 4 + size
    }
  }

  /// The offset of the end of central directory record, searched back over the longest comment.
  private static func findEnd(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var position = bytes.count - 22
    while position >= lowest {
      if bytes[position] == 0x50, bytes.uint32LE(at: position) == 0x0605_4B50 { return position }
      position -= 1
    }
    return nil
  }
}
