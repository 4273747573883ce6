import Foundation
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRegex
import XBorderRules

/// `xborder rules list` and `xborder rules test`, as plain functions the CLI prints.
public enum RuleListing {
  /// One rule as `rules list` shows it.
  public struct Entry: Codable, Sendable {
    public var id: String
    public var name: String
    public var entity: Entity
    public var level: Level
    public var confidence: Confidence
    public var validators: [String]
    public var securitySeverity: Double
    public var origin: String
    public var examples: Int
    public var negativeExamples: Int
  }

  /// Shipped rules plus the packs of `directories`, sorted by id.
  public static func describe(directories: [String]) throws(XBorderError) -> [Entry] {
    try RuleSources.loadCatalog(directories: directories, disabled: []).rules.map { rule in
      Entry(
        id: rule.id, name: rule.descriptor.name, entity: rule.descriptor.entity, level: rule.descriptor.level,
        confidence: rule.baseConfidence, validators: rule.validators.map(\.name),
        securitySeverity: rule.descriptor.securitySeverity, origin: rule.descriptor.origin,
        examples: rule.examples.count, negativeExamples: rule.negativeExamples.count)
    }
  }

  public static func table(_ entries: [Entry]) -> String {
    let header = ["ID", "ENTITY", "LEVEL", "VALIDATORS", "NAME"]
    let rows = entries.map { [$0.id, $0.entity.rawValue, $0.level.rawValue, $0.validators.joined(separator: ","), $0.name] }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    let render = { (row: [String]) in
      zip(row, widths).map { $0.0.padding(toLength: $0.1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        .trimmingCharacters(in: .whitespaces)
    }
    return ([render(header)] + rows.map(render)).joined(separator: "\n") + "\n\(entries.count) rules\n"
  }

  public static func json(_ entries: [Entry]) throws(XBorderError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    } catch {
      throw XBorderError(.io, "cannot encode the rule list: \(error)")
    }
  }

  /// Every pattern of the enabled rules, one per line, rewritten for grep-style engines
  /// (`PortablePattern`): the input of `rg -f` in `make bench`. `skipped` names patterns it cannot rewrite.
  public static func exportPatterns(directories: [String]) throws(XBorderError) -> (lines: String, skipped: [String]) {
    var lines: [String] = []
    var skipped: [String] = []
    for rule in try RuleSources.loadCatalog(directories: directories, disabled: []).rules {
      for (index, pattern) in rule.patterns.enumerated() {
        guard let portable = PortablePattern.rewrite(pattern.regex.pattern) else {
          skipped.append("\(rule.id) patterns[\(index)]")
          continue
        }
        lines.append(portable)
      }
    }
    return (lines.map { $0 + "\n" }.joined(), skipped)
  }

  /// Outcome of `rules test`.
  public struct TestResult: Sendable {
    public var rulesChecked: Int
    public var examplesChecked: Int
    public var failures: [RuleExampleRunner.Failure]
  }

  /// Runs the examples of the shipped rules, or of the packs at `path` when given.
  public static func testExamples(path: String?) throws(XBorderError) -> TestResult {
    let catalog: RuleCatalog
    if let path {
      catalog = try RuleCatalog.load(try RuleSources.read(directory: path))
    } else {
      catalog = try RuleCatalog.load(RuleSources.builtin)
    }
    // Examples are written for the default policy: a destination example is one pipl does not permit.
    let classifiers = StandardClassifiers.make(policy: try PolicyLoader.preset("pipl"))
    try catalog.checkClassifiers(available: Set(classifiers.keys))
    let examples = catalog.rules.reduce(0) { $0 + $1.examples.count + $1.negativeExamples.count }
    return TestResult(
      rulesChecked: catalog.rules.count, examplesChecked: examples,
      failures: RuleExampleRunner.check(catalog.rules, classifiers: classifiers))
  }
}
