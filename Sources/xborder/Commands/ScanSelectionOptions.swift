import ArgumentParser
import XBorderApp
import XBorderCore

/// What to scan and with which rules: the flags `scan` and `baseline create` share, so a baseline is
/// made from exactly the scan CI runs.
struct ScanSelectionOptions: ParsableArguments {
  @Argument(help: "Files and folders to scan (default: the current folder).")
  var paths: [String] = []

  @Option(name: .customLong("rules"), help: ArgumentHelp("A folder (or file) of extra rule packs; repeatable.", valueName: "dir"))
  var ruleDirectories: [String] = []

  @Option(name: .customLong("disable"), help: ArgumentHelp("Switch off a rule by id; repeatable.", valueName: "rule-id"))
  var disabledRules: [String] = []

  @Option(help: ArgumentHelp("Scan only paths matching this glob (gitignore syntax); repeatable.", valueName: "glob"))
  var include: [String] = []

  @Option(help: ArgumentHelp("Skip paths matching this glob (gitignore syntax); repeatable.", valueName: "glob"))
  var exclude: [String] = []

  @Option(help: ArgumentHelp("Policy preset (pipl, gdpr) or a policy YAML file. Default: pipl.", valueName: "name|file"))
  var policy: String?

  @Option(help: ArgumentHelp("Report only findings at or above this confidence: low, medium, high. Default: medium."))
  var minConfidence: Confidence?

  @Option(help: ArgumentHelp("Skip files larger than this (e.g. 100MiB). Default: no limit (text is streamed).", valueName: "size"))
  var maxFileSize: String?

  @Flag(help: "Follow symbolic links (loops are detected and reported).")
  var followSymlinks = false

  @Flag(help: "Do not honour .gitignore files (.xborderignore still applies).")
  var noGitignore = false

  @Option(help: ArgumentHelp("Use this config file instead of .xborder.yml at the scan root.", valueName: "file"))
  var config: String?

  @Flag(help: "Ignore .xborder.yml.")
  var noConfig = false

  @Option(help: ArgumentHelp("File holding the fingerprint key (else $XBORDER_FINGERPRINT_KEY, else ~/.config/xborder/fingerprint.key).", valueName: "file"))
  var fingerprintKeyFile: String?

  @Option(
    help: ArgumentHelp("CSV of 'CIDR,COUNTRY' lines that places public IP literals (else their country is unknown).",
      valueName: "file"))
  var ipRegions: String?

  @Option(name: [.short, .long], help: "Worker threads. Default: all cores.")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let maxFileSize, ByteSize.parse(maxFileSize) == nil {
      throw ValidationError("--max-file-size '\(maxFileSize)' is not a size; write e.g. 104857600, 100MiB or 1GiB")
    }
  }

  /// Options with these flags set (the rest left to the config file and defaults).
  func apply(to options: inout ScanOptions) {
    options.paths = paths
    options.ruleDirectories = ruleDirectories
    options.disabledRules = disabledRules
    options.include = include
    options.exclude = exclude
    options.policy = policy
    options.minConfidence = minConfidence
    options.maxFileSize = maxFileSize.flatMap(ByteSize.parse)
    options.followSymlinks = followSymlinks ? true : nil
    options.respectGitignore = !noGitignore
    options.configFile = config
    options.ignoreConfigFile = noConfig
    options.fingerprintKeyFile = fingerprintKeyFile
    options.ipRegionsFile = ipRegions
    options.jobs = jobs
  }
}
