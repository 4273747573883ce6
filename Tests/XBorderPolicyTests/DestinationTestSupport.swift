import Testing
import XBorderCore
import XBorderPolicy

/// Shared fixtures: the shipped catalogue, presets, and a way to classify a value inside a config text
/// the way the scanner does (the classifier sees the whole file and the value's byte range).
enum Fixtures {
  static func catalog() throws -> DestinationCatalog { try DestinationCatalog.builtin.get() }

  static let today = ISODate(year: 2025, month: 6, day: 1) ?? .epoch

  static func classifier(_ mode: DestinationClassifier.Mode, policy: Policy, today: ISODate = today) throws
    -> DestinationClassifier
  {
    DestinationClassifier(mode: mode, catalog: try catalog(), policy: policy, today: today)
  }

  /// Classifies the `occurrence`-th appearance of `value` in `text`.
  static func classify(
    _ value: String, in text: String, mode: DestinationClassifier.Mode, policy: Policy, path: String = "config.yaml",
    occurrence: Int = 0, today: ISODate = today
  ) throws -> ClassifierVerdict {
    let bytes = Array(text.utf8)
    let needle = Array(value.utf8)
    var starts: [Int] = []
    if bytes.count >= needle.count {
      for start in 0...(bytes.count - needle.count) where bytes[start..<start + needle.count].elementsEqual(needle) {
        starts.append(start)
      }
    }
    let start = try #require(starts.dropFirst(occurrence).first, "'\(value)' not found in the snippet")
    let classifier = try classifier(mode, policy: policy, today: today)
    return bytes.withUnsafeBufferPointer { buffer in
      classifier.classify(
        ClassifierInput(
          value: value, normalized: mode == .regionSetting ? value : value.lowercased(), path: path, text: buffer,
          range: start..<start + needle.count, structuralContext: nil))
    }
  }

  static func pipl() throws -> Policy { try PolicyLoader.preset("pipl") }
  static func gdpr() throws -> Policy { try PolicyLoader.preset("gdpr") }
}

extension ClassifierVerdict {
  /// The classification when kept, nil when dropped.
  var kept: Classification? {
    guard case .keep(let classification) = self else { return nil }
    return classification
  }

  var isDropped: Bool { kept == nil }
}
