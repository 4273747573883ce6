import Foundation
import XBorderCore
import XBorderEngine
import XBorderPolicy

/// Reading and writing baseline files, and the key check that ties a baseline to its fingerprint key.
public enum BaselineStore {
  static func load(_ path: String) throws(XBorderError) -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw XBorderError(.io, "cannot read the baseline \(path)", hint: "check the --baseline path and its permissions")
    }
    return try BaselineFile.decode(data, origin: path)
  }

  /// The baseline at `path` if there is one (to keep its reasons), else nil.
  public static func existing(_ path: String) throws(XBorderError) -> Baseline? {
    FileManager.default.fileExists(atPath: path) ? try load(path) : nil
  }

  /// Writes `baseline` atomically.
  public static func write(_ baseline: Baseline, to path: String) throws(XBorderError) {
    try ReportWriter.writeAtomically(Data(BaselineFile.encode(baseline).utf8), to: path)
  }

  /// 16 hex digits of an HMAC of a fixed label under the key: equal keys give equal checks, and the
  /// check says nothing about the key or any value.
  static func keyCheck(_ fingerprinter: Fingerprinter) -> String {
    String(fingerprinter.fingerprint(ruleId: "xborder/baseline-key-check", normalizedValue: "", path: "").prefix(16))
  }
}
