import CPCRE2

/// A PCRE2 pattern compiled once (UTF + UCP, invalid UTF-8 tolerated, JIT when available).
///
/// The compiled code is immutable after `init`, so one instance is shared by every worker;
/// per-match scratch state lives in a `MatchSession`, owned by one worker at a time.
public final class Regex: @unchecked Sendable {
  /// The pattern text as written by the rule author.
  public let pattern: String
  /// True when PCRE2's JIT compiled the pattern; false means the interpreter runs it.
  public let isJITCompiled: Bool
  /// Number of capture groups (group 0, the whole match, not counted).
  public let captureCount: Int
  /// Named groups → group number.
  public let namedGroups: [String: Int]
  /// The longest match in bytes, or nil when the pattern is unbounded (`*`, `+`, `{n,}`) or not understood.
  public let maxMatchLength: Int?
  let code: OpaquePointer

  /// The largest number of capture groups a pattern may have; match data is sized for it.
  public static let maxCaptureGroups = 31

  /// Compiles `pattern`; throws `RegexCompileError` with PCRE2's message and the byte offset of the problem.
  public init(_ pattern: String, options: RegexOptions = []) throws(RegexCompileError) {
    var errorCode: Int32 = 0
    var errorOffset: Int = 0
    // USE_OFFSET_LIMIT lets a prefilter bound where a match may start (MatchSession.firstMatch(startingBy:)).
    let flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_USE_OFFSET_LIMIT | options.pcre2Flags
    let compiled = pattern.withCString { cString in
      cString.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) {
        pcre2_compile_8($0, pattern.utf8.count, flags, &errorCode, &errorOffset, nil)
      }
    }
    guard let compiled else {
      throw RegexCompileError(message: Self.errorMessage(errorCode), offset: errorOffset)
    }
    self.code = compiled
    self.pattern = pattern
    self.captureCount = Int(Self.info(compiled, PCRE2_INFO_CAPTURECOUNT))
    self.namedGroups = Self.readNameTable(compiled)
    self.isJITCompiled = RegexEngineInfo.jitAvailable && pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
    self.maxMatchLength = PatternLength.maxBytes(
      pattern, extended: options.contains(.extended), caseless: options.contains(.caseless))
    if captureCount > Self.maxCaptureGroups {
      throw RegexCompileError(
        message: "too many capture groups (\(captureCount), at most \(Self.maxCaptureGroups))", offset: 0)
    }
  }

  deinit { pcre2_code_free_8(code) }

  /// The group number of a named group, if the pattern declares it.
  public func groupNumber(named name: String) -> Int? { namedGroups[name] }

  static func errorMessage(_ code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
    guard length > 0 else { return "PCRE2 error \(code)" }
    return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
  }

  private static func info(_ code: OpaquePointer, _ what: Int32) -> UInt32 {
    var value: UInt32 = 0
    _ = pcre2_pattern_info_8(code, UInt32(what), &value)
    return value
  }

  private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
    let count = Int(info(code, PCRE2_INFO_NAMECOUNT))
    guard count > 0 else { return [:] }
    let entrySize = Int(info(code, PCRE2_INFO_NAMEENTRYSIZE))
    var table: UnsafePointer<UInt8>?
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard let table else { return [:] }
    var names: [String: Int] = [:]
    for index in 0..<count {
      let entry: UnsafePointer<UInt8> = table.advanced(by: index * entrySize)
      let number = Int(entry[0]) << 8 | Int(entry[1])
      let nameBytes = UnsafeBufferPointer(start: entry.advanced(by: 2), count: entrySize - 2)
      let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
      names[name] = number
    }
    return names
  }
}

/// Compile-time options a rule may ask for.
public struct RegexOptions: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }
  /// Case-insensitive matching.
  public static let caseless = RegexOptions(rawValue: 1 << 0)
  /// `^` and `$` match at line starts and ends.
  public static let multiline = RegexOptions(rawValue: 1 << 1)
  /// `.` also matches newlines.
  public static let dotAll = RegexOptions(rawValue: 1 << 2)
  /// Whitespace and `#` comments in the pattern are ignored.
  public static let extended = RegexOptions(rawValue: 1 << 3)

  var pcre2Flags: UInt32 {
    var flags: UInt32 = 0
    if contains(.caseless) { flags |= PCRE2_CASELESS }
    if contains(.multiline) { flags |= PCRE2_MULTILINE }
    if contains(.dotAll) { flags |= PCRE2_DOTALL }
    if contains(.extended) { flags |= PCRE2_EXTENDED }
    return flags
  }
}

/// A pattern that PCRE2 refused to compile.
public struct RegexCompileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// PCRE2's own explanation.
  public let message: String
  /// Byte offset in the pattern where PCRE2 stopped.
  public let offset: Int
  public var description: String { "\(message) at offset \(offset)" }
}

/// Facts about the linked PCRE2 library.
public enum RegexEngineInfo {
  /// Whether this PCRE2 build has a working JIT for this CPU.
  public static let jitAvailable: Bool = {
    var value: UInt32 = 0
    return pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value) >= 0 && value == 1
  }()

  /// The PCRE2 version string, e.g. "10.42 2022-12-11".
  public static let version: String = {
    var buffer = [UInt8](repeating: 0, count: 64)
    let length = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), &buffer)
    guard length > 1 else { return "unknown" }
    return String(decoding: buffer.prefix(Int(length) - 1), as: UTF8.self)
  }()
}
