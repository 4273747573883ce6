import XBorderCore
import XBorderPolicy

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
  /// Findings listed per file before the rest are only counted (`--max-findings-per-file`).
  public var maxFindingsPerFile: Int?
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
  /// A baseline file (`--baseline`); else `baseline:` in the config, else `.xborder-baseline.json` at the
  /// scan root when it exists.
  public var baselineFile: String?
  /// Apply no baseline at all (`--no-baseline`; `xborder baseline create` scans this way).
  public var ignoreBaseline = false
  /// Scan only files changed since this git revision, plus untracked ones (`--changed-since`).
  public var changedSince: String?
  /// Inline allow comments without a reason do not suppress (`--require-reason`).
  public var requireReason: Bool?
  /// Root of SARIF artifact URIs (`--sarif-root DIR`, or `git` for the repository's top level).
  public var sarifRoot: String?
  /// Show a live progress line on stderr (the command decides: a TTY and not `--quiet`).
  public var showProgress = false
  /// Files never scanned (the baseline being written by `xborder baseline create`).
  public var excludedFiles: [String] = []
  /// People already exported since 1 January (`--prior-subjects`), for the PIPL route.
  public var priorSubjects = 0
  /// People whose sensitive PI was already exported since 1 January (`--prior-sensitive-subjects`).
  public var priorSensitiveSubjects = 0

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
  public var maxFindingsPerFile: Int
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
  /// Per-entity and per-rule gate thresholds from the config (cleared by `--fail-on none`).
  public var gateEntities: [Entity: FailThreshold] = [:]
  public var gateRules: [String: FailThreshold] = [:]
  /// The baseline to apply, if any (absolute).
  public var baselineFile: String?
  /// Whether `baselineFile` was asked for (flag or config) rather than found at the default place.
  public var baselineExplicit = false
  public var changedSince: String?
  public var requireReason = false
  /// Absolute folder, or `git` (resolved against the scan root by the pipeline).
  public var sarifRoot: String?
  public var showProgress = false
  /// Absolute paths of files never scanned: baseline files (their reasons and owners are not data).
  public var excludedFiles: [String] = []

  /// The gate as configured.
  public var gatePolicy: GatePolicy {
    GatePolicy(failOn: failOn, minConfidence: minConfidence, entities: gateEntities, rules: gateRules)
  }

  /// Defaults: policy `pipl`, fail on `error`, min confidence `medium`, files of any size (text is
  /// streamed; archives have their own in-memory limit), 1,000 findings per file, `reports/`, all formats.
  public static let defaultFormats = ["sarif", "markdown", "json"]
  public static let defaultMaxFileSize = Int.max
}
