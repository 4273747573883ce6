/// One data file shipped under `rules/` and compiled into the binary (see `BuiltinData`).
public struct BuiltinFile: Sendable {
  /// Path relative to the repository root, e.g. `rules/packs/pii-contact.yaml`.
  public let path: String
  public let text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// Files whose path starts with `folder` (e.g. `rules/packs/`), in path order.
  public static func files(under folder: String) -> [BuiltinFile] {
    BuiltinData.files.filter { $0.path.hasPrefix(folder) }
  }
}
