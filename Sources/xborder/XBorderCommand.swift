import ArgumentParser
import XBorderApp

/// `xborder`: the command tree. Commands only map flags to options and results to exit codes.
@main
struct XBorderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "xborder",
    abstract: "Find personal data and foreign destinations before data leaves the country.",
    discussion: ExitCodes.help,
    version: XBorderVersion.version,
    subcommands: [
      ScanCommand.self, BaselineCommand.self, MergeCommand.self, ReportCommand.self, VerifyCommand.self,
      KeygenCommand.self, RulesCommand.self, RegionsCommand.self, VersionCommand.self,
    ],
    defaultSubcommand: nil)
}

/// The documented exit codes (also in README).
enum ExitCodes {
  static let gateFailed = ExitCode(1)
  static let toolError = ExitCode(2)
  static let help = """
    Exit codes:
      0   scan finished and the gate passed
      1   findings at or above --fail-on (the gate failed)
      2   tool or configuration error (bad rule pack, config, policy, baseline,
          unreadable path, --changed-since outside git or an unknown revision)
      64  usage error (unknown flag, bad value)
      130 interrupted by SIGINT (Ctrl-C), 143 by SIGTERM: while scanning, no
          report is written; while writing, the new reports are completed first
    """
}
