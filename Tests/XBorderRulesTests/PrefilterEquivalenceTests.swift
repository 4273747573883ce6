import Foundation
import Testing
import XBorderApp
import XBorderCore
import XBorderEngine
import XBorderPolicy
import XBorderRules

/// The prefilter only skips work: with it and without it, the scanner must give the same findings
/// (every confidence, suppressed or not) on the rule examples, on examples/ and on a generated mix.
@Suite("Prefilter equivalence")
struct PrefilterEquivalenceTests {
  struct Scanners {
    let fast: FileScanner
    let full: FileScanner
  }

  static func scanners() throws -> Scanners {
    let rules = try RepositoryFiles.catalog.get().rules
    let fingerprinter = Fingerprinter(keyMaterial: Array("prefilter".utf8))
    let classifiers = StandardClassifiers.make(policy: try PolicyLoader.preset("pipl"))
    return Scanners(
      fast: FileScanner(rules: rules, fingerprinter: fingerprinter, classifiers: classifiers),
      full: FileScanner(rules: rules, fingerprinter: fingerprinter, classifiers: classifiers, usePrefilter: false))
  }

  /// Compares both scans of `bytes`; returns how many findings they agreed on.
  @discardableResult
  static func expectSame(_ bytes: [UInt8], path: String, _ scanners: Scanners) -> Int {
    let fast = bytes.withUnsafeBufferPointer { scanners.fast.scan($0, path: path) }
    let full = bytes.withUnsafeBufferPointer { scanners.full.scan($0, path: path) }
    let same = fast.findings == full.findings
    #expect(same, "\(path): \(fast.findings.count) findings with the prefilter, \(full.findings.count) without")
    #expect(fast.notifications == full.notifications, "\(path): notifications differ with the prefilter")
    if !same {
      let missing = Set(full.findings.map(\.location.byteOffset)).subtracting(fast.findings.map(\.location.byteOffset))
      for finding in full.findings where missing.contains(finding.location.byteOffset) {
        Issue.record("\(path): only without the prefilter: \(finding.ruleId) \(finding.maskedValue) at \(finding.location.byteOffset)")
      }
    }
    return full.findings.count
  }

  @Test func shippedRulesDeclareHints() throws {
    let rules = try RepositoryFiles.catalog.get().rules
    #expect(rules.filter(\.isPrefiltered).count >= 30, "most shipped rules carry a prefilter hint")
  }

  @Test func ruleExamplesGiveTheSameFindings() throws {
    let scanners = try Self.scanners()
    var total = 0
    for rule in try RepositoryFiles.catalog.get().rules {
      for (index, example) in (rule.examples + rule.negativeExamples).enumerated() {
        total += Self.expectSame(Array(example.utf8), path: "\(rule.id)[\(index)]", scanners)
      }
    }
    #expect(total > 300, "the examples produce findings to compare")
  }

  @Test func examplesDirectoryGivesTheSameFindings() throws {
    let scanners = try Self.scanners()
    var total = 0
    for path in try ExamplesDirectoryTests.exampleFiles() {
      let bytes = Array(try Data(contentsOf: RepositoryFiles.examplesDirectory.appendingPathComponent(path)))
      total += Self.expectSame(bytes, path: path, scanners)
    }
    #expect(total >= 70)
  }

  @Test func generatedMixGivesTheSameFindings() throws {
    let scanners = try Self.scanners()
    let examples = try RepositoryFiles.catalog.get().rules.flatMap { $0.examples + $0.negativeExamples }
    var total = 0
    for seed in 1...6 {
      var generator = MixGenerator(seed: UInt64(seed), examples: examples)
      total += Self.expectSame(generator.text(tokens: 6000), path: "mix-\(seed).txt", scanners)
    }
    #expect(total > 500, "the mix holds findings to compare")
  }
}

/// Deterministic text made of rule examples and the shapes prefilters look at: digit runs of every
/// length, separators, anchors (`@`, `://`, `+`, `号`…), letters and Han text glued in random orders.
struct MixGenerator {
  var state: UInt64
  let examples: [String]
  static let glue = [
    " ", " ", "-", ".", ":", ",", "\t", "\n", "@", "+", "(", ")", "/", "=", "\"", "号", "市", "区", "路", "X", "A",
    "passport ", "护照", "region=", "https://", "jdbc:oracle:thin:@", ".amazonaws.com", "+86 ", "00", "京A", "ssn ",
    "lat=", ",lng=", "0x", "ab", "de", "F", "姓名:", "收件人", "张", "王伟", "Emma Tran", "<Name>", "</Name>",
  ]

  init(seed: UInt64, examples: [String]) {
    state = seed &* 0x9E37_79B9_7F4A_7C15
    self.examples = examples
  }

  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  mutating func text(tokens: Int) -> [UInt8] {
    var out = ""
    for _ in 0..<tokens {
      switch next(10) {
      case 0, 1: out += examples[next(examples.count)]
      case 2, 3, 4: out += String((0..<(1 + next(20))).map { _ in Character(String(next(10))) })
      case 5: out += String((0..<(1 + next(18))).map { _ in "0123456789abcdefABCDEF"[next(22)] })
      default: out += Self.glue[next(Self.glue.count)]
      }
    }
    return Array(out.utf8)
  }
}

extension String {
  fileprivate subscript(offset: Int) -> Character { self[index(startIndex, offsetBy: offset)] }
}
