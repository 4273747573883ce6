import XBorderCore

/// Everything a scan can be told. `nil` means "not given on the command line": the project config,
/// then the default, decides.
public struct ScanOptions: Sendable {
  /// Files and folders to scan; the current folder when empty.
  public var paths: [String] = []
  /// Extra rule-pack folders (`--rules`), added to those of the config file.
  public var ruleDirectories: [String] = []
  /// Rule ids to switch off (`--disable`), added to those of the config file.
  public var disabledRules: [String] = []
  public var include: [String] = []
  public var exclude: [String] = []
  public var policy: String?
  public var failOn: FailThreshold?
  public var minConfidence: Confidence?
  public var maxFileSize: Int?
  public var output: String?
  public var formats: [String]?
  public var followSymlinks: Bool?
  public var fingerprintKeyFile: String?
  /// A CSV of `CIDR,COUNTRY` lines that places public IP literals (`--ip-regions`).
  public var ipRegionsFile: String?
  /// An explicit config file (`--config`); otherwise `.xborder.yml` at the scan root is used if present.
  public var configFile: String?
  /// Ignore any `.xborder.yml` (`--no-config`).
  public var ignoreConfigFile = false
  /// Honour `.gitignore` files (`--no-gitignore` turns it off; `.xborderignore` always applies).
  public var respectGitignore = true
  /// Worker threads; all cores when nil.
  public var jobs: Int?
  /// Scan only this shard of the files (`--shard i/n`); all files when nil.
  public var shard: Shard?
  /// Collect per-rule timing and counts (`--profile-rules`).
  public var profileRules = false
  /// Run hinted rules only where the prefilter says they can match (`--no-prefilter` turns it off).
  public var usePrefilter = true
  /// The command line, for the reports.
  public var commandLine = "xborder scan"

  public init() {}
}

/// Options after the config file and defaults were applied: nothing optional left.
public struct ResolvedScanOptions: Sendable {
  public var paths: [String]
  public var ruleDirectories: [String]
  public var disabledRules: Set<String>
  public var include: [String]
  public var exclude: [String]
  public var policy: String
  public var failOn: FailThreshold
  public var minConfidence: Confidence
  public var maxFileSize: Int
  public var output: String
  public var formats: [String]
  public var followSymlinks: Bool
  public var respectGitignore: Bool
  public var fingerprintKeyFile: String?
  public var ipRegionsFile: String?
  public var jobs: Int
  public var shard: Shard?
  public var profileRules: Bool
  public var usePrefilter: Bool
  public var commandLine: String
  /// The config file that was applied, if any.
  public var configFile: String?

  /// Defaults: policy `pipl`, fail on `error`, min confidence `medium`, 512 MiB files, `reports/`, all formats.
  public static let defaultFormats = ["sarif", "markdown", "json"]
  public static let defaultMaxFileSize = 512 << 20
}
