import XBorderCore
import XBorderRegex

/// The version of this build, reported in every report and by `xborder version`.
public enum XBorderVersion {
  public static let version = "0.1.0"
  public static let informationUri = "https://github.com/xborder-dev/xborder"
  public static var tool: ToolInfo { ToolInfo(name: "xborder", version: version, informationUri: informationUri) }

  /// The regex engine and whether its JIT runs here, e.g. "PCRE2 10.42 2022-12-11, JIT available".
  public static var regexEngine: String {
    let jit = RegexEngineInfo.jitAvailable ? "JIT available" : "JIT unavailable: patterns run in the interpreter"
    return "PCRE2 \(RegexEngineInfo.version), \(jit)"
  }
}
