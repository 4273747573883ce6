/// One-line explanations of `DecodingError`s with the key path, for every YAML file xborder reads
/// (rule packs, policies, catalogues): e.g. `missing key 'entity' at rules[2]`.
public enum DecodingErrorText {
  public static func describe(_ error: DecodingError) -> String {
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

  /// `rules[2].entity`, or `the top level` for an empty path.
  public static func path(_ codingPath: [any CodingKey]) -> String {
    guard !codingPath.isEmpty else { return "the top level" }
    var text = ""
    for key in codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }
}
