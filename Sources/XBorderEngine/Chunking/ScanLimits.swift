import XBorderCore

/// How a file is cut into windows and how many findings one file may list.
///
/// A window holds `lookbehind` bytes of the previous window, then the bytes it owns (at least
/// `chunkSize`, ending after a line break when there is one), then `overlap` bytes of lookahead. A match
/// belongs to the window whose owned bytes hold its first byte, and the window's regexes see the
/// lookbehind and lookahead, so no match shorter than `overlap` is lost or doubled at a boundary, and
/// the keywords beside it (same line, within `lookbehind`) still count.
public struct ScanLimits: Sendable, Hashable {
  public var chunkSize: Int
  public var overlap: Int
  public var lookbehind: Int
  /// Findings listed one by one per file; beyond it they are counted in `FindingOverflow` groups.
  public var findingCap: Int

  /// 1,000 findings per file: enough to act on; GitHub keeps at most 25,000 results per SARIF run.
  public static let defaultFindingCap = ScanReport.defaultFindingCapPerFile

  public init(
    chunkSize: Int = 1 << 20, overlap: Int = 16 << 10, lookbehind: Int = 4 << 10, findingCap: Int = defaultFindingCap
  ) {
    precondition(chunkSize > 0 && overlap > 0 && lookbehind >= 0 && findingCap >= 0)
    self.chunkSize = chunkSize
    self.overlap = overlap
    self.lookbehind = lookbehind
    self.findingCap = findingCap
  }
}

/// Successive blocks of one file's decoded UTF-8 text; nil after the last (or when reading failed: the
/// source keeps the failure for its owner to report).
public protocol TextBlockSource {
  mutating func nextBlock() -> [UInt8]?
}

/// A text already in memory (e.g. a member of an archive), handed out in blocks so that the scan's
/// working memory stays bounded as for files read from disk.
public struct InMemoryTextSource: TextBlockSource {
  private let text: [UInt8]
  private let blockSize: Int
  private var offset = 0

  public init(_ text: [UInt8], blockSize: Int = 1 << 20) {
    self.text = text
    self.blockSize = max(1, blockSize)
  }

  public mutating func nextBlock() -> [UInt8]? {
    guard offset < text.count else { return nil }
    let end = min(text.count, offset + blockSize)
    defer { offset = end }
    return Array(text[offset..<end])
  }
}
