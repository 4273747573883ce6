/// Start windows per pattern slot while the prefilter pass runs.
///
/// Anchors arrive in order of their start, so a new window ends at or after every earlier one. Each slot's
/// newest window stays open in flat memory: the common case, an anchor near the previous one, widens it
/// without touching the per-slot arrays. `finish()` closes the open windows and frees that memory.
struct WindowCollector {
  /// Windows closer than this many bytes are merged: one wider window costs less than two regex calls.
  static let mergeGap = 48

  private var closed: [[Range<Int>]]
  private let openLower: UnsafeMutableBufferPointer<Int>
  /// -1 while the slot has no open window.
  private let openUpper: UnsafeMutableBufferPointer<Int>
  /// Per slot: the longest match, and the most bytes a match starts before its anchor.
  private let reach: UnsafeMutableBufferPointer<Int>
  private let lead: UnsafeMutableBufferPointer<Int>

  init(reach: [Int], lead: [Int]) {
    closed = Array(repeating: [], count: reach.count)
    openLower = FlatBuffer.copy(Array(repeating: 0, count: reach.count))
    openUpper = FlatBuffer.copy(Array(repeating: -1, count: reach.count))
    self.reach = FlatBuffer.copy(reach)
    self.lead = FlatBuffer.copy(lead)
  }

  /// Adds the starts `[max(anchor.upperBound - reach, anchor.lowerBound - lead), anchor.lowerBound]`.
  @inline(__always)
  mutating func add(_ anchor: Range<Int>, slot: Int) {
    let reach = reach[slot]
    let lead = lead[slot]
    // An anchor longer than the pattern's longest match is in none of its matches (a rule's literal
    // that only another of its patterns can hold).
    guard anchor.count <= reach else { return }
    let lower = max(0, anchor.upperBound - reach, anchor.lowerBound - lead)
    let upper = anchor.lowerBound + 1
    let openEnd = openUpper[slot]
    if openEnd >= 0, lower <= openEnd + Self.mergeGap, lower >= openLower[slot] {
      openUpper[slot] = max(openEnd, upper)
      return
    }
    // Rare: the new window reaches back past the open one's start (a long anchor after a short one).
    var merged = lower..<upper
    if openEnd >= 0 { closed[slot].append(openLower[slot]..<openEnd) }
    while let last = closed[slot].last, merged.lowerBound <= last.upperBound + Self.mergeGap {
      merged = min(merged.lowerBound, last.lowerBound)..<max(merged.upperBound, last.upperBound)
      closed[slot].removeLast()
    }
    openLower[slot] = merged.lowerBound
    openUpper[slot] = merged.upperBound
  }

  /// The merged windows of every slot, sorted; the collector must not be used afterwards.
  mutating func finish() -> [[Range<Int>]] {
    for slot in closed.indices where openUpper[slot] >= 0 {
      closed[slot].append(openLower[slot]..<openUpper[slot])
    }
    for buffer in [openLower, openUpper, reach, lead] { buffer.deallocate() }
    return closed
  }
}
