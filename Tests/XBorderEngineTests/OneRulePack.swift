import XBorderCore
import XBorderEngine
import XBorderRules

/// A rule pack of one rule for engine tests: the keys every rule needs, and `body` (its patterns,
/// prefilter, validators, context; YAML written at the rule's own indentation, without leading spaces).
enum OneRulePack {
  static func text(entity: String = "device_id", confidence: String = "medium", _ body: String) -> String {
    let indented = body.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
    return """
      pack: {id: test, name: Test}
      rules:
        - id: test.rule
          name: Test rule
          entity: \(entity)
          level: warning
          confidence: \(confidence)
          description: d
          help: h
          examples: []
          negative_examples: []
      """ + "\n" + indented.joined(separator: "\n")
  }

  static func rules(entity: String = "device_id", confidence: String = "medium", _ body: String) throws
    -> [CompiledRule]
  {
    try RuleCatalog.load([.init(origin: "test.yaml", text: text(entity: entity, confidence: confidence, body))])
      .rules
  }

  static func scanner(
    entity: String = "device_id", confidence: String = "medium", usePrefilter: Bool = true, _ body: String
  ) throws -> FileScanner {
    FileScanner(
      rules: try rules(entity: entity, confidence: confidence, body),
      fingerprinter: Fingerprinter(keyMaterial: Array("k".utf8)), usePrefilter: usePrefilter)
  }

  /// Byte offsets of the findings (at any confidence) in `text`.
  static func offsets(_ scanner: FileScanner, _ text: String) -> [Int] {
    findings(scanner, text).map(\.location.byteOffset)
  }

  static func findings(_ scanner: FileScanner, _ text: String) -> [Finding] {
    Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0, path: "f.txt", minConfidence: .low) }.findings
  }
}
