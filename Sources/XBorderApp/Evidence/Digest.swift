import Crypto
import Foundation

/// SHA-256 helpers: in memory, and streamed from a file in 1 MiB chunks.
enum Digest {
  static func sha256(_ data: some DataProtocol) -> String {
    hex(SHA256.hash(data: data))
  }

  /// The digest and size of the file at `path`, or nil when it cannot be read.
  static func sha256(file path: String) -> (digest: String, bytes: Int)? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hasher = SHA256()
    var total = 0
    while true {
      // nil (or empty) at end of file; a read error throws.
      let chunk: Data?
      do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
      guard let chunk, !chunk.isEmpty else { break }
      hasher.update(data: chunk)
      total += chunk.count
    }
    return (hex(hasher.finalize()), total)
  }

  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }
}
