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
  static let patternKeys: Set<String> = ["regex", "capture", "case_insensitive"]
  static let contextKeys: Set<String> = ["window", "keywords", "required"]
  static let exclusionKeys: Set<String> = ["keywords", "drop"]
  static let prefilterKeys: Set<String> = ["literals", "digit_runs"]

  /// Paths of unknown keys, e.g. `rules[2].exclusion`.
  static func unknownKeys(in text: String) -> [String] {
    guard let root = (try? Yams.load(yaml: text)) as? [String: Any] else { return [] }
    var unknown = extra(root, packKeys, at: "")
    unknown += extra(root["pack"], packInfoKeys, at: "pack")
    for (index, rule) in ((root["rules"] as? [Any]) ?? []).enumerated() {
      let path = "rules[\(index)]"
      unknown += extra(rule, ruleKeys, at: path)
      guard let rule = rule as? [String: Any] else { continue }
      for (number, pattern) in ((rule["patterns"] as? [Any]) ?? []).enumerated() {
        unknown += extra(pattern, patternKeys, at: "\(path).patterns[\(number)]")
      }
      unknown += extra(rule["context"], contextKeys, at: "\(path).context")
      unknown += extra(rule["exclusions"], exclusionKeys, at: "\(path).exclusions")
      unknown += extra(rule["prefilter"], prefilterKeys, at: "\(path).prefilter")
    }
    return unknown
  }

  private static func extra(_ node: Any?, _ known: Set<String>, at path: String) -> [String] {
    guard let map = node as? [String: Any] else { return [] }
    return map.keys.filter { !known.contains($0) }.sorted().map { path.isEmpty ? $0 : "\(path).\($0)" }
  }
}
