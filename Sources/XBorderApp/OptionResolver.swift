import Foundation
import XBorderCore

/// Applies the project config and defaults to command-line options: flags win, then `.xborder.yml`,
/// then the built-in defaults.
struct OptionResolver {
  let currentDirectory: String

  func resolve(_ options: ScanOptions) throws(XBorderError) -> ResolvedScanOptions {
    let paths = (options.paths.isEmpty ? ["."] : options.paths).map(absolute)
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw XBorderError(.usage, "path '\(path)' does not exist", hint: "check the paths given to 'xborder scan'")
    }
    let configPath = try configFile(for: options, firstPath: paths[0])
    let config = try configPath.map { (path) throws(XBorderError) in try ProjectConfig.load(path: path) } ?? ProjectConfig()
    let formats = options.formats ?? config.formats ?? ResolvedScanOptions.defaultFormats
    return ResolvedScanOptions(
      paths: paths,
      ruleDirectories: config.ruleDirectories + options.ruleDirectories.map(absolute),
      disabledRules: Set(config.disabledRules + options.disabledRules),
      include: config.include + options.include,
      exclude: config.exclude + options.exclude,
      policy: options.policy.map(policyReference) ?? config.policy ?? "pipl",
      failOn: options.failOn ?? config.failOn ?? .error,
      minConfidence: options.minConfidence ?? config.minConfidence ?? .medium,
      maxFileSize: options.maxFileSize ?? config.maxFileSize ?? ResolvedScanOptions.defaultMaxFileSize,
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
  }

  /// `--config`, else `.xborder.yml` in the scan root (the first path, or its folder for a file).
  private func configFile(for options: ScanOptions, firstPath: String) throws(XBorderError) -> String? {
    if let explicit = options.configFile {
      let path = absolute(explicit)
      guard FileManager.default.fileExists(atPath: path) else {
        throw XBorderError(.config, "config file '\(path)' does not exist", hint: "check the --config path")
      }
      return path
    }
    guard !options.ignoreConfigFile else { return nil }
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: firstPath, isDirectory: &isDirectory)
    let root = isDirectory.boolValue ? firstPath : (firstPath as NSString).deletingLastPathComponent
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
