import Foundation
import XBorderCore
import XBorderEngine
import XBorderPolicy

/// Applies the project config and defaults to command-line options: flags win, then `.xborder.yml`,
/// then the built-in defaults.
struct OptionResolver {
  let currentDirectory: String

  func resolve(_ options: ScanOptions) throws(XBorderError) -> ResolvedScanOptions {
    let paths = (options.paths.isEmpty ? ["."] : options.paths).map(absolute)
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw XBorderError(.usage, "path '\(path)' does not exist", hint: "check the paths given to 'xborder scan'")
    }
    let configPath = try configFile(for: options, root: scanRoot(of: paths))
    let config = try configPath.map { (path) throws(XBorderError) in try ProjectConfig.load(path: path) } ?? ProjectConfig()
    let formats = options.formats ?? config.formats ?? ResolvedScanOptions.defaultFormats
    var resolved = ResolvedScanOptions(
      paths: paths,
      ruleDirectories: config.ruleDirectories + options.ruleDirectories.map(absolute),
      disabledRules: Set(config.disabledRules + options.disabledRules),
      include: config.include + options.include,
      exclude: config.exclude + options.exclude,
      policy: options.policy.map(policyReference) ?? config.policy ?? "pipl",
      failOn: options.failOn ?? config.failOn ?? .error,
      minConfidence: options.minConfidence ?? config.minConfidence ?? .medium,
      maxFileSize: options.maxFileSize ?? config.maxFileSize ?? ResolvedScanOptions.defaultMaxFileSize,
      maxFindingsPerFile: options.maxFindingsPerFile ?? config.maxFindingsPerFile ?? ScanLimits.defaultFindingCap,
      output: absolute(options.output ?? config.output ?? "reports"),
      formats: formats,
      followSymlinks: options.followSymlinks ?? config.followSymlinks ?? false,
      respectGitignore: options.respectGitignore,
      fingerprintKeyFile: options.fingerprintKeyFile.map(absolute) ?? config.fingerprintKeyFile,
      ipRegionsFile: options.ipRegionsFile.map(absolute) ?? config.ipRegionsFile,
      jobs: max(1, options.jobs ?? ProcessInfo.processInfo.activeProcessorCount),
      shard: options.shard, profileRules: options.profileRules, usePrefilter: options.usePrefilter,
      commandLine: options.commandLine,
      configFile: configPath)
    // `--fail-on none` on the command line means a report-only run: overrides must not fail it either.
    if options.failOn != FailThreshold.none {
      resolved.gateEntities = config.gateEntities
      resolved.gateRules = config.gateRules
    }
    let root = scanRoot(of: paths)
    try resolveBaseline(options, config: config, root: root, into: &resolved)
    resolved.excludedFiles =
      options.excludedFiles.map(absolute) + [(root as NSString).appendingPathComponent(Baseline.defaultFileName)]
      + (resolved.baselineFile.map { [$0] } ?? [])
    resolved.changedSince = options.changedSince
    resolved.requireReason = options.requireReason ?? config.requireReason ?? false
    resolved.sarifRoot = options.sarifRoot.map { $0 == "git" ? $0 : absolute($0) }
    resolved.showProgress = options.showProgress
    return resolved
  }

  private func resolveBaseline(
    _ options: ScanOptions, config: ProjectConfig, root: String, into resolved: inout ResolvedScanOptions
  ) throws(XBorderError) {
    guard !options.ignoreBaseline else { return }
    if let explicit = options.baselineFile.map(absolute) ?? config.baselineFile {
      guard FileManager.default.fileExists(atPath: explicit) else {
        throw XBorderError(
          .config, "baseline file '\(explicit)' does not exist",
          hint: "create it with 'xborder baseline create --output \(explicit)', "
            + "or fix the --baseline / 'baseline:' path")
      }
      resolved.baselineFile = explicit
      resolved.baselineExplicit = true
      return
    }
    let candidate = (root as NSString).appendingPathComponent(Baseline.defaultFileName)
    if FileManager.default.fileExists(atPath: candidate) { resolved.baselineFile = candidate }
  }

  /// The scan root as the walker will choose it: one folder, a file's folder, or the current folder.
  func scanRoot(of paths: [String]) -> String {
    guard paths.count == 1 else { return absolute(".") }
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory)
    return isDirectory.boolValue ? paths[0] : (paths[0] as NSString).deletingLastPathComponent
  }

  /// `--config`, else `.xborder.yml` in the scan root (the folder scanned, a file's folder, or the current
  /// folder for several paths).
  private func configFile(for options: ScanOptions, root: String) throws(XBorderError) -> String? {
    if let explicit = options.configFile {
      let path = absolute(explicit)
      guard FileManager.default.fileExists(atPath: path) else {
        throw XBorderError(.config, "config file '\(path)' does not exist", hint: "check the --config path")
      }
      return path
    }
    guard !options.ignoreConfigFile else { return nil }
    let candidate = (root as NSString).appendingPathComponent(ProjectConfig.fileName)
    return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
  }

  /// Preset names stay names; anything that looks like a path becomes absolute.
  private func policyReference(_ value: String) -> String {
    value.contains("/") || value.hasSuffix(".yaml") || value.hasSuffix(".yml") ? absolute(value) : value
  }

  func absolute(_ path: String) -> String {
    let joined = path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    return (joined as NSString).standardizingPath
  }
}
