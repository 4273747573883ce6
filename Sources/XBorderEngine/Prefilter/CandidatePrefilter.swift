import XBorderRules

/// One cheap pass over a file's bytes that finds, for each pattern with a `prefilter` hint (its own or its
/// rule's), the windows where its matches can start; the pattern then runs only there (`WindowedSearch`).
///
/// Sound by the hint's promise: every match contains an anchor (a literal, or a whole digit or hex run
/// of a listed length), is at most `maxMatchLength` bytes long and starts at most `maxLead` bytes before
/// that anchor, so it starts in `[max(anchorEnd - maxMatchLength, anchorStart - maxLead), anchorStart]`.
/// Patterns without a hint get no windows (nil) and run on the whole buffer. Immutable after init.
final class CandidatePrefilter: Sendable {
  private static let digitClass: UInt8 = 1
  private static let literalClass: UInt8 = 2
  /// A–F, a–f; set only when some rule has a `hex_runs` hint.
  private static let hexLetterClass: UInt8 = 4

  /// Per slot: the longest match, and the most bytes a match starts before its anchor.
  private let reach: [Int]
  private let lead: [Int]
  private let hinted: [Bool]
  private let digitRuns: RunIndex
  private let hexRuns: RunIndex
  private let literals: LiteralTable
  /// Bit set of the classes above, per byte value.
  private let byteClass: [UInt8]

  /// Windows are kept per pattern ("slot"): the slots of rule r are `firstSlot[r]...` in pattern order.
  private let firstSlot: [Int]

  init(rules: [CompiledRule]) {
    let hints = rules.flatMap { $0.patterns.map(\.prefilter) }
    var first: [Int] = []
    var next = 0
    for rule in rules {
      first.append(next)
      next += rule.patterns.count
    }
    firstSlot = first
    reach = hints.map { $0?.maxMatchLength ?? 0 }
    lead = hints.map { $0?.maxLead ?? 0 }
    hinted = hints.map { $0 != nil }
    digitRuns = RunIndex(hints.map { $0?.digitRuns ?? [] })
    hexRuns = RunIndex(hints.map { $0?.hexRuns ?? [] })
    var literalRules: [[UInt8]: [Int]] = [:]
    for (slot, hint) in hints.enumerated() {
      for literal in Set(hint?.literals ?? []) { literalRules[literal, default: []].append(slot) }
    }
    var classes = [UInt8](repeating: 0, count: 256)
    for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { classes[Int(digit)] = Self.digitClass }
    if !hexRuns.isEmpty {
      for letter in Array(UInt8(ascii: "A")...UInt8(ascii: "F")) + Array(UInt8(ascii: "a")...UInt8(ascii: "f")) {
        classes[Int(letter)] |= Self.hexLetterClass
      }
    }
    literals = LiteralTable(
      literalRules.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value.sorted()) })
    for first in literals.firstBytes { classes[Int(first)] |= Self.literalClass }
    byteClass = classes
  }

  /// True when at least one rule has a hint (otherwise the pass is pointless).
  var isUseful: Bool { hinted.contains(true) }

  /// The slot of `windows(in:)` that holds pattern `pattern` of rule `rule`.
  func slot(rule: Int, pattern: Int) -> Int { firstSlot[rule] + pattern }

  /// Per pattern slot (see `slot(rule:pattern:)`): the merged start windows, or nil for a pattern
  /// without a hint.
  func windows(in bytes: UnsafeBufferPointer<UInt8>) -> [[Range<Int>]?] {
    var collector = WindowCollector(reach: reach, lead: lead)
    if let base = bytes.baseAddress {
      byteClass.withUnsafeBufferPointer { classes in
        collect(in: base, count: bytes.count, classes: classes, into: &collector)
      }
    }
    let windows = collector.finish()
    return hinted.indices.map { hinted[$0] ? windows[$0] : nil }
  }

  /// Anchors reach the collector in order of their start: a run's own anchor, then what starts inside it.
  private func collect(
    in base: UnsafePointer<UInt8>, count: Int, classes: UnsafeBufferPointer<UInt8>, into windows: inout WindowCollector
  ) {
    let runClasses = Self.digitClass | Self.hexLetterClass
    var position = 0
    while position < count {
      let kind = classes[Int(base[position])]
      if kind == 0 {
        position += 1
        continue
      }
      guard kind & runClasses != 0 else {
        matchLiterals(at: position, in: base, count: count, into: &windows)
        position += 1
        continue
      }
      // A maximal run of digits and (when hex hints exist) hex letters; digit runs are found inside it.
      let start = position
      while position < count, classes[Int(base[position])] & runClasses != 0 { position += 1 }
      if !hexRuns.isEmpty { addRun(start..<position, of: hexRuns, into: &windows) }
      var inside = start
      while inside < position {
        if base[inside] &- 48 < 10 {
          let digitsStart = inside
          while inside < position, base[inside] &- 48 < 10 { inside += 1 }
          addRun(digitsStart..<inside, of: digitRuns, into: &windows)
          for literalStart in digitsStart..<inside where classes[Int(base[literalStart])] & Self.literalClass != 0 {
            matchLiterals(at: literalStart, in: base, count: count, into: &windows)
          }
          continue
        }
        if classes[Int(base[inside])] & Self.literalClass != 0 {
          matchLiterals(at: inside, in: base, count: count, into: &windows)
        }
        inside += 1
      }
    }
  }

  private func addRun(_ run: Range<Int>, of index: RunIndex, into windows: inout WindowCollector) {
    index.forEachSlot(wanting: run.count) { slot in windows.add(run, slot: slot) }
  }

  private func matchLiterals(
    at position: Int, in base: UnsafePointer<UInt8>, count: Int, into windows: inout WindowCollector
  ) {
    literals.forEachMatch(at: position, in: base, count: count) { slot, length in
      windows.add(position..<(position + length), slot: slot)
    }
  }
}
