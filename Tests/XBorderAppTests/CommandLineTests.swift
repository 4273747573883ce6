import Foundation
import Testing
import XBorderTestSupport

/// The executable's messages and exit codes, end to end (0 pass, 1 gate failed, 2 tool error, 64 usage).
@Suite(.serialized) struct CommandLineTests {
  static let validPack = """
    pack: {id: custom, name: Custom}
    rules:
      - id: custom.member-card
        name: Member card number
        entity: payment_card
        level: error
        description: A shop's member card number.
        help: Remove it.
        patterns: [{regex: 'MC-[0-9]{8}'}]
        examples: ['MC-12345678']
        negative_examples: ['MC-1234']
    """

  private func scan(_ arguments: [String], files: [String: String]) throws -> CommandRunner.Output {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for (path, text) in files { try directory.write(path, text) }
    try directory.write("data/sample.txt", "nothing to see\n")
    return try CommandRunner.run(
      ["scan", "data", "--output", directory.path + "/out"] + arguments, in: directory.path)
  }

  @Test func cleanScanExitsZero() throws {
    let output = try scan([], files: [:])
    #expect(output.exitCode == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Gate: passed"))
  }

  @Test func findingsFailTheGateWithExitOne() throws {
    let output = try scan([], files: ["data/ids.txt": "身份证号: 11010519491231002X\n"])
    #expect(output.exitCode == 1)
    #expect(output.stdout.contains("Gate: FAILED"))
    #expect(!output.stdout.contains("11010519491231002X"))
  }

  @Test func failOnNonePasses() throws {
    let output = try scan(["--fail-on", "none"], files: ["data/ids.txt": "身份证号: 11010519491231002X\n"])
    #expect(output.exitCode == 0)
  }

  @Test func malformedRulePackExitsTwoNamingTheFile() throws {
    let output = try scan(["--rules", "rules"], files: ["rules/broken.yaml": "pack: {id: x, name: x}\nrules:\n  - id: [\n"])
    #expect(output.exitCode == 2)
    #expect(output.stderr.contains("broken.yaml"))
    #expect(output.stderr.contains("hint:"))
  }

  @Test func regexThatDoesNotCompileExitsTwoWithOffset() throws {
    let pack = Self.validPack.replacingOccurrences(of: "MC-[0-9]{8}", with: "MC-[0-9")
    let output = try scan(["--rules", "rules"], files: ["rules/custom.yaml": pack])
    #expect(output.exitCode == 2)
    #expect(output.stderr.contains("custom.member-card"))
    #expect(output.stderr.contains("offset"))
    #expect(output.stderr.contains("custom.yaml"))
  }

  @Test func unknownValidatorExitsTwo() throws {
    let pack = Self.validPack.replacingOccurrences(of: "patterns:", with: "validators: [no_such_check]\n    patterns:")
    let output = try scan(["--rules", "rules"], files: ["rules/custom.yaml": pack])
    #expect(output.exitCode == 2)
    #expect(output.stderr.contains("unknown validator 'no_such_check'"))
    #expect(output.stderr.contains("known validators"))
  }

  @Test func userRulePackFindsItsOwnPattern() throws {
    let output = try scan(["--rules", "rules"], files: ["rules/custom.yaml": Self.validPack, "data/m.txt": "MC-87654321\n"])
    #expect(output.exitCode == 1)
  }

  @Test func unreadableFileIsReportedAndTheScanGoesOn() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/ids.txt", "身份证号: 11010519491231002X\n")
    // chmod 000 does not stop root (CI runs as root); there, follow a link to /proc/self/mem, which
    // stat calls a regular file but which fails to read with EIO.
    if getuid() == 0 {
      try FileManager.default.createSymbolicLink(atPath: directory.path + "/data/gone.csv", withDestinationPath: "/proc/self/mem")
    } else {
      try directory.write("data/gone.csv", "13912348765\n")
      chmod(directory.path + "/data/gone.csv", 0)
    }
    let output = try CommandRunner.run(
      ["scan", "data", "--follow-symlinks", "--output", "out", "--fail-on", "none"], in: directory.path)
    #expect(output.exitCode == 0, "\(output.stderr)")
    #expect(output.stdout.contains("coverage is incomplete"))
    let markdown = try String(contentsOfFile: directory.path + "/out/xborder.md", encoding: .utf8)
    #expect(markdown.contains("gone.csv"))
    #expect(markdown.contains("unreadable"))
    let sarif = try String(contentsOfFile: directory.path + "/out/xborder.sarif", encoding: .utf8)
    #expect(sarif.contains("gone.csv"))
    #expect(sarif.contains("cn_resident_id"))
  }

  @Test func unknownConfigKeyExitsTwo() throws {
    let output = try scan([], files: ["data/.xborder.yml": "fail_onn: error\n"])
    #expect(output.exitCode == 2)
    #expect(output.stderr.contains("fail_onn"))
  }

  @Test func configDisablesARule() throws {
    let output = try scan(
      [], files: ["data/.xborder.yml": "disable: [pii.cn.resident-id]\n", "data/ids.txt": "身份证号: 11010519491231002X\n"])
    #expect(output.exitCode == 0, "\(output.stderr)")
  }

  @Test func missingPathIsAToolError() throws {
    let output = try CommandRunner.run(["scan", "/nonexistent/xborder"], in: "/tmp")
    #expect(output.exitCode == 2)
    #expect(output.stderr.contains("does not exist"))
  }

  @Test func badFlagValueIsAUsageError() throws {
    let output = try CommandRunner.run(["scan", "--fail-on", "sometimes"], in: "/tmp")
    #expect(output.exitCode == 64)
  }

  @Test func rulesTestPassesForShippedRules() throws {
    let output = try CommandRunner.run(["rules", "test"], in: "/tmp")
    #expect(output.exitCode == 0, "\(output.stdout)")
    #expect(output.stdout.contains("all pass"))
  }

  @Test func rulesListJSONNamesEveryRule() throws {
    let output = try CommandRunner.run(["rules", "list", "--format", "json"], in: "/tmp")
    #expect(output.exitCode == 0)
    let rules = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]
    let ids = Set((rules ?? []).compactMap { $0["id"] as? String })
    #expect(ids.contains("pii.cn.resident-id"))
  }

  @Test func sarifOfTheSampleValidatesAgainstTheSchema() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let output = try CommandRunner.run(
      ["scan", RepositoryPaths.examples.path, "--output", directory.path, "--quiet"], in: directory.path)
    #expect(output.exitCode == 1)
    let check = try CommandRunner.python([
      RepositoryPaths.root.appendingPathComponent("scripts/validate-sarif.py").path, RepositoryPaths.sarifSchema.path,
      directory.path + "/xborder.sarif",
    ])
    #expect(check.exitCode == 0, "\(check.output)")
  }
}

