import Foundation

/// The one JSON encoding every JSON-based report uses, so key order and spacing never drift.
enum JSONOutput {
  /// Pretty-printed, sorted-key JSON with unescaped slashes and a final newline.
  static func encode<Value: Encodable>(_ value: Value) throws -> Data {
    // A fresh encoder per call: JSONEncoder is a class, and reporters must not share mutable state.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(0x0A)
    return data
  }
}
