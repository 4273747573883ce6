import Crypto
import Foundation
import XBorderCore
import XBorderPolicy

/// Writes `evidence.json` (and with a key, `evidence.json.sig`) beside the reports, atomically.
public enum EvidenceWriter {
  /// Builds and writes the manifest for `run`, whose reports are `reports`; returns the written paths.
  public static func write(_ run: ScanRun, reports: [String], signingKeyFile: String?) throws(XBorderError) -> [String]
  {
    try write(
      run.report, policy: run.policy, ruleDirectories: run.options.ruleDirectories, output: run.options.output,
      reports: reports, signingKeyFile: signingKeyFile)
  }

  /// The same for a report not fresh from a scan (`xborder merge`): the rule folders and policy it was
  /// made with are digested as they are now.
  public static func write(
    _ report: ScanReport, policy: Policy, ruleDirectories: [String], output: String, reports: [String],
    signingKeyFile: String?
  ) throws(XBorderError) -> [String] {
    var manifest = try EvidenceBuilder.manifest(report, policy: policy, ruleDirectories: ruleDirectories, reports: reports)
    let key = try signingKeyFile.map { (path) throws(XBorderError) in try EvidenceKeys.privateKey(file: path) }
    if let key {
      manifest.signing = .init(algorithm: "Ed25519", publicKey: key.publicKey.rawRepresentation.base64EncodedString())
    }
    let data = try encode(manifest)
    let path = (output as NSString).appendingPathComponent(EvidenceManifest.fileName)
    try ReportWriter.writeAtomically(data, to: path)
    guard let key else { return [path] }
    let signature: Data
    do {
      signature = try key.signature(for: data)
    } catch {
      throw XBorderError(.io, "cannot sign \(path): \(error)")
    }
    let signaturePath = (output as NSString).appendingPathComponent(EvidenceManifest.signatureFileName)
    try ReportWriter.writeAtomically(Data((signature.base64EncodedString() + "\n").utf8), to: signaturePath)
    return [path, signaturePath]
  }

  static func encode(_ manifest: EvidenceManifest) throws(XBorderError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(manifest) + Data("\n".utf8)
    } catch {
      throw XBorderError(.io, "cannot encode the evidence manifest: \(error)")
    }
  }
}
