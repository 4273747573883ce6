import XBorderCore
import Yams

/// Checks YAML that xborder did not write (`.xborder.yml` comes from the scanned repository, so from
/// whoever opened the pull request; rule packs and policies from users) before anything expands it.
///
/// Two problems of the YAML library are kept away: aliases that expand exponentially ("billion laughs":
/// ten aliases of ten aliases … make 10^9 nodes, and `Yams.load` builds them all), and error messages that
/// quote the offending lines of the file, which may hold personal data.
public enum YAMLGuard {
  /// Most nodes a document may expand to, aliases resolved: far above any real config or rule pack.
  public static let maxExpandedNodes = 1_000_000

  /// Parses `text` without expanding aliases, then counts the nodes its aliases expand to, stopping at
  /// the limit; throws `YAMLProblem` for YAML that does not parse or expands too far.
  public static func check(_ text: String, maxNodes: Int = maxExpandedNodes) throws(YAMLProblem) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw YAMLProblem(description: describe(error))
    }
    guard let root else { return }
    var budget = maxNodes
    var pending = [root]
    while let node = pending.popLast() {
      budget -= 1
      guard budget >= 0 else {
        throw YAMLProblem(
          description: "its aliases (*name) expand to more than \(maxNodes) values, a YAML alias bomb; "
            + "write the values out instead of repeating aliases")
      }
      switch node {
      case .mapping(let mapping):
        for (key, value) in mapping { pending += [key, value] }
      case .sequence(let sequence):
        pending += sequence
      default:
        break
      }
    }
  }

  /// `Yams.load` after `check`.
  public static func load(_ text: String) throws(YAMLProblem) -> Any? {
    try check(text)
    do {
      return try Yams.load(yaml: text)
    } catch {
      throw YAMLProblem(description: describe(error))
    }
  }

  /// A YAML error as `line:column: problem`, without the lines of the file the library appends.
  public static func describe(_ error: any Error) -> String {
    if let decoding = error as? DecodingError { return DecodingErrorText.describe(decoding) }
    guard let yaml = error as? YamlError else { return "\(error)" }
    switch yaml {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let where_ = context.map { " (\($0.text) at \($0.mark))" } ?? ""
      return "\(mark): \(problem)\(where_)"
    case .reader(let problem, let offset, _, _):
      return "\(problem)" + (offset.map { " at byte \($0)" } ?? "")
    default:
      return "\(yaml)"
    }
  }
}

/// YAML that does not parse, or that expands too far; `description` never quotes the file.
public struct YAMLProblem: Error, Sendable, CustomStringConvertible {
  public var description: String
}
