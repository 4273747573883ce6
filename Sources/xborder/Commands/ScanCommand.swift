import ArgumentParser
import Foundation
import XBorderApp
import XBorderCore

struct ScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Scan files and folders for personal data and foreign destinations; write SARIF, Markdown and JSON reports.",
    discussion: """
      Settings come from flags, then .xborder.yml at the scan root, then defaults (policy pipl, \
      --fail-on error, --min-confidence medium, reports/).

      \(ExitCodes.help)
      """)

  @OptionGroup var selection: ScanSelectionOptions

  @Option(help: ArgumentHelp("Fail (exit 1) on findings at or above this level: error, warning, note, none. Default: error."))
  var failOn: FailThreshold?

  @Option(help: ArgumentHelp(
    "List at most this many findings per file; further ones are counted per rule and column. Default: 1000.",
    valueName: "n"))
  var maxFindingsPerFile: Int?

  @Option(name: [.short, .long], help: ArgumentHelp("Folder for the reports. Default: reports/.", valueName: "dir"))
  var output: String?

  @Option(help: ArgumentHelp("Report formats, comma-separated: sarif, markdown, json. Default: all three.", valueName: "list"))
  var format: String?

  @Option(
    help: ArgumentHelp(
      "Baseline of accepted findings (default: .xborder-baseline.json at the scan root, if present).",
      valueName: "file"))
  var baseline: String?

  @Flag(help: "Apply no baseline, not even .xborder-baseline.json at the scan root.")
  var noBaseline = false

  @Option(
    help: ArgumentHelp(
      "Scan only files changed since this git revision, plus untracked ones (ignore rules still apply).",
      valueName: "rev"))
  var changedSince: String?

  @Flag(help: "Inline 'xborder:allow' comments suppress only when they give a reason ('-- why').")
  var requireReason = false

  @Option(
    help: ArgumentHelp(
      "Make SARIF paths relative to this folder (the repository root for GitHub code scanning), or 'git' for the "
        + "git top level above the scan root. Default: the scan root.", valueName: "dir|git"))
  var sarifRoot: String?

  @Option(
    help: ArgumentHelp(
      "People already exported since 1 January, added to this scan's count for the PIPL route.", valueName: "n"))
  var priorSubjects: Int = 0

  @Option(help: ArgumentHelp("People whose sensitive PI was already exported since 1 January.", valueName: "n"))
  var priorSensitiveSubjects: Int = 0

  @Option(
    help: ArgumentHelp(
      "Sign evidence.json with this Ed25519 key (32 raw bytes or base64; see 'xborder keygen').",
      valueName: "keyfile"))
  var sign: String?

  @Option(
    help: ArgumentHelp(
      "Scan only shard i of n (0-based, e.g. 0/4 … 3/4): files are split by a stable hash of their path.",
      valueName: "i/n"))
  var shard: String?

  @Flag(help: "Print per-rule time, candidates and accepted matches to stderr (slowest first).")
  var profileRules = false

  @Flag(help: "Run every rule on every byte (ignore prefilter hints); for checking hints and measuring.")
  var noPrefilter = false

  @Flag(name: [.short, .long], help: "Print nothing but errors.")
  var quiet = false

  @Flag(name: [.short, .long], help: "Print what the scan is set up with (config, rules, regex engine, key source).")
  var verbose = false

  func validate() throws {
    if let maxFindingsPerFile, maxFindingsPerFile < 0 {
      throw ValidationError("--max-findings-per-file must be 0 or more")
    }
    if let format {
      let unknown = Self.split(format).filter { !ReportWriter.knownFormats.contains($0) }
      if !unknown.isEmpty {
        throw ValidationError(
          "unknown format(s) \(unknown.joined(separator: ", ")); use \(ReportWriter.knownFormats.joined(separator: ", "))")
      }
    }
    if let shard, Shard(parsing: shard) == nil {
      throw ValidationError("--shard '\(shard)' is not i/n with 0 <= i < n; write e.g. --shard 0/4")
    }
    if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    if baseline != nil && noBaseline { throw ValidationError("--baseline and --no-baseline cannot be used together") }
    if priorSubjects < 0 || priorSensitiveSubjects < 0 {
      throw ValidationError("--prior-subjects and --prior-sensitive-subjects must be 0 or more")
    }
  }

  func run() throws {
    let interruption = ScanInterruption()
    do {
      var pipeline = ScanPipeline()
      let verbose = verbose
      pipeline.onScanStart = { folder, files, bytes in
        interruption.setReportFolder(folder)
        if verbose { FileHandle.standardError.write(Data("xborder: scanning \(files) files (\(bytes) bytes)\n".utf8)) }
      }
      let run = try pipeline.run(options)
      if verbose { printSetup(run) }
      if let profile = run.ruleProfile { FileHandle.standardError.write(Data(profile.render().utf8)) }
      interruption.beginWriting()
      defer { interruption.endWriting() }
      var written = try ReportWriter.write(
        run.report, formats: run.options.formats, to: run.options.output, sarifRoot: run.sarifRoot)
      written += try EvidenceWriter.write(run, reports: written, signingKeyFile: sign)
      if !quiet {
        let shown = written.map { Self.displayPath($0) }
        print(TerminalSummary.render(run, reportFiles: shown), terminator: "")
      }
      if !run.report.gate.passed { throw ExitCodes.gateFailed }
    } catch let error as XBorderError {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
  }

  private var options: ScanOptions {
    var options = ScanOptions()
    selection.apply(to: &options)
    options.failOn = failOn
    options.maxFindingsPerFile = maxFindingsPerFile
    options.output = output
    options.formats = format.map(Self.split)
    options.shard = shard.flatMap(Shard.init(parsing:))
    options.profileRules = profileRules
    options.usePrefilter = !noPrefilter
    options.commandLine = CommandLine.arguments.joined(separator: " ")
    options.baselineFile = baseline
    options.ignoreBaseline = noBaseline
    options.changedSince = changedSince
    options.requireReason = requireReason ? true : nil
    options.sarifRoot = sarifRoot
    options.showProgress = !quiet && isatty(2) == 1
    options.priorSubjects = priorSubjects
    options.priorSensitiveSubjects = priorSensitiveSubjects
    return options
  }

  private func printSetup(_ run: ScanRun) {
    let options = run.options
    var lines = [
      "config: \(options.configFile ?? "none")",
      "policy: \(run.policy.id) (\(run.policy.origin))",
      "rules: \(run.report.rules.count) enabled" + (options.disabledRules.isEmpty ? "" : ", disabled: \(options.disabledRules.sorted().joined(separator: ", "))"),
      "regex engine: \(XBorderVersion.regexEngine)",
      "fingerprint key: from \(run.fingerprintKeySource)",
      "workers: \(options.jobs)" + (options.shard.map { ", shard \($0)" } ?? ""),
      "rules loaded and compiled in \(run.ruleLoadMilliseconds) ms",
      "baseline: \(options.baselineFile ?? "none")",
    ]
    lines = lines.map { "xborder: " + $0 }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  static func split(_ list: String) -> [String] {
    list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  static func displayPath(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
  }
}

extension FailThreshold: ExpressibleByArgument {}
extension Confidence: ExpressibleByArgument {}
