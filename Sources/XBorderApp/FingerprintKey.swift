import Foundation
import XBorderCore

/// Finds the project's fingerprint key, in this order:
/// 1. the environment variable `XBORDER_FINGERPRINT_KEY` (its UTF-8 bytes);
/// 2. the key file named by `--fingerprint-key-file` or `fingerprint_key_file` in `.xborder.yml`;
/// 3. `$XDG_CONFIG_HOME/xborder/fingerprint.key` (or `~/.config/…`), created with 32 random bytes and
///    mode 0600 on first use.
/// The key never appears in any report; the reports say only which source was used.
public enum FingerprintKey {
  public static let environmentVariable = "XBORDER_FINGERPRINT_KEY"

  /// The key bytes and a label of where they came from (`environment`, or `file`).
  public static func resolve(explicitFile: String?, environment: [String: String]) throws(XBorderError)
    -> (key: [UInt8], source: String)
  {
    if let value = environment[environmentVariable], !value.isEmpty { return (Array(value.utf8), "environment") }
    let path = explicitFile ?? defaultPath(environment: environment)
    if let data = FileManager.default.contents(atPath: path) {
      guard data.count >= 16 else {
        throw XBorderError(.config, "fingerprint key file \(path) is shorter than 16 bytes", hint: "delete it to get a new random key")
      }
      return (Array(data), "file")
    }
    guard explicitFile == nil else {
      throw XBorderError(.config, "fingerprint key file \(path) does not exist", hint: "create it or unset fingerprint_key_file")
    }
    return (try create(at: path), "file")
  }

  static func defaultPath(environment: [String: String]) -> String {
    let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
    return ((base as NSString).appendingPathComponent("xborder") as NSString).appendingPathComponent("fingerprint.key")
  }

  private static func create(at path: String) throws(XBorderError) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    let hex = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    let key = Array(hex.utf8)
    do {
      let folder = (path as NSString).deletingLastPathComponent
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: path, contents: Data(key), attributes: [.posixPermissions: 0o600]) else {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      throw XBorderError(
        .io, "cannot create the fingerprint key file \(path): \(error.localizedDescription)",
        hint: "set \(environmentVariable) or fingerprint_key_file in .xborder.yml")
    }
    return key
  }
}
