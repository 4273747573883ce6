import Foundation
import Testing
import XBorderCore

@testable import XBorderPolicy

@Suite struct PIPLMechanismTests {
  @Test(arguments: [
    (0, 0, PIPLRoute.exempt),
    (99_999, 0, .exempt),
    (100_000, 0, .standardContractOrCertification),
    (999_999, 0, .standardContractOrCertification),
    (1_000_000, 0, .securityAssessment),
    (50, 1, .standardContractOrCertification),
    (9_999, 9_999, .standardContractOrCertification),
    (10_000, 10_000, .securityAssessment),
    (999_999, 9_999, .standardContractOrCertification),
  ])
  func routeAtTheBoundaries(people: Int, sensitive: Int, expected: PIPLRoute) {
    let (route, reasons) = PIPLMechanism.route(people: people, sensitivePeople: sensitive)
    #expect(route == expected)
    #expect(reasons.allSatisfy { $0.contains("Art.") })
  }

  @Test func reasonsNameTheArticles() {
    #expect(PIPLMechanism.route(people: 1_000_000, sensitivePeople: 0).reasons[0].contains("Art. 7(2)"))
    #expect(PIPLMechanism.route(people: 100_000, sensitivePeople: 0).reasons[0].contains("Art. 8"))
    #expect(PIPLMechanism.route(people: 10, sensitivePeople: 0).reasons[0].contains("Art. 5(4)"))
  }

  @Test func nearThresholdOnlyForEstimates() {
    #expect(PIPLMechanism.nearThreshold(people: 99_000, sensitivePeople: 0, error: 0) == nil)
    #expect(PIPLMechanism.nearThreshold(people: 99_000, sensitivePeople: 0, error: 0.0081)?.contains("100,000") == true)
    #expect(PIPLMechanism.nearThreshold(people: 50_000, sensitivePeople: 0, error: 0.0081) == nil)
    #expect(
      PIPLMechanism.nearThreshold(people: 200_000, sensitivePeople: 9_900, error: 0.0081)?.contains("10,000") == true)
  }
}

/// Reports with counted people and destinations, for the assessor and the checklist.
enum GovernanceFixtures {
  static func tally(_ path: String, people: Int, entity: Entity, offset: UInt64 = 0) -> DatasetTally {
    var builder = DatasetTallyBuilder(path: path)
    for row in 0..<people {
      builder.add(entity: entity, key: offset + UInt64(row) &* 0x9E37_79B9_7F4A_7C15, record: .row(row + 1))
    }
    return builder.finish()
  }

  static func destination(_ host: String, country: String, path: String = "web/analytics.ts") -> Finding {
    Finding(
      ruleId: "dest.saas", entity: .foreignDestination, level: .warning, confidence: .high, reasons: [],
      location: SourceLocation(path: path, line: 3, startColumn: 1, endColumn: 10, byteOffset: 0, byteLength: 9),
      maskedValue: host, fingerprint: "f", properties: ["destination": host, "country": country])
  }

  static func report(
    policy: String, datasets: [DatasetTally], findings: [Finding] = [], columns: [ColumnSummary] = [],
    skipped: [SkippedFile] = []
  ) -> ScanReport {
    let time = Date(timeIntervalSince1970: 0)
    return ScanReport(
      tool: ToolInfo(name: "xborder", version: "0", informationUri: "u"),
      invocation: Invocation(
        commandLine: "xborder scan", root: "/r", startTime: time, endTime: time, policy: policy,
        executionSuccessful: true),
      rules: [], findings: findings, coverage: Coverage(skipped: skipped), notifications: [],
      gate: GateOutcome(failOn: .error, minConfidence: .medium, passed: true, failingFindings: 0), columns: columns,
      population: EntityTally(datasets: datasets))
  }
}

@Suite struct TransferAssessorTests {
  @Test func priorCountsAreAddedToTheScan() throws {
    let report = GovernanceFixtures.report(
      policy: "pipl", datasets: [GovernanceFixtures.tally("orders.csv", people: 20, entity: .cnResidentId)])
    let policy = try PolicyLoader.preset("pipl")
    let below = TransferAssessor(priorSubjects: 99_979).assess(report, policy: policy)?.pipl
    let at = TransferAssessor(priorSubjects: 99_980).assess(report, policy: policy)?.pipl
    #expect(below?.route == .exempt)
    #expect(below?.cumulativeSubjects == 99_999)
    #expect(at?.route == .standardContractOrCertification)
    let sensitive = TransferAssessor(priorSensitiveSubjects: 10_000).assess(report, policy: policy)?.pipl
    #expect(sensitive?.route == .securityAssessment)
  }

  @Test func sensitiveEntitiesAndDestinationsAreNamed() throws {
    let report = GovernanceFixtures.report(
      policy: "pipl", datasets: [GovernanceFixtures.tally("pay.csv", people: 3, entity: .paymentCard)],
      findings: [GovernanceFixtures.destination("api.mixpanel.com", country: "US")])
    let pipl = TransferAssessor().assess(report, policy: try PolicyLoader.preset("pipl"))?.pipl
    #expect(pipl?.route == .standardContractOrCertification)
    #expect(pipl?.sensitiveEntities == [.paymentCard])
    #expect(pipl?.destinationCountries == ["US"])
  }

