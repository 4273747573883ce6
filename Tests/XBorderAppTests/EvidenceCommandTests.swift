import Foundation
import Testing
import XBorderTestSupport

/// `evidence.json`, `xborder verify`, `--sign` and `xborder report --from`, end to end.
@Suite(.serialized) struct EvidenceCommandTests {
  static let files = [
    "data/orders.csv": "name,手机号,身份证号\n张三,13912347865,11010519491231002X\n李四,13987651234,\n",
    "data/app.env": "ANALYTICS_URL=https://api.mixpanel.com/track\n",
  ]

  /// A scanned folder with its report folder `out`; `body` gets the directory.
  private func withScan(_ arguments: [String] = [], _ body: (TemporaryDirectory) throws -> Void) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for (path, text) in Self.files { try directory.write(path, text) }
    let scan = try CommandRunner.run(["scan", "data", "--output", "out", "--quiet"] + arguments, in: directory.path)
    #expect(scan.exitCode == 1, "\(scan.stderr)")
    try body(directory)
  }

  private func flipLastByte(_ path: String) throws {
    var data = try Data(contentsOf: URL(fileURLWithPath: path))
    data[data.count - 1] ^= 0x01
    try data.write(to: URL(fileURLWithPath: path))
  }

  private func manifest(_ directory: TemporaryDirectory) throws -> [String: Any] {
    let data = try Data(contentsOf: directory.url.appendingPathComponent("out/evidence.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func manifestRecordsFilesRulesAndReports() throws {
    try withScan { directory in
      let manifest = try manifest(directory)
      let files = try #require(manifest["files"] as? [[String: Any]])
      #expect(files.map { $0["path"] as? String } == ["app.env", "orders.csv"])
      #expect(files.allSatisfy { ($0["sha256"] as? String)?.count == 64 && $0["status"] as? String == "scanned" })
      let reports = try #require(manifest["reports"] as? [[String: Any]])
      #expect(Set(reports.compactMap { $0["file"] as? String }) == ["xborder.json", "xborder.md", "xborder.sarif"])
      let rules = try #require(manifest["rulePack"] as? [String: Any])
      #expect((rules["sha256"] as? String)?.count == 64)
      #expect((rules["ruleIds"] as? [String])?.contains("pii.cn.resident-id") == true)
      #expect(manifest["allFilesScanned"] as? Bool == true)
      let text = try String(contentsOf: directory.url.appendingPathComponent("out/evidence.json"), encoding: .utf8)
      #expect(!text.contains("13912347865"))
    }
  }

  @Test func verifyPassesOnAnUntouchedFolder() throws {
    try withScan { directory in
      let verify = try CommandRunner.run(["verify", "out"], in: directory.path)
      #expect(verify.exitCode == 0, "\(verify.stdout)\(verify.stderr)")
      #expect(verify.stdout.contains("verified: 3 report file(s), 2 scanned file(s)"))
    }
  }

  @Test(arguments: ["out/xborder.md", "out/xborder.json"])
  func verifyNamesAChangedReport(report: String) throws {
    try withScan { directory in
      try flipLastByte(directory.path + "/" + report)
      let verify = try CommandRunner.run(["verify", "out"], in: directory.path)
      #expect(verify.exitCode == 1)
      let name = (report as NSString).lastPathComponent
      #expect(verify.stdout.contains("CHANGED report \(name): changed"))
    }
  }

  @Test func verifyNamesAChangedScannedFile() throws {
    try withScan { directory in
      try flipLastByte(directory.path + "/data/orders.csv")
      let verify = try CommandRunner.run(["verify", "out"], in: directory.path)
      #expect(verify.exitCode == 1)
      #expect(verify.stdout.contains("CHANGED scanned file orders.csv: changed"))
      #expect(!verify.stdout.contains("app.env"))
    }
  }

  @Test func verifyWithoutAManifestIsAnError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let verify = try CommandRunner.run(["verify", "."], in: directory.path)
    #expect(verify.exitCode == 2)
    #expect(verify.stderr.contains("no evidence.json"))
  }

  @Test func signatureIsCheckedAndTamperingIsCaught() throws {
    let keys = try TemporaryDirectory()
    defer { keys.remove() }
    let keygen = try CommandRunner.run(["keygen", "signer"], in: keys.path)
    #expect(keygen.exitCode == 0, "\(keygen.stderr)")
    let other = try CommandRunner.run(["keygen", "other"], in: keys.path)
    #expect(other.exitCode == 0)
    try withScan(["--sign", keys.path + "/signer"]) { directory in
      let good = try CommandRunner.run(
        ["verify", "out", "--public-key", keys.path + "/signer.pub"], in: directory.path)
      #expect(good.exitCode == 0, "\(good.stdout)\(good.stderr)")
      #expect(good.stdout.contains("signature: valid (Ed25519"))

      let wrongKey = try CommandRunner.run(
        ["verify", "out", "--public-key", keys.path + "/other.pub"], in: directory.path)
      #expect(wrongKey.exitCode == 1)
      #expect(wrongKey.stdout.contains("different key"))

      // Editing the manifest (say, to match a changed file) breaks the signature.
      let path = directory.path + "/out/evidence.json"
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try text.replacingOccurrences(of: "\"status\" : \"scanned\"", with: "\"status\" : \"skipped\"")
        .write(toFile: path, atomically: true, encoding: .utf8)
      let tampered = try CommandRunner.run(
        ["verify", "out", "--public-key", keys.path + "/signer.pub"], in: directory.path)
      #expect(tampered.exitCode == 1)
      #expect(tampered.stdout.contains("evidence.json: signature does not match"))
    }
  }

  @Test func keygenNeverOverwrites() throws {
    let keys = try TemporaryDirectory()
    defer { keys.remove() }
    #expect(try CommandRunner.run(["keygen", "k"], in: keys.path).exitCode == 0)
    let again = try CommandRunner.run(["keygen", "k"], in: keys.path)
    #expect(again.exitCode == 2)
    #expect(again.stderr.contains("already exists"))
  }

  @Test func reportFromSavedJSONReRendersTheSameFiles() throws {
    try withScan { directory in
      let rerender = try CommandRunner.run(
        ["report", "--from", "out/xborder.json", "--format", "sarif,markdown,json", "--output", "again"],
        in: directory.path)
      #expect(rerender.exitCode == 0, "\(rerender.stderr)")
      for name in ["xborder.sarif", "xborder.md", "xborder.json"] {
        let original = try Data(contentsOf: directory.url.appendingPathComponent("out/\(name)"))
        let again = try Data(contentsOf: directory.url.appendingPathComponent("again/\(name)"))
        #expect(original == again, "\(name)")
      }
      let overwrite = try CommandRunner.run(
        ["report", "--from", "out/xborder.json", "--output", "out"], in: directory.path)
      #expect(overwrite.exitCode == 64)
      let missing = try CommandRunner.run(["report", "--from", "nope.json", "--output", "x"], in: directory.path)
      #expect(missing.exitCode == 2)
      #expect(missing.stderr.contains("nope.json"))
    }
  }

  @Test func priorSubjectsMoveTheRoute() throws {
    try withScan(["--prior-subjects", "99998", "--format", "json"]) { directory in
      let data = try Data(contentsOf: directory.url.appendingPathComponent("out/xborder.json"))
      let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let pipl = (json["assessment"] as? [String: Any])?["pipl"] as? [String: Any]
      #expect(pipl?["scannedSubjects"] as? Int == 2)
      #expect(pipl?["cumulativeSubjects"] as? Int == 100_000)
      #expect(pipl?["route"] as? String == "standard_contract_or_certification")
    }
  }
}
