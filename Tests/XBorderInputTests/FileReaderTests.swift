import Foundation
import Testing
import XBorderCore
import XBorderInput
import XBorderTestSupport

@Suite("FileReader")
struct FileReaderTests {
  @Test("reads every byte", arguments: [0, 1, 4095, 70_000, 200_000])
  func readsAll(_ size: Int) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let url = try directory.write("f.bin", Data(bytes))
    #expect(try FileReader.read(path: url.path, maxSize: 1 << 20).get() == bytes)
  }

  @Test("the size limit is inclusive")
  func sizeLimit() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("f.txt", "0123456789")
    #expect(try FileReader.read(path: url.path, maxSize: 10).get().count == 10)
    let failure = FileReader.read(path: url.path, maxSize: 9).failure
    #expect(failure?.reason == .tooLarge)
    #expect(failure?.detail == "size 10 bytes exceeds the limit of 9 bytes")
  }

  #if os(Linux)
    @Test("a file longer than stat says (procfs) is read whole, and the limit still holds")
    func growingFile() throws {
      let bytes = try FileReader.read(path: "/proc/self/status", maxSize: 1 << 20).get()
      #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
      let failure = FileReader.read(path: "/proc/self/status", maxSize: 10).failure
      #expect(failure?.reason == .tooLarge)
      #expect(failure?.detail.contains("grew") == true)
    }
  #endif

  @Test("a missing file is unreadable with ENOENT")
  func missing() throws {
    let failure = FileReader.read(path: "/nonexistent/xborder/file.txt", maxSize: 100).failure
    #expect(failure == InputFailure(reason: .unreadable, detail: "cannot open: no such file or directory (ENOENT)"))
  }

  @Test("a directory is unreadable with EISDIR")
  func directoryPath() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let failure = FileReader.read(path: directory.path, maxSize: 100).failure
    #expect(failure == InputFailure(reason: .unreadable, detail: "cannot read: is a directory (EISDIR)"))
  }

  @Test("a FIFO is refused without blocking")
  func fifo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.makeFIFO("pipe")
    let failure = FileReader.read(path: directory.path + "/pipe", maxSize: 100).failure
    #expect(failure?.reason == .notRegularFile)
    #expect(failure?.skippedFile(path: "pipe").detail.contains("FIFO") == true)
  }

  @Test("a file without read permission is unreadable with EACCES")
  func permissionDenied() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("secret.txt", "x")
    directory.setMode("secret.txt", 0o000)
    let result = FileReader.read(path: url.path, maxSize: 100)
    if runningAsRoot {
      // Permission bits do not apply to root; the read succeeds.
      #expect(try result.get() == [UInt8(ascii: "x")])
    } else {
      #expect(result.failure == InputFailure(reason: .unreadable, detail: "cannot open: permission denied (EACCES)"))
    }
  }
}

/// Whole small files through the streaming reader, as the scan reads them.
@Suite("TextChunkReader on whole files")
struct ReadTextTests {
  @Test("text is read and decoded")
  func text() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("bom.txt", Data([0xEF, 0xBB, 0xBF] + Array("手机 13800138000\n".utf8)))
    let text = try readWholeText(path: url.path, maxSize: 1 << 20).get()
    #expect(text.bytes == Array("手机 13800138000\n".utf8))
    #expect(text.encoding == "utf-8-bom")
    #expect(text.originalByteCount == text.bytes.count + 3)
  }

  @Test("binary is recognised, short or long", arguments: [3, 8 * 1024, 8 * 1024 + 1, 100_000])
  func binary(_ size: Int) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bytes = [UInt8(0x7F), 0x45, 0] + [UInt8](repeating: 0x41, count: size - 3)
    let url = try directory.write("blob.bin", Data(bytes))
    let failure = readWholeText(path: url.path, maxSize: 1 << 20).failure
    #expect(failure == InputFailure(reason: .binary, detail: "NUL byte at offset 2 in the first 8 KiB"))
  }

  @Test("long text and UTF-16 files come back whole", arguments: [false, true])
  func longText(_ utf16: Bool) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let line = "row,张三,13800138000\n"
    let text = String(repeating: line, count: 2_000)
    let bytes = utf16 ? text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } : Array(text.utf8)
    let url = try directory.write("long.csv", Data(bytes))
    let decoded = try readWholeText(path: url.path, maxSize: 1 << 20).get()
    #expect(decoded.bytes == Array(text.utf8))
    #expect(decoded.encoding == (utf16 ? "utf-16le (no BOM)" : "utf-8"))
  }

  @Test("reader failures come through")
  func failures() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let url = try directory.write("big.txt", "0123456789")
    #expect(readWholeText(path: url.path, maxSize: 5).failure?.reason == .tooLarge)
    #expect(readWholeText(path: directory.path, maxSize: 5).failure?.reason == .unreadable)
  }
}

extension Result {
  /// The error, or nil on success.
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

/// Every block of the file, joined, as one `DecodedText`.
private func readWholeText(path: String, maxSize: Int) -> Result<DecodedText, InputFailure> {
  TextChunkReader.open(path: path, maxSize: maxSize).flatMap { reader in
    var bytes: [UInt8] = []
    while true {
      switch reader.next() {
      case .failure(let failure): return .failure(failure)
      case .success(let block?): bytes += block
      case .success(nil):
        return .success(DecodedText(bytes: bytes, encoding: reader.encoding, originalByteCount: reader.originalByteCount))
      }
    }
  }
}
