import XBorderCore

/// Every report format by id. Looking up an unknown id throws a usage error; it never traps.
public struct ReporterRegistry: Sendable {
  /// The built-in formats: `json`, `markdown`, `sarif`.
  public static let standard = ReporterRegistry(reporters: [JSONReporter(), MarkdownReporter(), SARIFReporter()])

  private let reporters: [String: any Reporter]

  /// A registry of `reporters`; a later reporter with an id already present replaces the earlier one.
  public init(reporters: [any Reporter]) {
    var byId: [String: any Reporter] = [:]
    for reporter in reporters { byId[reporter.id] = reporter }
    self.reporters = byId
  }

  /// The known ids, sorted.
  public var ids: [String] { reporters.keys.sorted() }

  /// The reporter for `id`, or a `.usage` error that lists the known ids.
  public func reporter(for id: String) throws(XBorderError) -> any Reporter {
    guard let reporter = reporters[id] else {
      throw XBorderError(
        .usage, "unknown report format '\(id)'", hint: "known formats: \(ids.joined(separator: ", "))")
    }
    return reporter
  }

  /// The reporters for `ids`, in order, duplicates dropped; throws on the first unknown id.
  public func reporters(for ids: [String]) throws(XBorderError) -> [any Reporter] {
    var seen = Set<String>()
    var result: [any Reporter] = []
    for id in ids where seen.insert(id).inserted {
      result.append(try reporter(for: id))
    }
    return result
  }
}
