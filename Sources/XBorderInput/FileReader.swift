#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into memory without ever blocking on a FIFO or reading past a size limit.
public enum FileReader {
  /// The bytes of the file at `path` (symlinks followed), at most `maxSize` of them.
  ///
  /// Fails with `.unreadable` (permission denied, vanished, a directory, an I/O error; the detail names
  /// the `errno`), `.notRegularFile` (FIFO, socket, device) or `.tooLarge` (by `stat`, or by the bytes
  /// actually read when the file grew in between).
  /// Text files are not read whole: `TextChunkReader` streams them; this is for archives.
  public static func read(path: String, maxSize: Int) -> Result<[UInt8], InputFailure> {
    openRegularFile(path: path, maxSize: maxSize).flatMap { file in
      defer { close(file.descriptor) }
      var reader = BufferedRead(descriptor: file.descriptor, expectedSize: file.size, limit: file.limit)
      return reader.run()
    }
  }

  /// An open descriptor of the regular file at `path` (the caller closes it), its size by `stat`, and the
  /// effective size limit; fails as `read(path:maxSize:)` does before reading anything.
  static func openRegularFile(path: String, maxSize: Int) -> Result<(descriptor: Int32, size: Int, limit: Int), InputFailure> {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .failure(.unreadable(.current, "cannot open")) }
    let limit = max(0, min(maxSize, Int.max - 1))
    let failure: InputFailure
    switch FileStatus.of(descriptor: descriptor) {
    case .failure(let error):
      failure = .unreadable(error, "cannot stat")
    case .success(let status) where status.kind == .directory:
      failure = .unreadable(OSError(code: EISDIR), "cannot read")
    case .success(let status) where status.kind != .regular:
      failure = InputFailure(reason: .notRegularFile, detail: "\(status.kind.description), not a regular file")
    case .success(let status) where status.size > limit:
      failure = .tooLarge(size: status.size, limit: limit)
    case .success(let status):
      return .success((descriptor, status.size, limit))
    }
    close(descriptor)
    return .failure(failure)
  }
}

/// One read-to-end-of-file. One byte of spare room tells "exactly at the limit" from "over it".
private struct BufferedRead {
  /// Growth step when a file turns out longer than `stat` said (e.g. files in `/proc`, growing logs).
  private static let growthStep = 64 * 1024
  let descriptor: Int32
  let limit: Int
  var bytes: [UInt8]
  var count = 0

  /// What `stat` said, capped at the limit, plus the spare byte.
  private let fullCapacity: Int

  init(descriptor: Int32, expectedSize: Int, limit: Int) {
    self.descriptor = descriptor
    self.limit = limit
    self.fullCapacity = min(expectedSize, limit) + 1
    self.bytes = []
  }

  /// Reads everything.
  mutating func run() -> Result<[UInt8], InputFailure> {
    bytes = [UInt8](repeating: 0, count: fullCapacity)
    while true {
      if count == bytes.count {
        guard count <= limit else { return .failure(.tooLarge(size: count, limit: limit, grew: true)) }
        bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, Self.growthStep), limit + 1 - count)))
      }
      let received = readChunk(bytes.count - count)
      if received == 0 { break }
      if received < 0 {
        let error = OSError.current
        if error.code == EINTR { continue }
        return .failure(.unreadable(error, "cannot read"))
      }
      count += received
    }
    bytes.removeLast(bytes.count - count)
    return .success(bytes)
  }

  private mutating func readChunk(_ wanted: Int) -> Int {
    let offset = count
    return bytes.withUnsafeMutableBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      return readCall(descriptor, base + offset, wanted)
    }
  }
}

// `FileReader.read` hides the C function of the same name inside the type.
func readCall(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
