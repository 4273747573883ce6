// SARIF 2.1.0 wire types: only the parts xborder writes, with SARIF's property names.
// Kept apart from the domain types so the report model can change without changing the file format.

/// The top-level SARIF log.
struct SARIFLog: Encodable {
  var schema = "https://json.schemastore.org/sarif-2.1.0.json"
  var version = "2.1.0"
  var runs: [SARIFRun]

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }
}

/// One run of one tool.
struct SARIFRun: Encodable {
  var tool: SARIFTool
  var invocations: [SARIFInvocation]
  var originalUriBaseIds: [String: SARIFArtifactLocation]
  /// SARIF §3.14.27: required whenever results carry columns; ours count code points.
  var columnKind = "unicodeCodePoints"
  var results: [SARIFResult]
  var properties: SARIFRunProperties
}

/// `tool` wraps the driver; xborder has no extensions.
struct SARIFTool: Encodable {
  var driver: SARIFDriver
}

/// The tool component that produced the results.
struct SARIFDriver: Encodable {
  var name: String
  var version: String
  var semanticVersion: String?
  var informationUri: String
  var rules: [SARIFRule]
}

/// A `reportingDescriptor` for one rule.
struct SARIFRule: Encodable {
  var id: String
  var name: String
  var shortDescription: SARIFText
  var fullDescription: SARIFText
  var help: SARIFHelp
  var defaultConfiguration: SARIFConfiguration
  var properties: SARIFRuleProperties
}

/// A `message` or `multiformatMessageString` with text only.
struct SARIFText: Encodable {
  var text: String
}

/// Rule help in both forms GitHub shows.
struct SARIFHelp: Encodable {
  var text: String
  var markdown: String
}

/// `reportingConfiguration`: the rule's default level.
struct SARIFConfiguration: Encodable {
  var level: String
}

/// Rule property bag, with GitHub's `security-severity` (a string) and `precision`.
struct SARIFRuleProperties: Encodable {
  var tags: [String]
  var precision: String
  var securitySeverity: String
  var entity: String
  var origin: String?

  enum CodingKeys: String, CodingKey {
    case tags, precision, entity, origin
    case securitySeverity = "security-severity"
  }
}

/// A `location` with a physical location only.
struct SARIFLocation: Encodable {
  var physicalLocation: SARIFPhysicalLocation
}

/// A file and, for results, a region in it.
struct SARIFPhysicalLocation: Encodable {
  var artifactLocation: SARIFArtifactLocation
  var region: SARIFRegion?
}

/// A file URI, relative to `uriBaseId` when one is given.
struct SARIFArtifactLocation: Encodable {
  var uri: String
  var uriBaseId: String?
}

/// A span on one line; the snippet is the masked value, never file text.
struct SARIFRegion: Encodable {
  var startLine: Int
  var startColumn: Int
  var endColumn: Int
  var snippet: SARIFText
}
