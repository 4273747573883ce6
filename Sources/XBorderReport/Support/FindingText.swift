import Foundation
import XBorderCore

/// Text about a finding that every format writes the same way.
enum FindingText {
  /// The classifier's own message, when it gave a non-blank one.
  static func customMessage(_ finding: Finding) -> String? {
    guard let message = finding.message, !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      return nil
    }
    return message
  }

  /// The custom message, else `<rule name> (<entity>): <masked value>`.
  static func message(_ finding: Finding, ruleName: String) -> String {
    customMessage(finding) ?? "\(ruleName) (\(finding.entity.rawValue)): \(finding.maskedValue)"
  }

  /// Display names by rule id: the rule's name, or its id when the name is empty; the first rule wins.
  static func ruleNames(_ rules: [RuleDescriptor]) -> [String: String] {
    Dictionary(rules.map { ($0.id, $0.name.isEmpty ? $0.id : $0.name) }) { first, _ in first }
  }

  /// `inSource` → `in source`, `external` → `external`: the kind as Markdown readers see it.
  static func kindTitle(_ kind: FindingSuppression.Kind) -> String {
    switch kind {
    case .inSource: "in source"
    case .external: "external"
    }
  }
}
