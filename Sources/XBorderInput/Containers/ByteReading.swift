/// Little-endian reads from a byte array that return nil instead of reading out of bounds.
extension Array where Element == UInt8 {
  func uint16LE(at offset: Int) -> Int? {
    guard offset >= 0, offset <= count - 2 else { return nil }
    return Int(self[offset]) | Int(self[offset + 1]) << 8
  }

  func uint32LE(at offset: Int) -> Int? {
    guard offset >= 0, offset <= count - 4 else { return nil }
    return (0..<4).reduce(0) { $0 | Int(self[offset + $1]) << (8 * $1) }
  }

  func uint64LE(at offset: Int) -> Int? {
    guard offset >= 0, offset <= count - 8 else { return nil }
    let value = (0..<8).reduce(UInt64(0)) { $0 | UInt64(self[offset + $1]) << (8 * UInt64($1)) }
    return value > UInt64(Int.max) ? nil : Int(value)
  }
}
