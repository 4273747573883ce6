import XBorderCore
import XBorderYAML
import Yams

/// Phase one of loading: YAML text → `RulePackSyntax`, with errors that name the file and the spot.
public enum RulePackDecoder {
  /// Decodes one pack. `origin` names the file in messages (a path, or `builtin:rules/…`).
  public static func decode(_ text: String, origin: String) throws(XBorderError) -> RulePackSyntax {
    let pack: RulePackSyntax
    do {
      try YAMLGuard.check(text)
      pack = try YAMLDecoder().decode(RulePackSyntax.self, from: text)
    } catch let error as DecodingError {
      throw XBorderError(
        .ruleSyntax, "\(origin): \(DecodingErrorText.describe(error))",
        hint: "fix the rule pack; the format is documented in rules/README.md")
    } catch {
      throw XBorderError(
        .ruleSyntax, "\(origin): not valid YAML: \(YAMLGuard.describe(error))",
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
}
