import ArgumentParser
import XBorderApp

struct RegionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "regions", abstract: "List the cloud region catalogue or explain how a host or region resolves.",
    subcommands: [RegionsListCommand.self, RegionsExplainCommand.self])
}

struct RegionsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List every catalogued region: provider, code, country, city.")

  @Option(help: ArgumentHelp("Only this provider (aws, azure, gcp, alibaba, tencent, huawei, …).", valueName: "id"))
  var provider: String?

  func run() throws {
    let text: String
    do {
      text = try RegionsReport.list(provider: provider)
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
    print(text, terminator: "")
  }
}

struct RegionsExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain how a URL, host, IP address or region code resolves, and why.",
    discussion: "A bare region code lists every provider that defines it; write provider:region for one.")

  @Argument(help: "A URL, host, IP address, region code or provider:region (e.g. huawei:ap-southeast-1).")
  var subject: String

  @Option(
    help: ArgumentHelp(
      "Judge against this policy (preset or YAML file); default: every preset.", valueName: "name|file"))
  var policy: String?

  func run() throws {
    let text: String
    do {
      text = try RegionsReport.explain(subject, policy: policy.map { $0.contains("/") ? absolutePath($0) : $0 })
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
    print(text, terminator: "")
  }
}
