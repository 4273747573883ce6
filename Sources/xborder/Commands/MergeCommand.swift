import ArgumentParser
import Foundation
import XBorderApp
import XBorderCore

/// `xborder merge`: one set of reports from the results of a scan split with `--shard I/N`.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine the xborder.json of every shard of a scan (--shard I/N) into one set of reports.",
    discussion: """
      Findings, coverage, column summaries and gate failures are joined; people counts are merged from \
      the shards' counting sketches (a person found by two shards counts once); the transfer assessment \
      and checklist are derived again. Shards of different runs (version, root, policy, rules, gate \
      settings) or a file scanned twice are refused. Exit codes: 0 merged and the gate passed, 1 merged \
      and the gate failed, 2 unreadable or mismatched shard results, 64 usage error.
      """)

  @Argument(help: "The shards' report folders (or their xborder.json files).")
  var inputs: [String]

  @Option(name: [.short, .long], help: ArgumentHelp("Folder for the merged reports. Default: reports/.", valueName: "dir"))
  var output: String = "reports"

  @Option(help: ArgumentHelp("Report formats, comma-separated: sarif, markdown, json. Default: all three.", valueName: "list"))
  var format: String = "sarif,markdown,json"

  @Option(help: ArgumentHelp("The policy the shards ran with, when not a preset (a YAML file).", valueName: "name|file"))
  var policy: String?

  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("A rule-pack folder the shards ran with (for the evidence digest); repeatable.", valueName: "dir"))
  var ruleDirectories: [String] = []

  @Option(help: ArgumentHelp("Sign evidence.json with this Ed25519 key (see 'xborder keygen').", valueName: "keyfile"))
  var sign: String?

  @Flag(name: [.short, .long], help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give the report folder (or xborder.json) of every shard") }
    let unknown = ScanCommand.split(format).filter { !ReportWriter.knownFormats.contains($0) }
    if !unknown.isEmpty {
      throw ValidationError(
        "unknown format(s) \(unknown.joined(separator: ", ")); use \(ReportWriter.knownFormats.joined(separator: ", "))")
    }
  }

  func run() throws {
    do {
      let request = ShardMergeRun.Request(
        inputs: inputs, output: output, formats: ScanCommand.split(format), policy: policy,
        ruleDirectories: ruleDirectories, signingKeyFile: sign, commandLine: CommandLine.arguments.joined(separator: " "))
      let (report, written) = try ShardMergeRun.run(request)
      if !quiet {
        print(TerminalSummary.render(report, reportFiles: written.map { ScanCommand.displayPath($0) }), terminator: "")
      }
      if !report.gate.passed { throw ExitCodes.gateFailed }
    } catch let error as XBorderError {
      Diagnostics.print(error)
      throw error.kind == .usage ? ExitCode(2) : ExitCodes.toolError
    }
  }
}
