import XBorderCore
import Yams

/// Phase one of loading: YAML text → `RulePackSyntax`, with errors that name the file and the spot.
public enum RulePackDecoder {
  /// Decodes one pack. `origin` names the file in messages (a path, or `builtin:rules/…`).
  public static func decode(_ text: String, origin: String) throws(XBorderError) -> RulePackSyntax {
    let pack: RulePackSyntax
    do {
      pack = try YAMLDecoder().decode(RulePackSyntax.self, from: text)
    } catch let error as DecodingError {
      throw XBorderError(
        .ruleSyntax, "\(origin): \(describe(error))",
        hint: "fix the rule pack; the format is documented in rules/README.md")
    } catch {
      throw XBorderError(
        .ruleSyntax, "\(origin): not valid YAML: \(error)",
        hint: "check indentation and quoting; single-quote regexes so backslashes stay literal")
    }
    let unknown = RulePackKeyCheck.unknownKeys(in: text)
    guard unknown.isEmpty else {
      throw XBorderError(
        .ruleSyntax, "\(origin): unknown key(s): \(unknown.joined(separator: ", "))",
        hint: "check the spelling; every field is documented in rules/README.md")
    }
    return pack
  }

  /// A one-line explanation of a decoding error with its key path (e.g. `rules[2].entity`).
  static func describe(_ error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key '\(key.stringValue)' at \(path(context.codingPath))"
    case .typeMismatch(let type, let context):
      return "wrong type at \(path(context.codingPath)): expected \(type)"
    case .valueNotFound(let type, let context):
      return "missing value at \(path(context.codingPath)): expected \(type)"
    case .dataCorrupted(let context):
      return "invalid data at \(path(context.codingPath)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  static func path(_ codingPath: [any CodingKey]) -> String {
    guard !codingPath.isEmpty else { return "the top level" }
    var text = ""
    for key in codingPath {
      if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
    }
    return text
  }
}
