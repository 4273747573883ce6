import XBorderRules

/// One cheap pass over a file's bytes that finds, for each rule with a `prefilter` hint, the windows
/// where its matches can start; the rule's regexes then run only there (`WindowedSearch`).
///
/// Sound by the hint's promise: every match contains an anchor (a literal, or a whole digit run of a
/// listed length) and is at most `maxMatchLength` bytes long, so it starts in
/// `[anchorEnd - maxMatchLength, anchorStart]`. Rules without a hint get no windows (nil) and run on the
/// whole buffer. Immutable after init.
final class CandidatePrefilter: Sendable {
  private struct Literal {
    let bytes: [UInt8]
    let rules: [Int]
  }

  private let reach: [Int]
  private let hinted: [Bool]
  /// Rules wanting a digit run of length n, for n < `longRun`; longer runs check `longRunRules`.
  private let rulesByRunLength: [[Int]]
  private let longRunRules: [(rule: Int, runs: [ClosedRange<Int>])]
  /// Literals by first byte (both ASCII cases point at the same list).
  private let literalsByFirstByte: [[Literal]]
  /// 1: digit, 2: first byte of a literal, 3: both.
  private let byteClass: [UInt8]
  /// Whether some literal starts with a digit (then digit runs are searched for literals too).
  private let hasDigitLiterals: Bool
  private static let longRun = 64
  /// Windows closer than this many bytes are merged.
  private static let mergeGap = 48

  init(rules: [CompiledRule]) {
    reach = rules.map { $0.prefilter?.maxMatchLength ?? 0 }
    hinted = rules.map { $0.prefilter != nil }
    var byLength = Array(repeating: [Int](), count: Self.longRun)
    var longRules: [(rule: Int, runs: [ClosedRange<Int>])] = []
    var literalRules: [[UInt8]: [Int]] = [:]
    for (index, rule) in rules.enumerated() {
      guard let hint = rule.prefilter else { continue }
      for length in 1..<Self.longRun where hint.digitRuns.contains(where: { $0.contains(length) }) {
        byLength[length].append(index)
      }
      if hint.digitRuns.contains(where: { $0.upperBound >= Self.longRun }) { longRules.append((index, hint.digitRuns)) }
      for literal in Set(hint.literals) { literalRules[literal, default: []].append(index) }
    }
    rulesByRunLength = byLength
    longRunRules = longRules
    var byFirst = Array(repeating: [Literal](), count: 256)
    var classes = [UInt8](repeating: 0, count: 256)
    for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { classes[Int(digit)] = 1 }
    for (bytes, ruleList) in literalRules.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
      let literal = Literal(bytes: bytes, rules: ruleList.sorted())
      for first in Self.caseVariants(bytes[0]) {
        byFirst[Int(first)].append(literal)
        classes[Int(first)] |= 2
      }
    }
    literalsByFirstByte = byFirst
    hasDigitLiterals = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains { !byFirst[Int($0)].isEmpty }
    byteClass = classes
  }

  /// True when at least one rule has a hint (otherwise the pass is pointless).
  var isUseful: Bool { hinted.contains(true) }

  /// Per rule: the merged start windows, or nil for a rule without a hint.
  func windows(in bytes: UnsafeBufferPointer<UInt8>) -> [[Range<Int>]?] {
    var windows = [[Range<Int>]](repeating: [], count: reach.count)
    if let base = bytes.baseAddress {
      byteClass.withUnsafeBufferPointer { classes in
        collect(in: base, count: bytes.count, classes: classes, into: &windows)
      }
    }
    return hinted.indices.map { hinted[$0] ? windows[$0] : nil }
  }

  private func collect(
    in base: UnsafePointer<UInt8>, count: Int, classes: UnsafeBufferPointer<UInt8>, into windows: inout [[Range<Int>]]
  ) {
    var position = 0
    while position < count {
      let kind = classes[Int(base[position])]
      if kind == 0 {
        position += 1
        continue
      }
      guard kind & 1 != 0 else {
        matchLiterals(at: position, in: base, count: count, into: &windows)
        position += 1
        continue
      }
      // The run's anchor first, then literals starting inside it: anchors stay in order of their start.
      let start = position
      while position < count, base[position] &- 48 < 10 { position += 1 }
      digitRun(start..<position, into: &windows)
      if hasDigitLiterals {
        for inside in start..<position where classes[Int(base[inside])] & 2 != 0 {
          matchLiterals(at: inside, in: base, count: count, into: &windows)
        }
      }
    }
  }

  private func digitRun(_ run: Range<Int>, into windows: inout [[Range<Int>]]) {
    if run.count < Self.longRun {
      for rule in rulesByRunLength[run.count] { Self.addAnchor(run, reach: reach[rule], to: &windows[rule]) }
      return
    }
    for (rule, runs) in longRunRules where runs.contains(where: { $0.contains(run.count) }) {
      Self.addAnchor(run, reach: reach[rule], to: &windows[rule])
    }
  }

  private func matchLiterals(
    at position: Int, in base: UnsafePointer<UInt8>, count: Int, into windows: inout [[Range<Int>]]
  ) {
    for literal in literalsByFirstByte[Int(base[position])] where position + literal.bytes.count <= count {
      var offset = 1
      while offset < literal.bytes.count, Self.lowercased(base[position + offset]) == literal.bytes[offset] {
        offset += 1
      }
      guard offset == literal.bytes.count else { continue }
      for rule in literal.rules {
        Self.addAnchor(position..<(position + offset), reach: reach[rule], to: &windows[rule])
      }
    }
  }

  /// Starts `[anchor.upperBound - reach, anchor.lowerBound]`. Anchors arrive in order of their start, so
  /// a new window ends at or after every earlier one; it absorbs those it touches (or nearly touches:
  /// one wider window costs less than two regex calls), keeping them sorted.
  private static func addAnchor(_ anchor: Range<Int>, reach: Int, to windows: inout [Range<Int>]) {
    var lower = max(0, anchor.upperBound - reach)
    var upper = anchor.lowerBound + 1
    while let last = windows.last, lower <= last.upperBound + mergeGap {
      lower = min(lower, last.lowerBound)
      upper = max(upper, last.upperBound)
      windows.removeLast()
    }
    windows.append(lower..<upper)
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

  private static func caseVariants(_ byte: UInt8) -> [UInt8] {
    byte &- 97 < 26 ? [byte, byte & ~0x20] : [byte]
  }
}
