/// Per-rule cost of a scan, for `--profile-rules`: time in the rule's regexes and in checking its
/// candidates, how many candidates the regexes produced and how many passed validators and context.
public struct RuleProfile: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var ruleId: String
    public var regexNanoseconds: UInt64 = 0
    public var checkNanoseconds: UInt64 = 0
    public var candidates = 0
    public var accepted = 0
    /// Whether the rule ran only in prefilter windows (false: on every byte).
    public var prefiltered = false
    /// Prefilter windows searched, and the start positions they allow out of all positions scanned.
    public var windows = 0
    public var allowedStarts = 0
    public var positions = 0

    /// Share of the positions where the rule's patterns were tried (100 without a prefilter).
    var searchedPercent: Double { positions == 0 ? 100 : Double(allowedStarts) * 100 / Double(positions) }
  }

  /// In rule order.
  public var entries: [Entry]

  public init(ruleIds: [String], prefiltered: [Bool]) {
    entries = zip(ruleIds, prefiltered).map { Entry(ruleId: $0, prefiltered: $1) }
  }

  /// Adds another worker's figures (same rules, same order).
  public mutating func merge(_ other: RuleProfile) {
    for index in entries.indices where index < other.entries.count {
      entries[index].regexNanoseconds += other.entries[index].regexNanoseconds
      entries[index].checkNanoseconds += other.entries[index].checkNanoseconds
      entries[index].candidates += other.entries[index].candidates
      entries[index].accepted += other.entries[index].accepted
      entries[index].windows += other.entries[index].windows
      entries[index].allowedStarts += other.entries[index].allowedStarts
      entries[index].positions += other.entries[index].positions
    }
  }

  /// A table sorted by total time (then rule id), so the slow rules come first.
  public func render() -> String {
    let sorted = entries.sorted {
      ($0.regexNanoseconds + $0.checkNanoseconds, $1.ruleId) > ($1.regexNanoseconds + $1.checkNanoseconds, $0.ruleId)
    }
    let total = max(1, entries.reduce(0) { $0 + $1.regexNanoseconds + $1.checkNanoseconds })
    var lines = [
      "rule profile (all workers; regex = pattern search, check = validators and context;",
      "searched = share of byte positions where the patterns may start, after the prefilter):",
    ]
    lines.append(
      Self.row("rule", "regex ms", "check ms", "share", "candidates", "accepted", "prefilter", "windows", "searched"))
    for entry in sorted {
      let share = Double(entry.regexNanoseconds + entry.checkNanoseconds) * 100 / Double(total)
      lines.append(
        Self.row(
          entry.ruleId, Self.milliseconds(entry.regexNanoseconds), Self.milliseconds(entry.checkNanoseconds),
          Self.fixed(share, digits: 1) + "%", String(entry.candidates), String(entry.accepted),
          entry.prefiltered ? "yes" : "no", entry.prefiltered ? String(entry.windows) : "-",
          Self.fixed(entry.prefiltered ? entry.searchedPercent : 100, digits: 1) + "%"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ columns: String...) -> String {
    let widths = [34, 10, 10, 7, 11, 9, 9, 9, 9]
    return zip(columns, widths).enumerated().map { index, pair in
      let (text, width) = pair
      let pad = String(repeating: " ", count: max(0, width - text.count))
      return index == 0 ? text + pad : pad + text
    }.joined(separator: " ")
  }

  private static func milliseconds(_ nanoseconds: UInt64) -> String { fixed(Double(nanoseconds) / 1e6, digits: 1) }

  private static func fixed(_ value: Double, digits: Int) -> String {
    let scale = digits == 1 ? 10.0 : 100.0
    let rounded = (value * scale).rounded() / scale
    let text = String(rounded)
    return text.contains("e") ? String(Int(rounded)) : text
  }
}
