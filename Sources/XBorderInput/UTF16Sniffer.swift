/// Recognises UTF-16 text that has no byte order mark.
///
/// Mostly-ASCII UTF-16 has a zero byte in every other position (odd positions for little-endian,
/// even for big-endian) and printable ASCII in the others. Binary data rarely looks like that: it has
/// control bytes and runs of zeros, which count against the guess.
enum UTF16Sniffer {
  /// Share of code units that must be ASCII text with a zero high byte, in percent.
  private static let minimumASCIIPercent = 50
  /// The winning byte order must beat the other one by this factor.
  private static let dominance = 4

  /// The byte order `sample` (the start of a file) reads as UTF-16 text in, or nil.
  static func byteOrder(of sample: ArraySlice<UInt8>) -> UTF16ByteOrder? {
    let units = sample.count / 2
    guard units >= 2 else { return nil }
    var little = 0
    var big = 0
    var nulUnits = 0
    var index = sample.startIndex
    for _ in 0..<units {
      let first = sample[index]
      let second = sample[index + 1]
      index += 2
      if first == 0 && second == 0 {
        nulUnits += 1
      } else if second == 0 && isTextASCII(first) {
        little += 1
      } else if first == 0 && isTextASCII(second) {
        big += 1
      }
    }
    // U+0000 is not text; allow a stray one (e.g. a terminator) but no more than 1 % of the units.
    guard nulUnits * 100 <= units else { return nil }
    if little * 100 >= units * minimumASCIIPercent && little >= big * dominance { return .littleEndian }
    if big * 100 >= units * minimumASCIIPercent && big >= little * dominance { return .bigEndian }
    return nil
  }

  /// Tab, line feed, carriage return and printable ASCII.
  private static func isTextASCII(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0D || (0x20...0x7E).contains(byte)
  }
}

/// Byte order of UTF-16 code units.
enum UTF16ByteOrder: Sendable {
  case littleEndian, bigEndian
}
