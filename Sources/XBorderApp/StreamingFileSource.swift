import XBorderCore
import XBorderEngine
import XBorderInput

/// Feeds one file's text to the engine block by block (`TextChunkReader`), keeping the read failure
/// that ended the stream early, if any, so the caller can report it.
struct StreamingFileSource: TextBlockSource {
  let reader: TextChunkReader
  private(set) var failure: InputFailure?

  init(_ reader: TextChunkReader) { self.reader = reader }

  mutating func nextBlock() -> [UInt8]? {
    guard failure == nil else { return nil }
    switch reader.next() {
    case .success(let block): return block
    case .failure(let failure):
      self.failure = failure
      return nil
    }
  }
}
