import CZlib
import Crypto

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where `TextChunkReader` gets its bytes: a file, or a gzip stream inflated on the fly.
protocol RawByteSource: AnyObject {
  /// Up to `size` bytes; fewer only at the end.
  func read(_ size: Int) -> Result<[UInt8], InputFailure>
}

/// A plain file, read through its descriptor (owned: closed on deinit). Hashes what it reads, so the
/// evidence names exactly the bytes that were scanned, without reading the file a second time.
final class DescriptorSource: RawByteSource {
  let descriptor: Int32
  private var hasher = SHA256()
  /// True once a read came back short: everything up to the end of the file went through the hasher.
  private(set) var reachedEnd = false

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// SHA-256 (hex) of the whole file, once it has been read to the end; nil before.
  var sha256: String? {
    guard reachedEnd else { return nil }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  deinit { close(descriptor) }

  func read(_ size: Int) -> Result<[UInt8], InputFailure> {
    var block = [UInt8](repeating: 0, count: size)
    var count = 0
    while count < size {
      let received = block.withUnsafeMutableBytes { buffer in
        readCall(descriptor, buffer.baseAddress! + count, size - count)
      }
      if received == 0 { break }
      if received < 0 {
        let error = OSError.current
        if error.code == EINTR { continue }
        return .failure(.unreadable(error, "cannot read"))
      }
      count += received
    }
    block.removeLast(size - count)
    hasher.update(data: block)
    if count < size { reachedEnd = true }
    return .success(block)
  }
}

/// A `.gz` file inflated as it is read, so a compressed export of any size is scanned in bounded
/// memory. zlib checks each member's CRC and length; concatenated members are joined, as `gunzip` does.
/// Against decompression bombs, the output may not exceed `maxRatio` times the input once past
/// `ratioThreshold` bytes (the same limits as for archives read in memory).
final class GzipSource: RawByteSource {
  private let file: DescriptorSource
  private var stream = z_stream()
  private var input: [UInt8] = []
  private var inputOffset = 0
  private var consumedTotal = 0
  private var producedTotal = 0
  private var finished = false
  private let maxRatio: Int
  private let ratioThreshold: Int

  init?(file: DescriptorSource, limits: ContainerLimits) {
    self.file = file
    self.maxRatio = limits.maxRatio
    self.ratioThreshold = limits.ratioThreshold
    let windowBits = MAX_WBITS + 16  // + 16: expect and check the gzip header and trailer
    guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
  }

  deinit { inflateEnd(&stream) }

  func read(_ size: Int) -> Result<[UInt8], InputFailure> {
    var output = [UInt8](repeating: 0, count: size)
    var produced = 0
    while produced < size, !finished {
      if inputOffset == input.count {
        switch file.read(64 << 10) {
        case .failure(let failure): return .failure(failure)
        case .success(let block):
          guard !block.isEmpty else { return .failure(Self.corrupt("compressed data ends early (file truncated)")) }
          (input, inputOffset) = (block, 0)
        }
      }
      switch inflateStep(into: &output, at: &produced) {
      case .failure(let failure): return .failure(failure)
      case .success: break
      }
      if producedTotal > ratioThreshold, producedTotal > consumedTotal * maxRatio {
        return .failure(
          InputFailure(
            reason: .limitExceeded,
            detail: "decompression ratio over \(maxRatio):1 after \(producedTotal) bytes (a decompression bomb?)"))
      }
    }
    output.removeLast(size - produced)
    return .success(output)
  }

  /// One zlib call; at the end of a member, starts the next one if the input goes on with one.
  private func inflateStep(into output: inout [UInt8], at produced: inout Int) -> Result<Void, InputFailure> {
    let available = input.count - inputOffset
    let room = output.count - produced
    let result = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress! + inputOffset
        stream.avail_in = UInt32(available)
        stream.next_out = target.baseAddress! + produced
        stream.avail_out = UInt32(room)
        return inflate(&stream, Z_NO_FLUSH)
      }
    }
    let used = available - Int(stream.avail_in)
    let made = room - Int(stream.avail_out)
    inputOffset += used
    consumedTotal += used
    producedTotal += made
    produced += made
    switch result {
    case Z_OK, Z_BUF_ERROR:
      return .success(())
    case Z_STREAM_END:
      return nextMember()
    default:
      let message = stream.msg.map { String(cString: $0) } ?? "error \(result)"
      return .failure(Self.corrupt("invalid gzip data (\(message))"))
    }
  }

  private func nextMember() -> Result<Void, InputFailure> {
    if inputOffset == input.count {
      switch file.read(64 << 10) {
      case .failure(let failure): return .failure(failure)
      case .success(let block): (input, inputOffset) = (block, 0)
      }
    }
    guard inputOffset + 1 < input.count, input[inputOffset] == 0x1F, input[inputOffset + 1] == 0x8B else {
      finished = true  // the end (trailing bytes that are not a gzip member are ignored, as gunzip does)
      return .success(())
    }
    inflateReset(&stream)
    return .success(())
  }

  private static func corrupt(_ detail: String) -> InputFailure {
    InputFailure(reason: .corruptContainer, detail: detail)
  }
}
