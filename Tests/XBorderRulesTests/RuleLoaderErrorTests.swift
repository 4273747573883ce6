import Testing
import XBorderCore
import XBorderEngine
import XBorderRules

/// Loading fails loudly, with the file, the rule and the spot in the message.
@Suite("Rule pack loading errors")
struct RuleLoaderErrorTests {
  /// A one-rule pack; `rule` replaces the rule's body lines (indented by 4 spaces).
  private func pack(id: String = "test.pack", rule: String) -> String {
    """
    pack:
      id: \(id)
      name: Test pack
    rules:
      - \(rule.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    "))
    """
  }

  /// A complete valid rule body with one field overridden by `replacing` (key → raw YAML value).
  private func ruleBody(id: String = "test.rule", _ overrides: [String: String] = [:], omitting: Set<String> = [])
    -> String
  {
    let fields: [(String, String)] = [
      ("id", id),
      ("name", "Test rule"),
      ("entity", "cn_mobile"),
      ("level", "warning"),
      ("description", "A test rule."),
      ("help", "Test help."),
      ("patterns", "[{regex: '(?<![0-9])1[3-9][0-9]{9}(?![0-9])'}]"),
      ("validators", "[cn_mobile]"),
      ("examples", "['13912348765']"),
      ("negative_examples", "['15412345679']"),
    ]
    var lines: [String] = []
    for (key, value) in fields where !omitting.contains(key) {
      lines.append("\(key): \(overrides[key] ?? value)")
    }
    for (key, value) in overrides.sorted(by: { $0.key < $1.key }) where !fields.contains(where: { $0.0 == key }) {
      lines.append("\(key): \(value)")
    }
    return lines.joined(separator: "\n")
  }

