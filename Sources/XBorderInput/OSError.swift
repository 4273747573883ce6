#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An `errno` value with a short, stable, lower-case description such as `permission denied (EACCES)`.
///
/// Reports show these texts to users and tests compare them, so the common codes use a fixed table
/// instead of `strerror`, whose wording differs between C libraries.
struct OSError: Error, Sendable, Hashable, CustomStringConvertible {
  var code: Int32

  /// The calling thread's current `errno`.
  static var current: OSError { OSError(code: errno) }

  var description: String {
    if let known = Self.table[code] { return "\(known.text) (\(known.name))" }
    return "\(String(cString: strerror(code)).lowercased()) (errno \(code))"
  }

  private static let table: [Int32: (name: String, text: String)] = [
    EACCES: ("EACCES", "permission denied"),
    EPERM: ("EPERM", "operation not permitted"),
    ENOENT: ("ENOENT", "no such file or directory"),
    ENOTDIR: ("ENOTDIR", "not a directory"),
    EISDIR: ("EISDIR", "is a directory"),
    ELOOP: ("ELOOP", "too many levels of symbolic links"),
    ENAMETOOLONG: ("ENAMETOOLONG", "file name too long"),
    EIO: ("EIO", "input/output error"),
    EMFILE: ("EMFILE", "too many open files"),
    ENFILE: ("ENFILE", "too many open files in the system"),
    ENOMEM: ("ENOMEM", "out of memory"),
    EOVERFLOW: ("EOVERFLOW", "value too large"),
    ENXIO: ("ENXIO", "no such device or address"),
    EAGAIN: ("EAGAIN", "resource temporarily unavailable"),
    EBUSY: ("EBUSY", "device or resource busy"),
    ESTALE: ("ESTALE", "stale file handle"),
  ]
}
