import Foundation
import XBorderCore
import XBorderPolicy

/// Where `--policy` points: a preset (`pipl`, `gdpr`) by name, or a policy YAML file by path.
enum PolicySource {
  static func load(_ nameOrPath: String) throws(XBorderError) -> Policy {
    guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") else {
      return try PolicyLoader.preset(nameOrPath)
    }
    guard let data = FileManager.default.contents(atPath: nameOrPath), let text = String(data: data, encoding: .utf8)
    else {
      throw XBorderError(
        .policy, "cannot read policy file \(nameOrPath)", hint: "give a preset name (pipl, gdpr) or a readable YAML file")
    }
    return try PolicyLoader.decode(text, origin: nameOrPath)
  }
}
