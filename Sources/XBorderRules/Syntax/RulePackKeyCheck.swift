import Yams

/// Finds keys a rule pack does not define. Decoding alone ignores them, so a typo such as
/// `exclusion:` or `normalise:` would silently switch a feature off.
enum RulePackKeyCheck {
  static let packKeys: Set<String> = ["pack", "rules"]
  static let packInfoKeys: Set<String> = ["id", "name", "description"]
  static let ruleKeys: Set<String> = [
    "id", "name", "entity", "level", "confidence", "security_severity", "tags", "description", "help", "patterns",
    "validators", "normalize", "classifier", "context", "exclusions", "examples", "negative_examples", "prefilter",
  ]
  static let patternKeys: Set<String> = ["regex", "capture", "case_insensitive", "prefilter"]
  static let contextKeys: Set<String> = ["window", "keywords", "required"]
  static let exclusionKeys: Set<String> = ["keywords", "drop"]
  static let prefilterKeys: Set<String> = ["literals", "digit_runs", "hex_runs", "starts_within"]

  /// Paths of unknown keys, e.g. `rules[2].exclusion`.
  ///
  /// Walks the composed node tree without resolving scalar tags (no int/bool/date regexes): loading all
  /// packs is part of every scan's start-up time.
  static func unknownKeys(in text: String) -> [String] {
    guard let composed = try? Yams.compose(yaml: text, .basic), let root = map(composed) else { return [] }
    var unknown = extra(root, packKeys, at: "")
    unknown += extra(map(root["pack"]), packInfoKeys, at: "pack")
    for (index, ruleNode) in (items(root["rules"])).enumerated() {
      let path = "rules[\(index)]"
      guard let rule = map(ruleNode) else { continue }
      unknown += extra(rule, ruleKeys, at: path)
      for (number, pattern) in (items(rule["patterns"])).enumerated() {
        unknown += extra(map(pattern), patternKeys, at: "\(path).patterns[\(number)]")
        unknown += extra(map(map(pattern)?["prefilter"]), prefilterKeys, at: "\(path).patterns[\(number)].prefilter")
      }
      unknown += extra(map(rule["context"]), contextKeys, at: "\(path).context")
      unknown += extra(map(rule["exclusions"]), exclusionKeys, at: "\(path).exclusions")
      unknown += extra(map(rule["prefilter"]), prefilterKeys, at: "\(path).prefilter")
    }
    return unknown
  }

  private static func items(_ node: Node?) -> [Node] {
    guard let sequence = node?.sequence else { return [] }
    return Array(sequence)
  }

  /// A mapping node as key text → value node; nil for anything else.
  private static func map(_ node: Node?) -> [String: Node]? {
    guard let mapping = node?.mapping else { return nil }
    var result: [String: Node] = [:]
    for (key, value) in mapping { if let name = key.string { result[name] = value } }
    return result
  }

  private static func extra(_ map: [String: Node]?, _ known: Set<String>, at path: String) -> [String] {
    guard let map else { return [] }
    return map.keys.filter { !known.contains($0) }.sorted().map { path.isEmpty ? $0 : "\(path).\($0)" }
  }
}
