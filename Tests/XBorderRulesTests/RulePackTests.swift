import Foundation
import Testing
import XBorderApp
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// Every shipped pack under rules/packs loads, and every rule's own examples behave as the rule says.
@Suite("Shipped rule packs")
struct RulePackTests {
  /// The classifiers of a default (pipl) scan, which examples are written for.
  static func classifiers() throws -> [String: any ValueClassifier] {
    StandardClassifiers.make(policy: try PolicyLoader.preset("pipl"))
  }

  @Test func packsLoad() throws {
    let sources = try RepositoryFiles.packSources()
    #expect(!sources.isEmpty, "no packs found in \(RepositoryFiles.packsDirectory.path)")
    let catalog = try RepositoryFiles.catalog.get()
    #expect(!catalog.rules.isEmpty)
  }

  @Test func expectedRulesAreShipped() throws {
    let ids = Set(try RepositoryFiles.catalog.get().rules.map(\.id))
    for id in ["pii.cn.resident-id", "pii.cn.resident-id-legacy", "pii.cn.mobile", "pii.email", "pii.payment-card"] {
      #expect(ids.contains(id), "missing rule \(id)")
    }
  }

  @Test func idsAreUniqueAcrossPacks() throws {
    // RuleCatalog.load rejects duplicates; check the decoded packs directly as well.
    var seen: [String: String] = [:]
    for source in try RepositoryFiles.packSources() {
      let pack = try RulePackDecoder.decode(source.text, origin: source.origin)
      for rule in pack.rules {
        #expect(seen[rule.id] == nil, "\(rule.id) in \(source.origin) and \(seen[rule.id] ?? "")")
        seen[rule.id] = source.origin
      }
    }
  }

  @Test func packIdsAreUnique() throws {
    var seen: Set<String> = []
    for source in try RepositoryFiles.packSources() {
      let pack = try RulePackDecoder.decode(source.text, origin: source.origin)
      #expect(seen.insert(pack.pack.id).inserted, "pack id \(pack.pack.id) used twice")
    }
  }

