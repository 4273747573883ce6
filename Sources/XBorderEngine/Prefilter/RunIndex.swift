/// Which pattern slots want a whole run (of digits, or of hex digits) of a given length: flat read-only
/// memory for runs shorter than `longRun`, a list for longer ones.
///
/// Looked up for every run in the file (a log line has twenty), so, like `LiteralTable`, its table is a
/// `FlatBuffer`: allocated in `init`, never written afterwards, freed in `deinit`.
final class RunIndex: @unchecked Sendable {
  static let longRun = 64
  /// The slots wanting a run of length n < `longRun`: `slots[starts[n]..<starts[n + 1]]`.
  private let starts: UnsafeMutableBufferPointer<Int>
  private let slots: UnsafeMutableBufferPointer<Int>
  private let longRunSlots: [(slot: Int, runs: [ClosedRange<Int>])]
  let isEmpty: Bool

  /// `wanted[slot]`: the run lengths that slot's hint lists.
  init(_ wanted: [[ClosedRange<Int>]]) {
    var byLength = Array(repeating: [Int](), count: Self.longRun)
    var long: [(slot: Int, runs: [ClosedRange<Int>])] = []
    for (slot, runs) in wanted.enumerated() where !runs.isEmpty {
      for length in 1..<Self.longRun where runs.contains(where: { $0.contains(length) }) {
        byLength[length].append(slot)
      }
      if runs.contains(where: { $0.upperBound >= Self.longRun }) { long.append((slot, runs)) }
    }
    starts = FlatBuffer.copy(FlatBuffer.prefixSums(byLength.map(\.count)))
    slots = FlatBuffer.copy(byLength.flatMap { $0 })
    longRunSlots = long
    isEmpty = !wanted.contains { !$0.isEmpty }
  }

  deinit {
    starts.deallocate()
    slots.deallocate()
  }

  @inline(__always)
  func forEachSlot(wanting length: Int, _ body: (Int) -> Void) {
    if length < Self.longRun {
      for index in starts[length]..<starts[length + 1] { body(slots[index]) }
      return
    }
    for (slot, runs) in longRunSlots where runs.contains(where: { $0.contains(length) }) { body(slot) }
  }
}
