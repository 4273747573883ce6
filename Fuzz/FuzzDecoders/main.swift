import Foundation
import FuzzSupport
import XBorderInput

/// Decoders: whole-file decoding (`InputDecoder`) and block-by-block decoding (`TextChunkReader`, with
/// the smallest block size so that multi-byte sequences and encodings meet block boundaries often).
/// Invariant checked: both ways agree on a single-block input, and blocks are never lost.
private let path = NSTemporaryDirectory() + "xborder-fuzz-decoders-\(getpid()).txt"

@_cdecl("FuzzDecoders_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  FuzzDriver.run(argc, argv) { start, count in fuzzDecoders(start, count) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoders(_ start: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  let bytes = FuzzInput.bytes(start, count)
  let whole = InputDecoder.decode(bytes)
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return 0 }
  switch TextChunkReader.open(path: path, maxSize: .max, blockSize: 1) {
  case .failure:
    break
  case .success(let reader):
    var text: [UInt8] = []
    while case .success(let block?) = reader.next() { text += block }
    precondition(reader.originalByteCount == bytes.count, "TextChunkReader lost bytes")
    if bytes.count <= InputDecoder.sniffLength, case .success(let decoded) = whole {
      precondition(decoded.bytes == text, "streamed and whole-file decoding differ on a one-block input")
    }
  }
  return 0
}