  @Test(arguments: RepositoryFiles.ruleIds)
  func examplesBehave(ruleId: String) throws {
    let rule = try #require(try RepositoryFiles.catalog.get().rules.first { $0.id == ruleId })
    #expect(rule.examples.count >= 8, "\(ruleId) has \(rule.examples.count) examples; at least 8 required")
    #expect(
      rule.negativeExamples.count >= 8,
      "\(ruleId) has \(rule.negativeExamples.count) negative examples; at least 8 required")
    for failure in RuleExampleRunner.check([rule], classifiers: try Self.classifiers()) {
      let index = Int(failure.example.drop { !$0.isNumber }.prefix { $0.isNumber }) ?? 0
      let text = failure.example.hasPrefix("negative") ? rule.negativeExamples[index] : rule.examples[index]
      Issue.record("\(failure)\n    example: \(text)")
    }
  }

  @Test(arguments: RepositoryFiles.ruleIds)
  func ruleIsWellFormed(ruleId: String) throws {
    let rule = try #require(try RepositoryFiles.catalog.get().rules.first { $0.id == ruleId })
    let descriptor = rule.descriptor
    #expect(Entity.allCases.contains(descriptor.entity))
    if descriptor.entity.isPersonalData {
      #expect(ruleId.hasPrefix("pii."), "personal-data rules live under pii.")
      #expect(!rule.validators.isEmpty, "every shipped personal-data rule checks its matches with a validator")
    } else {
      #expect(rule.classifier != nil, "destination rules decide through a classifier")
    }
    #expect(!descriptor.name.isEmpty)
    #expect(descriptor.description.count >= 80, "description too short")
    #expect(descriptor.help.contains("PIPL"), "help should say which PIPL articles apply")
    #expect(descriptor.help.contains("How to fix"), "help should say how to fix")
    #expect(!descriptor.tags.isEmpty)
    #expect(!rule.keywords.isEmpty)
    #expect(descriptor.origin.hasPrefix("rules/packs/"))
    // Positives and negatives must not overlap, and no example is listed twice.
    #expect(Set(rule.examples).isDisjoint(with: rule.negativeExamples))
    #expect(Set(rule.examples).count == rule.examples.count)
    #expect(Set(rule.negativeExamples).count == rule.negativeExamples.count)
  }

  @Test func readmeExamplePackWorks() throws {
    // The sample pack in rules/README.md must load and pass its own examples.
    let readme = try String(
      contentsOf: RepositoryFiles.root.appendingPathComponent("rules/README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```yaml\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let yaml = String(readme[start.upperBound..<end.lowerBound])
    let catalog = try RuleCatalog.load([.init(origin: "rules/README.md", text: yaml)])
    #expect(catalog.rules.count == 1)
    for failure in RuleExampleRunner.check(catalog.rules, classifiers: try Self.classifiers()) {
      Issue.record("\(failure)")
    }
  }

  @Test func entitiesInPackFilesAreTaxonomyValues() throws {
    let valid = Set(Entity.allCases.map(\.rawValue))
    for source in try RepositoryFiles.packSources() {
      for rule in try RulePackDecoder.decode(source.text, origin: source.origin).rules {
        #expect(valid.contains(rule.entity), "\(source.origin): \(rule.id) has entity \(rule.entity)")
      }
    }
  }
}

/// How context keywords move confidence, checked on the shipped rules (rules/README.md documents this).
@Suite("Confidence from context")
struct ConfidenceTests {
  private func confidences(_ ruleId: String, _ text: String) throws -> [Confidence] {
    let rule = try #require(try RepositoryFiles.catalog.get().rules.first { $0.id == ruleId })
    let scanner = FileScanner(rules: [rule], fingerprinter: Fingerprinter(keyMaterial: Array("test-key".utf8)))
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { scanner.scan($0, path: "t").findings.map(\.confidence) }
  }

  @Test(arguments: [
    ("pii.cn.mobile", "13912348765", Confidence.medium),  // base
    ("pii.cn.mobile", "手机13912348765", Confidence.high),  // keyword raises one step
    ("pii.cn.mobile", "订单号: 15820497731", Confidence.low),  // exclusion lowers one step
    ("pii.cn.mobile", "手机: 13912348765, 订单号: E1", Confidence.high),  // nearest wins; after counts double
    ("pii.cn.mobile", "订单号 E1 手机 13912348765", Confidence.high),  // the keyword is nearer
    ("pii.cn.mobile", "手机 E20240615001 订单号 15820497731", Confidence.low),  // the exclusion is nearer
    ("pii.cn.resident-id-legacy", "110105491231002", Confidence.low),  // context required, none
    ("pii.cn.resident-id-legacy", "身份证号 110105491231002", Confidence.high),
    ("pii.cn.resident-id", "11010519491231002X", Confidence.medium),
    ("pii.cn.resident-id", "身份证号：11010519491231002X", Confidence.high),
    ("pii.email", "zhang.wei@example.com", Confidence.medium),
    ("pii.payment-card", "卡号 6212345678901232", Confidence.high),
  ])
  func confidence(ruleId: String, text: String, expected: Confidence) throws {
    #expect(try confidences(ruleId, text) == [expected])
  }

  @Test func capturedValueExcludesCountryPrefix() throws {
    let rule = try #require(try RepositoryFiles.catalog.get().rules.first { $0.id == "pii.cn.mobile" })
    let scanner = FileScanner(rules: [rule], fingerprinter: Fingerprinter(keyMaterial: Array("test-key".utf8)))
    func fingerprints(_ text: String) -> [String] {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { scanner.scan($0, path: "t").findings.map(\.fingerprint) }
    }
    let plain = fingerprints("13912348765")
    #expect(plain.count == 1)
    #expect(fingerprints("+86 139 1234 8765") == plain)
    #expect(fingerprints("0086-139-1234-8765") == plain)
  }
}
