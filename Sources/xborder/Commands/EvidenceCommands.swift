import ArgumentParser
import Foundation
import XBorderApp
import XBorderCore

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Re-render reports from a saved xborder.json without rescanning.",
    discussion: "Exit codes: 0 written, 2 unreadable or invalid JSON report, 64 usage error.")

  @Option(help: ArgumentHelp("The xborder.json of an earlier scan.", valueName: "file"))
  var from: String

  @Option(
    help: ArgumentHelp("Report formats, comma-separated: sarif, markdown, json. Default: all three.", valueName: "list")
  )
  var format: String = "sarif,markdown,json"

  @Option(name: [.short, .long], help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
  var output: String

  func validate() throws {
    let unknown = ScanCommand.split(format).filter { !ReportWriter.knownFormats.contains($0) }
    if !unknown.isEmpty {
      throw ValidationError(
        "unknown format(s) \(unknown.joined(separator: ", ")); use \(ReportWriter.knownFormats.joined(separator: ", "))"
      )
    }
  }

  func run() throws {
    do {
      let written = try ReportRerender.run(from: from, formats: ScanCommand.split(format), to: output)
      for path in written { print("wrote \(ScanCommand.displayPath(path))") }
    } catch {
      Diagnostics.print(error)
      throw error.kind == .usage ? ExitCode(64) : ExitCodes.toolError
    }
  }
}

struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check a report folder against its evidence.json: report digests, scanned files, signature.",
    discussion: """
      Exit codes:
        0   every report and scanned file is unchanged (and the signature, if any, is valid)
        1   something changed: each change is named
        2   no readable evidence.json, or an unreadable key file
      """)

  @Argument(help: "The report folder (the --output of the scan).")
  var directory: String

  @Option(
    help: ArgumentHelp(
      "Ed25519 public key that must have signed evidence.json (KEY.pub of 'xborder keygen').", valueName: "file"))
  var publicKey: String?

  @Option(help: ArgumentHelp("Look for the scanned files here instead of the recorded scan root.", valueName: "dir"))
  var root: String?

  func run() throws {
    do {
      let outcome = try EvidenceVerifier(directory: directory, publicKeyFile: publicKey, root: root).verify()
      for problem in outcome.problems { print("CHANGED \(problem)") }
      print(
        "\(outcome.isValid ? "verified" : "FAILED"): \(outcome.reportsChecked) report file(s), "
          + "\(outcome.filesChecked) scanned file(s); signature: \(outcome.signature)")
      if !outcome.isValid { throw ExitCode(1) }
    } catch let error as XBorderError {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
  }
}

struct KeygenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keygen",
    abstract: "Create an Ed25519 key pair for 'scan --sign': FILE (base64 seed, mode 0600) and FILE.pub.",
    discussion: "Exit codes: 0 written, 2 the file exists or cannot be written.")

  @Argument(help: "Path of the private key file to create.")
  var file: String

  func run() throws {
    do {
      let key = try EvidenceKeys.generate(at: file)
      print("wrote \(file) (keep it secret) and \(file).pub: \(key.rawRepresentation.base64EncodedString())")
    } catch {
      Diagnostics.print(error)
      throw ExitCodes.toolError
    }
  }
}
