import XBorderCore
import XBorderYAML
import Yams

/// Decodes the YAML data files of this module (region and SaaS catalogues, policies) with errors that
/// name the file, the key path and how to fix it, and rejects keys the format does not define.
enum YAMLFile {
  /// The keys a YAML document may use: a mapping with known keys, a mapping with free keys
  /// (e.g. group names), a list of one shape, or a leaf that is not checked.
  indirect enum Schema: Sendable {
    case map([String: Schema])
    case freeMap(Schema)
    case list(Schema)
    case leaf
  }

  /// Decodes `text` as `T`, after checking it against `schema`. `kind` and `hint` shape the error.
  static func decode<T: Decodable>(
    _ type: T.Type, from text: String, origin: String, schema: Schema, kind: XBorderError.Kind, hint: String
  ) throws(XBorderError) -> T {
    let tree: Any?
    do {
      tree = try YAMLGuard.load(text)
    } catch {
      throw XBorderError(kind, "\(origin): not valid YAML: \(error)", hint: "check indentation and quoting")
    }
    let unknown = unknownKeys(tree, schema, at: "")
    guard unknown.isEmpty else {
      throw XBorderError(kind, "\(origin): unknown key(s): \(unknown.joined(separator: ", "))", hint: hint)
    }
    do {
      return try YAMLDecoder().decode(T.self, from: text)
    } catch let error as DecodingError {
      throw XBorderError(kind, "\(origin): \(DecodingErrorText.describe(error))", hint: hint)
    } catch {
      throw XBorderError(kind, "\(origin): \(YAMLGuard.describe(error))", hint: hint)
    }
  }

  /// Paths of keys that `schema` does not define, e.g. `allow[0].expire`.
  static func unknownKeys(_ node: Any?, _ schema: Schema, at path: String) -> [String] {
    switch schema {
    case .leaf:
      return []
    case .list(let element):
      guard let list = node as? [Any] else { return [] }
      return list.enumerated().flatMap { unknownKeys($0.element, element, at: "\(path)[\($0.offset)]") }
    case .freeMap(let value):
      guard let map = node as? [String: Any] else { return [] }
      return map.keys.sorted().flatMap { unknownKeys(map[$0], value, at: join(path, $0)) }
    case .map(let known):
      guard let map = node as? [String: Any] else { return [] }
      return map.keys.sorted().flatMap { key -> [String] in
        guard let child = known[key] else { return [join(path, key)] }
        return unknownKeys(map[key], child, at: join(path, key))
      }
    }
  }

  private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// Whether `code` is written like an ISO 3166-1 alpha-2 code (two ASCII capital letters).
  static func isCountryCode(_ code: String) -> Bool {
    code.utf8.count == 2 && code.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
  }
}
