/// The sliding window over a file's text: lookbehind, owned bytes, lookahead (see `ScanLimits`).
struct WindowBuffer {
  let limits: ScanLimits
  var bytes: [UInt8] = []
  /// Where the owned bytes of the next window start.
  private var ownedStart = 0
  private(set) var isAtEnd = false
  /// How far the last `advance` moved the window's first byte (for the structure cursor).
  private(set) var lastShift = 0

  init(limits: ScanLimits) { self.limits = limits }

  /// Reads until the window holds a chunk plus lookahead (or the text ends) and returns the owned
  /// range; nil when everything has been handed out.
  mutating func fill(from source: inout some TextBlockSource) -> Range<Int>? {
    while !isAtEnd, bytes.count - ownedStart < limits.chunkSize + limits.overlap {
      guard let block = source.nextBlock() else {
        isAtEnd = true
        break
      }
      bytes += block
    }
    guard ownedStart < bytes.count || (ownedStart == 0 && bytes.isEmpty && !handedOutEmpty) else { return nil }
    if bytes.isEmpty { handedOutEmpty = true }
    return ownedStart..<ownedEnd()
  }

  private var handedOutEmpty = false

  /// The end of the owned bytes: everything at the end of the text; otherwise just after the last line
  /// break before the lookahead (so lines are not split), or, for a line longer than a chunk, the
  /// start of a UTF-8 character.
  private func ownedEnd() -> Int {
    if isAtEnd { return bytes.count }
    let limit = bytes.count - limits.overlap
    let earliest = ownedStart + limits.chunkSize / 2
    var index = limit
    while index > earliest {
      if bytes[index - 1] == 0x0A { return index }
      index -= 1
    }
    index = limit
    while index > ownedStart + 1, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  /// Drops what the next window no longer needs and returns how many bytes were dropped.
  mutating func advance(past owned: Range<Int>) -> Int {
    var keepFrom = max(0, owned.upperBound - limits.lookbehind)
    while keepFrom > 0, bytes[keepFrom] & 0xC0 == 0x80 { keepFrom -= 1 }  // start on a character
    bytes.removeFirst(keepFrom)
    ownedStart = owned.upperBound - keepFrom
    lastShift = keepFrom
    return keepFrom
  }
}
