import ArgumentParser
import Foundation
import XBorderApp
import XBorderCore
import XBorderPolicy

/// `xborder baseline create`: record today's findings so the gate fails only on new ones.
struct BaselineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baseline",
    abstract: "Accept the current findings so the gate fails only on new ones.",
    subcommands: [BaselineCreateCommand.self])
}

struct BaselineCreateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "create",
    abstract: "Scan and write every finding that is not already suppressed to a baseline file.",
    discussion: """
      The baseline holds keyed fingerprints (rule id + normalized value + path under the project's \
      fingerprint key), rule ids and paths: no values, no line numbers. Entries already in the file keep \
      their reason, owner and expiry; entries that match nothing any more are dropped. Use the same \
      fingerprint key (XBORDER_FINGERPRINT_KEY) in CI as when creating it.

      Exit codes:
        0   the baseline was written (whatever the scan found)
        2   tool or configuration error (rules, config, policy, unreadable path,
            baseline that cannot be read or written)
        64  usage error (unknown flag, bad value)
      """)

  @OptionGroup var selection: ScanSelectionOptions

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("Baseline file to write. Default: .xborder-baseline.json at the scan root.", valueName: "file"))
  var output: String?

  @Option(help: ArgumentHelp("Reason recorded on new entries.", valueName: "text"))
  var reason: String?

  @Option(help: ArgumentHelp("Owner recorded on new entries (a team or handle).", valueName: "name"))
  var owner: String?

  @Option(help: ArgumentHelp("Last day new entries suppress (YYYY-MM-DD).", valueName: "date"))
  var expires: String?

  @Flag(name: [.short, .long], help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    if let expires, ISODate(expires) == nil {
      throw ValidationError("--expires '\(expires)' is not a date; write the last valid day as YYYY-MM-DD")
    }
  }

  func run() throws {
    do {
      try create()
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
  }

  private func create() throws(XBorderError) {
    var options = options
    options.excludedFiles = output.map { [absolute($0)] } ?? []
    let run = try ScanPipeline().run(options)
    let path = output.map(absolute) ?? (run.report.invocation.root as NSString)
      .appendingPathComponent(Baseline.defaultFileName)
    let previous = try BaselineStore.existing(path)
    let defaults = Baseline.Entry.Annotations(reason: reason, owner: owner, expires: expires.flatMap(ISODate.init))
    let baseline = Baseline.of(run.report.findings, keyCheck: run.keyCheck, previous: previous, defaults: defaults)
    try BaselineStore.write(baseline, to: path)
    if let previous, let oldKey = previous.keyCheck, oldKey != run.keyCheck, !previous.entries.isEmpty {
      FileHandle.standardError.write(
        Data(("xborder: warning: \(ScanCommand.displayPath(path)) was made with another fingerprint key; its "
          + "\(previous.entries.count) entries could not be matched and were replaced "
          + "(their reasons are lost)\n").utf8))
    }
    if !quiet { print(summary(baseline, previous: previous, path: path)) }
  }

  private func summary(_ baseline: Baseline, previous: Baseline?, path: String) -> String {
    let old = Set(previous?.entries.map(\.fingerprint) ?? [])
    let now = Set(baseline.entries.map(\.fingerprint))
    return "xborder: wrote \(baseline.entries.count) entr\(baseline.entries.count == 1 ? "y" : "ies") to "
      + "\(ScanCommand.displayPath(path)) (\(now.subtracting(old).count) new, \(now.intersection(old).count) kept, "
      + "\(old.subtracting(now).count) dropped); commit it, and scans will fail only on new findings"
  }

  private var options: ScanOptions {
    var options = ScanOptions()
    selection.apply(to: &options)
    options.ignoreBaseline = true
    options.failOn = FailThreshold.none
    options.showProgress = !quiet && isatty(2) == 1
    options.commandLine = CommandLine.arguments.joined(separator: " ")
    return options
  }

  private func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
  }
}