  @Test func gdprStandingPerCountry() throws {
    let report = GovernanceFixtures.report(
      policy: "gdpr", datasets: [],
      findings: [
        GovernanceFixtures.destination("api.mixpanel.com", country: "US"),
        GovernanceFixtures.destination("oss-cn-beijing.aliyuncs.com", country: "CN"),
        GovernanceFixtures.destination("s3.eu-central-1.amazonaws.com", country: "DE"),
      ])
    let gdpr = try #require(TransferAssessor().assess(report, policy: try PolicyLoader.preset("gdpr"))?.gdpr)
    #expect(gdpr.adequacyListAsOf == "2026-01-26")
    let standing = Dictionary(uniqueKeysWithValues: gdpr.destinations.map { ($0.country, $0.standing) })
    #expect(standing == ["CN": .needsSafeguards, "DE": .adequate, "US": .conditional])
    #expect(gdpr.destinations.first { $0.country == "CN" }?.basis.contains("2021/914") == true)
  }

  @Test func otherPoliciesGetNoAssessment() throws {
    var policy = try PolicyLoader.preset("pipl")
    policy.id = "custom"
    #expect(TransferAssessor().assess(GovernanceFixtures.report(policy: "custom", datasets: []), policy: policy) == nil)
  }
}

@Suite struct GovernanceChecklistTests {
  static func items(_ report: ScanReport, policy: String = "pipl", prior: Int = 0) throws -> [ChecklistItem] {
    let assessment = TransferAssessor(priorSubjects: prior).assess(report, policy: try PolicyLoader.preset(policy))
    return GovernanceChecklist.items(report, assessment: assessment)
  }

  @Test func sensitiveColumnLinksFileColumnEntityAndCount() throws {
    let column = ColumnSummary(
      path: "orders.csv", position: 3, column: "card_no", rows: 120, entities: [.init(entity: .paymentCard, rows: 120)])
    let report = GovernanceFixtures.report(
      policy: "pipl", datasets: [GovernanceFixtures.tally("orders.csv", people: 120, entity: .paymentCard)],
      columns: [column])
    let items = try Self.items(report)
    let sensitive = try #require(items.first { $0.id == "sensitive-pi:payment_card" })
    #expect(
      sensitive.finding == "Sensitive PI present (payment_card in `orders.csv`, column `card_no`, 120 distinct values)")
    #expect(sensitive.action.contains("separate consent (PIPL Art. 29, 39)"))
    #expect(sensitive.action.contains("PIIA before export (Art. 55–56)"))
    #expect(
      sensitive.evidence == [
        ChecklistEvidence(path: "orders.csv", column: "card_no", entity: .paymentCard, count: 120, countKind: "values")
      ])
    let mask = try #require(items.first { $0.id == "mask-columns:orders.csv" })
    #expect(mask.finding.contains("`card_no`"))
    #expect(items.contains { $0.id == "route:standard_contract_or_certification" })
  }

  @Test func foreignDestinationAsksToRemoveOrCover() throws {
    let report = GovernanceFixtures.report(
      policy: "pipl", datasets: [GovernanceFixtures.tally("users.csv", people: 5, entity: .email)],
      findings: [GovernanceFixtures.destination("api.mixpanel.com", country: "US")])
    let items = try Self.items(report)
    let item = try #require(items.first { $0.id == "destination:api.mixpanel.com" })
    #expect(item.finding == "Destination `api.mixpanel.com` (US) not permitted by policy pipl")
    #expect(item.action.hasPrefix("Remove it, or put a transfer mechanism in place"))
    #expect(item.evidence.first?.path == "web/analytics.ts")
    #expect(items.contains { $0.id == "route:exempt" })
    #expect(!items.contains { $0.id.hasPrefix("sensitive-pi") })
  }

  @Test func alwaysApplyItemsAppearOnceEvenWhenNothingIsFound() throws {
    let items = try Self.items(GovernanceFixtures.report(policy: "pipl", datasets: []))
    #expect(items.filter(\.alwaysApplies).map(\.id) == ["always:inventory", "always:recipient", "always:retention"])
    #expect(items.filter { !$0.alwaysApplies }.map(\.id) == ["route:exempt"])
  }

  @Test func largeVolumesAddTheOfficerAndTheSecurityAssessment() throws {
    let report = GovernanceFixtures.report(
      policy: "pipl", datasets: [GovernanceFixtures.tally("users.csv", people: 10, entity: .cnMobile)])
    let ids = try Self.items(report, prior: 999_990).map(\.id)
    #expect(ids.contains("route:security_assessment"))
    #expect(ids.contains("pi-protection-officer"))
  }

  @Test func incompleteScanComesFirst() throws {
    let report = GovernanceFixtures.report(
      policy: "pipl", datasets: [], skipped: [SkippedFile(path: "big.csv", reason: .tooLarge, detail: "2 GiB")])
    let first = try #require(try Self.items(report).first)
    #expect(first.id == "scan-incomplete")
    #expect(first.evidence.first?.path == "big.csv")
  }

  @Test func gdprDestinationsNeedSCCsAndAdequateOnesAreLeftOut() throws {
    let report = GovernanceFixtures.report(
      policy: "gdpr", datasets: [],
      findings: [
        GovernanceFixtures.destination("oss-cn-beijing.aliyuncs.com", country: "CN"),
        GovernanceFixtures.destination("api.example.ch", country: "CH"),
      ])
    let items = try Self.items(report, policy: "gdpr")
    let item = try #require(items.first { $0.id == "destination:oss-cn-beijing.aliyuncs.com" })
    #expect(item.action.contains("SCCs 2021/914"))
    #expect(!items.contains { $0.id == "destination:api.example.ch" })
  }
}
