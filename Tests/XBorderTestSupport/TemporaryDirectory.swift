import Foundation

/// A fresh directory under the system temp folder, removed when `remove()` is called.
public struct TemporaryDirectory {
  public let url: URL

  public init(prefix: String = "xborder-test") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  public var path: String { url.path }

  /// Writes `contents` to `relativePath`, creating folders as needed; returns the file URL.
  @discardableResult
  public func write(_ relativePath: String, _ contents: String) throws -> URL {
    try write(relativePath, Data(contents.utf8))
  }

  /// Writes raw bytes to `relativePath`, creating folders as needed; returns the file URL.
  @discardableResult
  public func write(_ relativePath: String, _ data: Data) throws -> URL {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    return file
  }

  public func remove() { try? FileManager.default.removeItem(at: url) }
}
