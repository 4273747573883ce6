import Crypto
import Foundation
import XBorderCore

/// Re-checks a report folder against its `evidence.json`: report digests, the digests of the scanned
/// files (re-read under the recorded root, or `root` when given) and the signature.
public struct EvidenceVerifier {
  /// What `verify` found: nothing in `problems` means the folder and the scanned files are unchanged.
  public struct Outcome: Sendable {
    public var problems: [String] = []
    public var reportsChecked = 0
    public var filesChecked = 0
    /// `valid (…)`, `not signed`, …
    public var signature = "not signed"
    public var isValid: Bool { problems.isEmpty }
  }

  public var directory: String
  public var publicKeyFile: String?
  public var root: String?

  public init(directory: String, publicKeyFile: String? = nil, root: String? = nil) {
    self.directory = directory
    self.publicKeyFile = publicKeyFile
    self.root = root
  }

  /// Throws when the manifest cannot be read at all (exit code 2); mismatches are in the outcome.
  public func verify() throws(XBorderError) -> Outcome {
    let manifestPath = (directory as NSString).appendingPathComponent(EvidenceManifest.fileName)
    guard let data = FileManager.default.contents(atPath: manifestPath) else {
      throw XBorderError(
        .io, "no \(EvidenceManifest.fileName) in \(directory)", hint: "give the --output folder of a scan")
    }
    let manifest: EvidenceManifest
    do {
      manifest = try JSONDecoder().decode(EvidenceManifest.self, from: data)
    } catch {
      throw XBorderError(
        .config, "\(manifestPath) is not an evidence manifest: \(error)",
        hint: "it was edited or damaged; the evidence cannot be verified")
    }
    var outcome = Outcome()
    try checkSignature(data, manifest: manifest, into: &outcome)
    for report in manifest.reports {
      outcome.reportsChecked += 1
      let path = (directory as NSString).appendingPathComponent(report.file)
      compare(path, label: "report \(report.file)", expected: report.sha256, into: &outcome)
    }
    let base = root ?? manifest.root
    for file in manifest.files {
      guard let expected = file.sha256 else { continue }
      outcome.filesChecked += 1
      compare(
        EvidenceBuilder.absolute(file.path, root: base), label: "scanned file \(file.path)", expected: expected,
        into: &outcome)
    }
    return outcome
  }

  private func compare(_ path: String, label: String, expected: String, into outcome: inout Outcome) {
    guard let actual = Digest.sha256(file: path) else {
      outcome.problems.append("\(label): missing or unreadable (\(path))")
      return
    }
    if actual.digest != expected { outcome.problems.append("\(label): changed (SHA-256 differs)") }
  }

  private func checkSignature(_ data: Data, manifest: EvidenceManifest, into outcome: inout Outcome)
    throws(XBorderError)
  {
    let signaturePath = (directory as NSString).appendingPathComponent(EvidenceManifest.signatureFileName)
    let signatureFile = FileManager.default.contents(atPath: signaturePath)
    let trusted = try publicKeyFile.map { (path) throws(XBorderError) in try EvidenceKeys.publicKey(file: path) }
    guard let signing = manifest.signing else {
      if trusted != nil { outcome.problems.append("evidence.json: not signed, but --public-key was given") }
      if signatureFile != nil { outcome.problems.append("evidence.json.sig: present, but the manifest names no key") }
      return
    }
    guard let signatureFile,
      let signature = Data(
        base64Encoded: String(decoding: signatureFile, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      outcome.problems.append("evidence.json.sig: missing or not base64, although the manifest is signed")
      return
    }
    let named = Data(base64Encoded: signing.publicKey).flatMap {
      try? Curve25519.Signing.PublicKey(rawRepresentation: $0)
    }
    guard let key = trusted ?? named else {
      outcome.problems.append("evidence.json: the public key it names is not an Ed25519 key")
      return
    }
    if let trusted, trusted.rawRepresentation != named?.rawRepresentation {
      outcome.problems.append("evidence.json: signed with a different key than --public-key")
    }
    guard key.isValidSignature(signature, for: data) else {
      outcome.problems.append("evidence.json: signature does not match (the manifest or the signature changed)")
      return
    }
    outcome.signature =
      trusted != nil
      ? "valid (Ed25519, the key given with --public-key)"
      : "valid against the key named in the manifest only: give --public-key to check who signed"
  }
}
