import XBorderCore
import XBorderPolicy

/// The classifiers rule packs may name (`classifier:` in YAML), built for one policy.
public enum StandardClassifiers {
  /// Every classifier, keyed by the name rules use.
  public static func make(policy: Policy) -> [String: any ValueClassifier] {
    [:]
  }
}
