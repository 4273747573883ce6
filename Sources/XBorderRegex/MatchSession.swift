import CPCRE2

/// Per-worker matching state: PCRE2 match data, a match context with limits, and a JIT stack.
///
/// Not thread-safe by design: each worker creates its own session and uses it for every pattern.
public final class MatchSession {
  /// Limits that stop a pathological pattern instead of letting it hang the scan.
  public struct Limits: Sendable, Equatable {
    /// PCRE2 match limit (backtracking steps per match attempt).
    public var matchLimit: UInt32
    /// PCRE2 depth limit (interpreter only; the JIT is bounded by its stack).
    public var depthLimit: UInt32
    /// Largest JIT stack in bytes.
    public var jitStackBytes: Int
    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000, jitStackBytes: Int = 1 << 20) {
      self.matchLimit = matchLimit
      self.depthLimit = depthLimit
      self.jitStackBytes = jitStackBytes
    }
  }

  private let matchData: OpaquePointer
  private let context: OpaquePointer
  private let jitStack: OpaquePointer?

  public init(limits: Limits = Limits()) {
    // pcre2_*_create only fail on allocation failure; treat that as fatal like any Swift allocation.
    matchData = pcre2_match_data_create_8(UInt32(Regex.maxCaptureGroups + 1), nil)!
    context = pcre2_match_context_create_8(nil)!
    pcre2_set_match_limit_8(context, limits.matchLimit)
    pcre2_set_depth_limit_8(context, limits.depthLimit)
    jitStack = RegexEngineInfo.jitAvailable ? pcre2_jit_stack_create_8(32 * 1024, limits.jitStackBytes, nil) : nil
    if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
  }

  deinit {
    if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    pcre2_match_context_free_8(context)
    pcre2_match_data_free_8(matchData)
    emptySubject.deallocate()  // LeakSanitizer: one allocation per session was never freed
  }

  /// Finds the first match of `regex` in `subject[start..<end]` (byte offsets into `subject`).
  ///
  /// Lookbehinds may look before `start` (the whole buffer is the subject), so a match
  /// that begins right after a digit is still rejected by a `(?<!\d)` guard.
  public func firstMatch(
    of regex: Regex, in subject: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil
  ) throws(RegexMatchError) -> RegexMatch? {
    let limit = end ?? subject.count
    guard start <= limit, let base = subject.baseAddress ?? (subject.count == 0 ? emptySubject : nil) else {
      return nil
    }
    // The JIT entry skips pcre2_match's option and subject checks (valid here: the subject is a buffer of
    // `limit` bytes, and invalid UTF-8 is handled by PCRE2_MATCH_INVALID_UTF); the prefilter makes
    // millions of short calls per file, where those checks showed in profiles.
    let rc =
      regex.isJITCompiled
      ? pcre2_jit_match_8(regex.code, base, limit, start, 0, matchData, context)
      : pcre2_match_8(regex.code, base, limit, start, 0, matchData, context)
    if rc == PCRE2_ERROR_NOMATCH { return nil }
    if rc < 0 { throw RegexMatchError(code: rc) }
    return RegexMatch(ovector: pcre2_get_ovector_pointer_8(matchData), groupCount: Int(rc))
  }

  /// Finds the first match of `regex` that starts at or before `startLimit`, searching from `start`.
  ///
  /// Unlike `end`, the limit does not cut the subject: lookaheads and greedy repeats still see every byte
  /// after it, so a match found here is exactly the match an unlimited search from `start` would return
  /// when that match starts by `startLimit` — the basis of the prefilter's windows.
  public func firstMatch(
    of regex: Regex, in subject: UnsafeBufferPointer<UInt8>, from start: Int, startingBy startLimit: Int
  ) throws(RegexMatchError) -> RegexMatch? {
    pcre2_set_offset_limit_8(context, startLimit)
    defer { pcre2_set_offset_limit_8(context, ~0) }
    return try firstMatch(of: regex, in: subject, from: start)
  }

  /// Calls `body` for every non-overlapping match in `subject[start..<end]`, in order.
  /// Return `false` from `body` to stop early.
  public func forEachMatch(
    of regex: Regex, in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil,
    _ body: (RegexMatch) -> Bool
  ) throws(RegexMatchError) {
    let limit = end ?? subject.count
    var position = start
    while position <= limit, let match = try firstMatch(of: regex, in: subject, from: position, to: limit) {
      guard body(match) else { return }
      position = Self.resumePosition(after: match.range, in: subject, limit: limit)
    }
  }

  /// Where the search for the next non-overlapping match starts: after the match, or one character on
  /// when the match was empty.
  public static func resumePosition(after range: Range<Int>, in subject: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    range.upperBound > range.lowerBound ? range.upperBound : nextCharacter(after: range.lowerBound, in: subject, limit: limit)
  }

  /// The offset of the next UTF-8 character start after `offset` (skips continuation bytes).
  static func nextCharacter(after offset: Int, in subject: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    var next = offset + 1
    while next < limit, subject[next] & 0xC0 == 0x80 { next += 1 }
    return next
  }

  private let emptySubject: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
  }()
}

/// One match: byte ranges of the whole match and of each capture group.
///
/// Valid only until the session's next match call; copy out the ranges you need.
public struct RegexMatch {
  let ovector: UnsafeMutablePointer<Int>
  /// Number of ovector pairs PCRE2 set (highest matched group + 1).
  let groupCount: Int

  /// Byte range of the whole match.
  public var range: Range<Int> { ovector[0]..<ovector[1] }

  /// Byte range of capture group `number`, or nil when it did not take part in the match.
  public func range(ofGroup number: Int) -> Range<Int>? {
    guard number >= 0, number < groupCount else { return nil }
    let lower = ovector[2 * number]
    let upper = ovector[2 * number + 1]
    // PCRE2_UNSET is ~0, which reads as -1 through Int.
    guard lower >= 0, upper >= lower else { return nil }
    return lower..<upper
  }
}

/// A match that PCRE2 stopped (a limit was hit) or could not run.
public struct RegexMatchError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The negative PCRE2 return code.
  public let code: Int32
  /// True when a match, depth, heap or JIT stack limit stopped the match: the pattern is too costly here.
  public var isResourceLimit: Bool {
    [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT]
      .contains(code)
  }
  public var description: String { Regex.errorMessage(code) }
}
