#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Identifies a directory across paths (symlinks, bind mounts): used to detect loops.
struct DeviceInode: Sendable, Hashable {
  var device: UInt64
  var inode: UInt64
}

/// What kind of file system object a path names.
enum FileKind: Sendable, Hashable {
  case regular, directory, symlink, fifo, socket, characterDevice, blockDevice, unknown

  /// Human wording used in skip details.
  var description: String {
    switch self {
    case .regular: "regular file"
    case .directory: "directory"
    case .symlink: "symbolic link"
    case .fifo: "FIFO (named pipe)"
    case .socket: "socket"
    case .characterDevice: "character device"
    case .blockDevice: "block device"
    case .unknown: "unknown file type"
    }
  }
}

/// The parts of `struct stat` the walker and reader need, behind a small Swift API.
struct FileStatus: Sendable, Hashable {
  var kind: FileKind
  var size: Int
  var identity: DeviceInode

  init(_ raw: RawStat) {
    kind = Self.kind(ofMode: UInt32(raw.st_mode))
    size = Int(raw.st_size)
    identity = DeviceInode(device: UInt64(raw.st_dev), inode: UInt64(raw.st_ino))
  }

  /// Status of `path`; with `followingSymlinks` false a symlink is reported as a symlink.
  static func of(_ path: String, followingSymlinks: Bool) -> Result<FileStatus, OSError> {
    var raw = RawStat()
    let result = followingSymlinks ? statCall(path, &raw) : lstatCall(path, &raw)
    guard result == 0 else { return .failure(.current) }
    return .success(FileStatus(raw))
  }

  /// Status of an open file descriptor.
  static func of(descriptor: Int32) -> Result<FileStatus, OSError> {
    var raw = RawStat()
    guard fstatCall(descriptor, &raw) == 0 else { return .failure(.current) }
    return .success(FileStatus(raw))
  }

  private static func kind(ofMode mode: UInt32) -> FileKind {
    switch mode & UInt32(S_IFMT) {
    case UInt32(S_IFREG): .regular
    case UInt32(S_IFDIR): .directory
    case UInt32(S_IFLNK): .symlink
    case UInt32(S_IFIFO): .fifo
    case UInt32(S_IFSOCK): .socket
    case UInt32(S_IFCHR): .characterDevice
    case UInt32(S_IFBLK): .blockDevice
    default: .unknown
    }
  }
}

// `stat` names both a C struct and a C function; file-level aliases keep the two apart.
typealias RawStat = stat
private func lstatCall(_ path: String, _ raw: inout RawStat) -> Int32 { lstat(path, &raw) }
private func statCall(_ path: String, _ raw: inout RawStat) -> Int32 { stat(path, &raw) }
private func fstatCall(_ descriptor: Int32, _ raw: inout RawStat) -> Int32 { fstat(descriptor, &raw) }

extension FileStatus {
  /// What the symlink at `path` points to, as stored in the link, or nil if it cannot be read.
  static func symlinkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length >= 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
