import ArgumentParser
import Foundation
import XBorderApp
import XBorderCore

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rules or run their examples.",
    subcommands: [RulesListCommand.self, RulesTestCommand.self, RulesExportCommand.self])
}

struct RulesListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the enabled rules.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

  @Option(help: "Output format: table or json.")
  var format: Format = .table

  @Option(name: .customLong("rules"), help: ArgumentHelp("Also load the rule packs in this folder; repeatable.", valueName: "dir"))
  var ruleDirectories: [String] = []

  func run() throws {
    let text: String
    do {
      let rules = try RuleListing.describe(directories: ruleDirectories.map(absolutePath))
      text = format == .json ? try RuleListing.json(rules) : RuleListing.table(rules)
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
    print(text, terminator: "")
  }
}

struct RulesExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Print the enabled rules' patterns for other tools.",
    discussion: """
      --format patterns: one regex per line for `rg -f` / `grep -E -f`-style engines. Lookarounds are \
      dropped and backreferences become copies of their group, so the set matches a superset of what the \
      rules match (validators and context are not part of it).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case patterns }

  @Option(help: "Output format: patterns.")
  var format: Format = .patterns

  @Option(name: .customLong("rules"), help: ArgumentHelp("Also load the rule packs in this folder; repeatable.", valueName: "dir"))
  var ruleDirectories: [String] = []

  func run() throws {
    let export: (lines: String, skipped: [String])
    do {
      export = try RuleListing.exportPatterns(directories: ruleDirectories.map(absolutePath))
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
    for name in export.skipped {
      FileHandle.standardError.write(Data("xborder: \(name) left out: it uses syntax the export cannot rewrite\n".utf8))
    }
    print(export.lines, terminator: "")
  }
}

struct RulesTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run every rule's examples and negative examples through the scanner.",
    discussion: "Without PATH, tests the shipped rules. With PATH (a pack file or a folder of packs), tests those packs.")

  @Argument(help: "A rule-pack file or folder (default: the shipped rules).")
  var path: String?

  func run() throws {
    let result: RuleListing.TestResult
    do {
      result = try RuleListing.testExamples(path: path.map(absolutePath))
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
    for failure in result.failures { print("FAIL \(failure)") }
    let verdict = result.failures.isEmpty ? "all pass" : "\(result.failures.count) failed"
    print("\(result.examplesChecked) examples of \(result.rulesChecked) rules: \(verdict)")
    if !result.failures.isEmpty { throw ExitCode(1) }
  }
}

func absolutePath(_ path: String) -> String {
  path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}
