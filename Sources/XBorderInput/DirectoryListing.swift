#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The names in one directory, sorted by UTF-8 bytes so every run walks in the same order.
enum DirectoryListing {
  /// Entry names of the directory at `path`, without `.` and `..`.
  ///
  /// Names that are not valid UTF-8 come back with replacement characters; opening them then fails
  /// and they are reported as unreadable rather than silently dropped.
  static func names(at path: String) -> Result<[String], OSError> {
    guard let directory = opendir(path) else { return .failure(.current) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
        tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
          String(cString: $0)
        }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names.sorted(by: ByteOrder.precedes))
  }
}
