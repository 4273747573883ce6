import Foundation
import XBorderCore
import XBorderPolicy

/// The I/O around `ShardMerge`: reads the shards' `xborder.json`, writes the merged reports and
/// `evidence.json` into one folder.
public enum ShardMergeRun {
  public struct Request {
    public var inputs: [String]
    public var output: String
    public var formats: [String]
    /// The policy the shards ran with; nil: the preset their reports name.
    public var policy: String?
    /// The `--rules` folders the shards ran with, for the rule-pack digest of the evidence.
    public var ruleDirectories: [String]
    public var signingKeyFile: String?
    public var commandLine: String

    public init(
      inputs: [String], output: String, formats: [String], policy: String?, ruleDirectories: [String],
      signingKeyFile: String?, commandLine: String
    ) {
      self.inputs = inputs
      self.output = output
      self.formats = formats
      self.policy = policy
      self.ruleDirectories = ruleDirectories
      self.signingKeyFile = signingKeyFile
      self.commandLine = commandLine
    }
  }

  /// Writes the merged reports; returns them and the paths written.
  public static func run(_ request: Request) throws(XBorderError) -> (report: ScanReport, written: [String]) {
    var shards: [ShardMerge.Shard] = []
    for input in request.inputs {
      let path = input.hasSuffix(".json") ? input : (input as NSString).appendingPathComponent("xborder.json")
      shards.append(ShardMerge.Shard(origin: path, report: try ReportRerender.load(path)))
    }
    let policyName = request.policy ?? shards.first?.report.invocation.policy ?? "pipl"
    let policy = try PolicySource.load(policyName)
    let report = try ShardMerge.merge(shards, policy: policy, commandLine: request.commandLine)
    var written = try ReportWriter.write(report, formats: request.formats, to: request.output)
    written += try EvidenceWriter.write(
      report, policy: policy, ruleDirectories: request.ruleDirectories, output: request.output, reports: written,
      signingKeyFile: request.signingKeyFile)
    return (report, written)
  }
}
