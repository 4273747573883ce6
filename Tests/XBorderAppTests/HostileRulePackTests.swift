import Foundation
import Testing
import XBorderTestSupport

/// Dangerous or broken rule packs and configuration: rejected at load time with a message naming the
/// pack and the rule (exit 2), or stopped by PCRE2's match limits with a notification naming the rule
/// and the file while every other rule keeps working.
@Suite struct HostileRulePackTests {
  private static func pack(_ rules: [(id: String, regex: String, extra: String)]) -> String {
    var text = "pack:\n  id: hostile\n  name: Hostile test pack\nrules:\n"
    for rule in rules {
      text += """
          - id: \(rule.id)
            name: Hostile rule
            entity: cn_mobile
            level: warning
            description: A test rule.
            help: Test help.
            patterns: [{regex: '\(rule.regex)'}]
            examples: ['aaa']
            negative_examples: ['bbb']
        \(rule.extra)

        """
    }
    return text
  }

  private func scanWith(pack: String, _ scan: HostileScan, extra: [String] = []) throws -> HostileScan.Result {
    try scan.directory.write("packs/hostile.yaml", pack)
    return try scan.scan(["--rules", scan.directory.path + "/packs"] + extra)
  }

  @Test func catastrophicBacktrackingIsStoppedAndNamed() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    let attack = String(repeating: "a", count: 5_000) + "!\n" + "phone \(HostileScan.phone(1))\n"
    try scan.write("attack.txt", Data(attack.utf8))
    try scan.plant("normal.env", phone: 0)
    let rules: [(id: String, regex: String, extra: String)] = [
      ("test.backtrack", "(a+)+$", ""), ("test.alternation", "^(a|a)+$", ""),
    ]
    let result = try scanWith(pack: Self.pack(rules), scan)
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))
    #expect(result.foundPhone(in: "attack.txt"), "the other rules still run on the hostile file")
    for rule in ["test.backtrack", "test.alternation"] {
      let note = result.notifications.first { $0.ruleId == rule && $0.path == "attack.txt" }
      #expect(note?.message.contains("stopped") == true, "\(result.notifications)")
      #expect(result.sarifNotifications.contains { $0.contains(rule) && $0.contains("stopped") })
    }
  }

  @Test(arguments: [
    ("a{1000000}", "number too big"),
    ("(?:(?:(?:a{65535}){65535}){65535})", "too large"),
    ("(", "missing closing parenthesis"),
  ])
  func patternsPCRE2RefusesAreRejectedAtLoad(pattern: String, message: String) throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    try scan.plant("normal.env", phone: 0)
    let result = try scanWith(pack: Self.pack([("test.huge", pattern, "")]), scan)
    #expect(result.exitCode == 2, "\(result.output.stderr)")
    #expect(result.output.stderr.contains("test.huge"), "\(result.output.stderr)")
    #expect(result.output.stderr.contains("hostile.yaml"))
    #expect(result.output.stderr.contains(message), "\(result.output.stderr)")
    #expect(result.reportTexts.isEmpty, "no report is written when the rules do not load")
  }

  @Test func duplicateIdsAndWrongTypesAreRejectedWithTheirPlace() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    try scan.plant("normal.env", phone: 0)
    let duplicate = try scanWith(pack: Self.pack([("test.same", "a+", ""), ("test.same", "b+", "")]), scan)
    #expect(duplicate.exitCode == 2)
    #expect(duplicate.output.stderr.contains("test.same"), "\(duplicate.output.stderr)")

    let shadowing = try scanWith(pack: Self.pack([("pii.cn.mobile", "a+", "")]), scan)
    #expect(shadowing.exitCode == 2, "a pack may not replace a shipped rule by reusing its id")
    #expect(shadowing.output.stderr.contains("pii.cn.mobile"))

    for (text, expected) in [
      ("pack: 5\nrules: []\n", "pack"),
      ("pack:\n  id: hostile\n  name: x\nrules: {a: 1}\n", "rules"),
      (Self.pack([("test.types", "a+", "    level: [1, 2]")])
        .replacingOccurrences(of: "    level: warning\n", with: ""),
        "level"),
      (Self.pack([("test.types", "a+", "")]).replacingOccurrences(of: "patterns: [{regex: 'a+'}]", with: "patterns: 7"),
        "patterns"),
      ("\t- not yaml: [", "hostile.yaml"),
    ] {
      let result = try scanWith(pack: text, scan)
      #expect(result.exitCode == 2, "\(text)")
      #expect(result.output.stderr.contains("hostile.yaml"), "\(result.output.stderr)")
      #expect(result.output.stderr.contains(expected), "\(result.output.stderr)")
    }
  }

  /// "Billion laughs": aliases that expand to 10^9 nodes, in a rule pack and in `.xborder.yml` (which
  /// comes from the scanned repository, so from whoever opened the pull request).
  @Test func yamlAliasBombsAreRejectedQuickly() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = "*a\(level - 1)"
      bomb += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
    }
    try scan.plant("normal.env", phone: 0)
    let pack = try scanWith(pack: "pack:\n  id: hostile\n  name: x\nrules: []\n" + bomb, scan)
    #expect(pack.exitCode == 2, "\(pack.output.stderr)")
    #expect(pack.output.stderr.contains("hostile.yaml"), "\(pack.output.stderr)")
    #expect(pack.output.stderr.contains("alias bomb"), "\(pack.output.stderr)")

    try scan.write(".xborder.yml", Data((bomb + "exclude: *a9\n").utf8))
    let output = try CommandRunner.run(
      ["scan", scan.treePath, "--output", scan.outputPath, "--quiet"], in: scan.directory.path, timeout: 120)
    #expect(!output.timedOut)
    #expect(output.exitCode == 2, "\(output.stderr)")
    #expect(output.stderr.contains(".xborder.yml"), "\(output.stderr)")
    #expect(output.stderr.contains("alias bomb"), "\(output.stderr)")
  }
}
