import Crypto
import Foundation
import XBorderCore

/// Ed25519 key files for `--sign` and `verify --public-key`.
///
/// Format: the 32 raw key bytes (a private key file holds the seed), or the same 32 bytes as base64 text
/// (whitespace around it ignored). `xborder keygen` writes base64 files: `KEY` (mode 0600) and `KEY.pub`.
public enum EvidenceKeys {
  public static func privateKey(file path: String) throws(XBorderError) -> Curve25519.Signing.PrivateKey {
    let bytes = try keyBytes(file: path, what: "signing key")
    do {
      return try Curve25519.Signing.PrivateKey(rawRepresentation: bytes)
    } catch {
      throw XBorderError(.config, "\(path): not an Ed25519 private key", hint: "create one with 'xborder keygen'")
    }
  }

  public static func publicKey(file path: String) throws(XBorderError) -> Curve25519.Signing.PublicKey {
    let bytes = try keyBytes(file: path, what: "public key")
    guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else {
      throw XBorderError(
        .config, "\(path): not an Ed25519 public key", hint: "use the KEY.pub written by 'xborder keygen'")
    }
    return key
  }

  /// Writes a new key pair: `path` (base64 seed, mode 0600) and `path.pub` (base64 public key).
  public static func generate(at path: String) throws(XBorderError) -> Curve25519.Signing.PublicKey {
    guard !FileManager.default.fileExists(atPath: path) else {
      throw XBorderError(.io, "\(path) already exists", hint: "choose another path; keygen never overwrites a key")
    }
    let key = Curve25519.Signing.PrivateKey()
    let seed = Data((key.rawRepresentation.base64EncodedString() + "\n").utf8)
    let pub = Data((key.publicKey.rawRepresentation.base64EncodedString() + "\n").utf8)
    guard FileManager.default.createFile(atPath: path, contents: seed, attributes: [.posixPermissions: 0o600]),
      FileManager.default.createFile(atPath: path + ".pub", contents: pub)
    else {
      throw XBorderError(
        .io, "cannot write the key files \(path) and \(path).pub", hint: "check the folder exists and is writable")
    }
    return key.publicKey
  }

  static func keyBytes(file path: String, what: String) throws(XBorderError) -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw XBorderError(.config, "cannot read the \(what) file \(path)", hint: "check the path")
    }
    if data.count == 32 { return data }
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let decoded = Data(base64Encoded: text), decoded.count == 32 else {
      throw XBorderError(
        .config, "\(path): a \(what) file holds 32 raw bytes or their base64 text",
        hint: "create a key pair with 'xborder keygen FILE'")
    }
    return decoded
  }
}
