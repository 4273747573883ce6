import Foundation
import XBorderCore

/// The baseline's file format: JSON with one entry per line, keys sorted, entries sorted, so two
/// branches that each add entries merge without conflicts in most cases.
///
/// ```json
/// {
///   "version": 1,
///   "keyCheck": "3f9a…",
///   "entries": [
///     {"fingerprint":"…","path":"exports/a.csv","rule":"pii.email"},
///     {"expires":"2027-03-31","fingerprint":"…","owner":"data-team","path":"…","reason":"…","rule":"…"}
///   ]
/// }
/// ```
public enum BaselineFile {
  private struct Wire: Decodable {
    var version: Int
    var keyCheck: String?
    var entries: [Baseline.Entry]
  }

  /// Serializes `baseline` in the stable, line-per-entry form.
  public static func encode(_ baseline: Baseline) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let lines = baseline.entries.map { entry in
      "    " + String(decoding: (try? encoder.encode(entry)) ?? Data("{}".utf8), as: UTF8.self)
    }
    var text = "{\n  \"version\": \(Baseline.version),\n"
    if let keyCheck = baseline.keyCheck { text += "  \"keyCheck\": \"\(keyCheck)\",\n" }
    text += lines.isEmpty ? "  \"entries\": []\n" : "  \"entries\": [\n" + lines.joined(separator: ",\n") + "\n  ]\n"
    return text + "}\n"
  }

  /// Parses and checks a baseline; `origin` names the file in messages.
  public static func decode(_ data: Data, origin: String) throws(XBorderError) -> Baseline {
    let wire: Wire
    do {
      wire = try JSONDecoder().decode(Wire.self, from: data)
    } catch {
      throw XBorderError(
        .config, "\(origin): not a valid xborder baseline: \(Self.describe(error))",
        hint: "recreate it with 'xborder baseline create', or fix the JSON by hand")
    }
    guard wire.version == Baseline.version else {
      throw XBorderError(
        .config, "\(origin): baseline version \(wire.version) is not supported (this xborder reads version 1)",
        hint: "recreate it with 'xborder baseline create'")
    }
    for (index, entry) in wire.entries.enumerated() {
      if let expires = entry.expires, ISODate(expires) == nil {
        throw XBorderError(
          .config, "\(origin): entries[\(index)].expires '\(expires)' is not a date",
          hint: "write the last day the entry applies as YYYY-MM-DD")
      }
    }
    return Baseline(entries: wire.entries, keyCheck: wire.keyCheck)
  }

  private static func describe(_ error: any Error) -> String {
    (error as? DecodingError).map(DecodingErrorText.describe) ?? "\(error)"
  }
}