  private func loadError(
    _ sources: [RuleCatalog.Source], disabling: Set<String> = [],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> XBorderError? {
    do {
      _ = try RuleCatalog.load(sources, disabling: disabling)
      Issue.record("expected loading to fail", sourceLocation: sourceLocation)
      return nil
    } catch {
      return error
    }
  }

  private func loadError(_ text: String, origin: String = "packs/test.yaml") -> XBorderError? {
    loadError([RuleCatalog.Source(origin: origin, text: text)])
  }

  @Test func validPackLoads() throws {
    let catalog = try RuleCatalog.load([.init(origin: "packs/test.yaml", text: pack(rule: ruleBody()))])
    #expect(catalog.rules.map(\.id) == ["test.rule"])
    #expect(catalog.rules[0].descriptor.origin == "packs/test.yaml")
    #expect(RuleExampleRunner.check(catalog.rules).isEmpty)
  }

  @Test func unknownKeysAreErrors() throws {
    // A typo in an optional key (exclusion:, normalise:) must not silently switch a feature off.
    let text = pack(rule: ruleBody(["exclusion": "{keywords: [x]}"]))
    let error = try #require(loadError(text, origin: "packs/extra.yaml"))
    #expect(error.kind == .ruleSyntax)
    #expect(error.message.contains("rules[0].exclusion"))
    #expect(error.message.hasPrefix("packs/extra.yaml: "))
  }

  @Test func duplicatePackIdsAreErrors() throws {
    let first = RuleCatalog.Source(origin: "a.yaml", text: pack(rule: ruleBody()))
    let second = RuleCatalog.Source(origin: "b.yaml", text: pack(rule: ruleBody(id: "test.other")))
    let error = try #require(loadError([first, second]))
    #expect(error.message.contains("pack id"))
    #expect(error.message.contains("a.yaml"))
  }

  @Test func malformedYAML() throws {
    let error = try #require(loadError("pack:\n  id: [unclosed\nrules: {", origin: "packs/broken.yaml"))
    #expect(error.kind == .ruleSyntax)
    #expect(error.message.hasPrefix("packs/broken.yaml: "))
    #expect(error.hint != nil)
  }

  @Test func missingKeyNamesTheRuleIndex() throws {
    let text = pack(rule: ruleBody(omitting: ["entity"]))
    let error = try #require(loadError(text, origin: "packs/missing.yaml"))
    #expect(error.kind == .ruleSyntax)
    #expect(error.message.contains("packs/missing.yaml"))
    #expect(error.message.contains("missing key 'entity'"))
    #expect(error.message.contains("rules[0]"), "message: \(error.message)")
  }

  @Test func wrongTypeNamesThePath() throws {
    let text = pack(rule: ruleBody(["examples": "{a: 1}"]))
    let error = try #require(loadError(text, origin: "packs/type.yaml"))
    #expect(error.kind == .ruleSyntax)
    #expect(error.message.contains("packs/type.yaml"))
    #expect(error.message.contains("rules[0].examples"), "message: \(error.message)")
  }

  @Test func regexThatDoesNotCompile() throws {
    let text = pack(rule: ruleBody(id: "test.bad-regex", ["patterns": "[{regex: '1[3-9(?:'}]"]))
    let error = try #require(loadError(text, origin: "packs/regex.yaml"))
    #expect(error.kind == .ruleCompile)
    #expect(error.message.contains("packs/regex.yaml"))
    #expect(error.message.contains("test.bad-regex"))
    #expect(error.message.contains("patterns[0]"))
    #expect(error.message.contains("offset"))
    #expect(error.hint?.contains("1[3-9(?:") == true)
  }

  @Test func missingCaptureGroup() throws {
    let text = pack(rule: ruleBody(id: "test.capture", ["patterns": "[{regex: '1[3-9][0-9]{9}', capture: value}]"]))
    let error = try #require(loadError(text))
    #expect(error.kind == .ruleCompile)
    #expect(error.message.contains("test.capture"))
    #expect(error.message.contains("'value'"))
  }

  @Test func unknownValidator() throws {
    let text = pack(rule: ruleBody(id: "test.validator", ["validators": "[cn_mobile, luhn_mod97]"]))
    let error = try #require(loadError(text, origin: "packs/validator.yaml"))
    #expect(error.kind == .ruleCompile)
    #expect(error.message.contains("packs/validator.yaml"))
    #expect(error.message.contains("test.validator"))
    #expect(error.message.contains("luhn_mod97"))
    #expect(error.hint?.contains("payment_card") == true, "the hint lists the known validators")
  }

  @Test(arguments: [
    ("entity", "phone_number", "unknown entity"),
    ("level", "critical", "unknown level"),
    ("confidence", "certain", "unknown confidence"),
    ("normalize", "digits", "unknown normalize"),
    ("security_severity", "11.5", "security_severity"),
    ("context", "{window: 501}", "context.window"),
    ("patterns", "[]", "no patterns"),
  ])
  func invalidField(key: String, value: String, expected: String) throws {
    let text = pack(rule: ruleBody(id: "test.field", [key: value]))
    let error = try #require(loadError(text, origin: "packs/field.yaml"))
    #expect(error.kind == .ruleCompile)
    #expect(error.message.contains("packs/field.yaml"))
    #expect(error.message.contains("test.field"))
    #expect(error.message.contains(expected), "message: \(error.message)")
  }

  @Test(arguments: ["Pii.Mobile", "mobile", "pii..mobile", "pii.mobile.", "pii_mobile.x", "pii.手机"])
  func invalidRuleId(id: String) throws {
    let error = try #require(loadError(pack(rule: ruleBody(id: "'\(id)'"))))
    #expect(error.kind == .ruleCompile)
    #expect(error.message.contains("invalid id"))
  }

  @Test func duplicateIdsAcrossPacks() throws {
    let first = RuleCatalog.Source(origin: "packs/a.yaml", text: pack(id: "a", rule: ruleBody(id: "test.same")))
    let second = RuleCatalog.Source(origin: "packs/b.yaml", text: pack(id: "b", rule: ruleBody(id: "test.same")))
    let error = try #require(loadError([first, second]))
    #expect(error.kind == .ruleCompile)
    #expect(error.message.contains("test.same"))
    #expect(error.message.contains("packs/a.yaml"))
    #expect(error.message.contains("packs/b.yaml"))
  }

  @Test func unknownDisabledId() throws {
    let source = RuleCatalog.Source(origin: "packs/a.yaml", text: pack(rule: ruleBody(id: "test.real")))
    let error = try #require(loadError([source], disabling: ["test.real", "test.typo"]))
    #expect(error.kind == .config)
    #expect(error.message.contains("test.typo"))
    #expect(!error.message.contains("test.real"))
  }

  @Test func disablingLeavesTheRuleOut() throws {
    let sources = [
      RuleCatalog.Source(origin: "packs/a.yaml", text: pack(id: "a", rule: ruleBody(id: "test.one"))),
      RuleCatalog.Source(origin: "packs/b.yaml", text: pack(id: "b", rule: ruleBody(id: "test.two"))),
    ]
    let catalog = try RuleCatalog.load(sources, disabling: ["test.one"])
    #expect(catalog.rules.map(\.id) == ["test.two"])
    #expect(catalog.disabled == ["test.one"])
  }
}

