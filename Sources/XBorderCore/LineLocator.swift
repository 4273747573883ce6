/// Turns byte offsets into line and column, walking forward once through the text.
///
/// Only matches need a location, so line numbers are computed lazily: offsets must be asked for
/// in ascending order (findings are sorted by offset first). Columns count Unicode code points and
/// are counted incrementally, so many matches on one long line stay linear.
public struct LineLocator {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var lineNumber: Int
  private var lineStart = 0
  /// Everything before `scanned` has been walked.
  private var scanned = 0
  /// Code points between `lineStart` and `scanned`.
  private var columnSoFar = 0

  /// Starts at the beginning of `bytes`, line 1.
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.lineNumber = 1
  }

  /// Starts at `offset` of `bytes`, known to be on `line` after `columnsBefore` code points of that line
  /// (a window of a file scanned in chunks continues where the previous window stopped).
  public init(bytes: UnsafeBufferPointer<UInt8>, startingAt offset: Int, line: Int, columnsBefore: Int) {
    self.bytes = bytes
    self.lineNumber = line
    self.scanned = offset
    self.lineStart = offset
    self.columnSoFar = columnsBefore
  }

  /// The 1-based line and code-point column of `offset`. Offsets must not decrease between calls.
  public mutating func locate(_ offset: Int) -> (line: Int, column: Int) {
    precondition(offset >= scanned, "LineLocator offsets must be ascending")
    while scanned < offset {
      let byte = bytes[scanned]
      if byte == 0x0A {
        lineNumber += 1
        lineStart = scanned + 1
        columnSoFar = 0
      } else if byte & 0xC0 != 0x80 {
        columnSoFar += 1
      }
      scanned += 1
    }
    return (lineNumber, columnSoFar + 1)
  }

  /// Number of code points (UTF-8 lead bytes, or invalid bytes) in `bytes[from..<to]`.
  public static func codePoints(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var count = 0
    var index = from
    while index < to {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}
