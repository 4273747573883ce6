import ArgumentParser
import XBorderApp

struct VersionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "version", abstract: "Print the version and the regex engine in use.")

  func run() {
    print("xborder \(XBorderVersion.version)")
    print(XBorderVersion.regexEngine)
  }
}