/// Exports from Excel on Simplified-Chinese Windows are GBK with CRLF line ends.
@Suite struct LegacyEncodingEndToEndTests {
  @Test func gbkCSVWithChineseHeadersIsScannedWithColumnContext() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    // "订单号,手机号\r\n202405010001,13912347865\r\n" with the header in GBK.
    let header: [UInt8] = [0xB6, 0xA9, 0xB5, 0xA5, 0xBA, 0xC5, 0x2C, 0xCA, 0xD6, 0xBB, 0xFA, 0xBA, 0xC5, 0x0D, 0x0A]
    try directory.write("data/orders.csv", Data(header + Array("202405010001,13912347865\r\n".utf8)))
    let output = try CommandRunner.run(["scan", "data", "--output", "out", "--format", "json"], in: directory.path)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let report = try String(contentsOfFile: directory.path + "/out/xborder.json", encoding: .utf8)
    #expect(report.contains("gb18030"))
    #expect(report.contains("column \\\"手机号\\\"") || report.contains("column \"手机号\""))
    #expect(report.contains("\"line\" : 2") || report.contains("\"line\":2"))
  }
}

/// `--ip-regions` places public IP literals; without it their country is unknown (a note).
@Suite struct IPRegionsEndToEndTests {
  @Test func tablePlacesIPLiterals() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("data/app.properties", "db.url=jdbc:mysql://47.74.1.2:3306/shop\ncache=redis://106.14.1.9:6379\n")
    try directory.write("ip.csv", "47.74.0.0/15,SG\n106.14.0.0/15,CN\n")
    let without = try CommandRunner.run(["scan", "data", "--output", "out1", "--min-confidence", "low"], in: directory.path)
    #expect(without.exitCode == 0, "unknown-country IPs are notes: \(without.stdout)")
    let with = try CommandRunner.run(
      ["scan", "data", "--output", "out2", "--ip-regions", "ip.csv", "--format", "json"], in: directory.path)
    #expect(with.exitCode == 1)
    let report = try String(contentsOfFile: directory.path + "/out2/xborder.json", encoding: .utf8)
    #expect(report.contains("\"country\" : \"SG\"") || report.contains("\"country\":\"SG\""))
    #expect(!report.contains("106.14.1.9"))
    let bad = try CommandRunner.run(["scan", "data", "--output", "out3", "--ip-regions", "data/app.properties"], in: directory.path)
    #expect(bad.exitCode == 2)
    #expect(bad.stderr.contains("app.properties:2:"))
  }
}

/// Archives are read in place: findings inside carry `archive!/member` paths, nothing is extracted.
@Suite struct ContainerEndToEndTests {
  @Test func gzipZipAndNestedMembersAreScanned() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let script = """
      import gzip, io, zipfile, sys
      root = sys.argv[1]
      csv = "订单号,手机号\\n202405010001,13912347865\\n".encode("utf-8")
      with gzip.open(root + "/data/orders.csv.gz", "wb") as f: f.write(csv)
      inner = io.BytesIO()
      with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z: z.writestr("deep/customers.csv", "email\\nli.na@example.com\\n")
      with zipfile.ZipFile(root + "/data/backup.zip", "w", zipfile.ZIP_DEFLATED) as z:
          z.writestr("exports/orders.csv", csv)
          z.writestr("nested.zip", inner.getvalue())
      """
    try directory.write("make.py", script)
    try FileManager.default.createDirectory(atPath: directory.path + "/data", withIntermediateDirectories: true)
    let made = try CommandRunner.python([directory.path + "/make.py", directory.path])
    #expect(made.exitCode == 0, "\(made.output)")
    let before = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/data").sorted()
    let output = try CommandRunner.run(["scan", "data", "--output", "out", "--format", "json"], in: directory.path)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let report = try String(contentsOfFile: directory.path + "/out/xborder.json", encoding: .utf8)
    for path in ["orders.csv.gz!/orders.csv", "backup.zip!/exports/orders.csv", "backup.zip!/nested.zip!/deep/customers.csv"] {
      #expect(report.contains(path), "no finding or coverage entry for \(path)")
    }
    #expect(!report.contains("13912347865"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/data").sorted() == before)
  }
}
