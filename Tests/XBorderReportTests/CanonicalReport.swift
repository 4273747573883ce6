import Foundation
import XBorderCore

/// The fixed reports every reporter test renders: no clock, no file system, nothing volatile.
enum CanonicalReport {
  static let start = Date(timeIntervalSince1970: 1_736_929_800)  // 2025-01-15T08:30:00Z
  static let end = Date(timeIntervalSince1970: 1_736_929_802.5)

  static let tool = ToolInfo(name: "xborder", version: "1.2.0", informationUri: "https://example.com/xborder")

  /// A root with a space and Chinese characters, to exercise URI encoding.
  static let invocation = Invocation(
    commandLine: "xborder scan --policy pipl --format sarif,markdown,json .", root: "/home/ci/客户 项目",
    startTime: start, endTime: end, policy: "pipl", executionSuccessful: true)

  static let rules = [
    rule("dest.cloud.foreign-region", "Foreign cloud region", .foreignDestination, .note, 2.0, ["transfer"]),
    rule("pii.cn.mobile", "PRC mobile number", .cnMobile, .warning, 5.0, ["pii", "privacy", "pipl"]),
    rule("pii.cn.resident-id", "PRC resident ID number", .cnResidentId, .error, 8.5, ["pii", "pipl", "sensitive"]),
    rule("dest.saas.analytics", "Third-party analytics endpoint", .foreignDestination, .warning, 5.0, ["transfer"]),
    rule("pii.email", "E-mail address", .email, .warning, 5.0, ["pii", "precision:very-high"]),
  ]

  /// A policy exception: the classifier found a foreign destination the policy accepts.
  static let contractException = FindingSuppression(
    kind: .external, justification: "standard contract filed 2026-03-01 with HK processor",
    source: "policy pipl: allow[0]")

  /// An inline `xborder:allow` comment next to a synthetic test value.
  static let inlineAllow = FindingSuppression(
    kind: .inSource, justification: "synthetic customer used by the unit tests",
    source: "xborder:allow comment at tests/fixtures/users.json:4")

  /// What a destination classifier attaches to an analytics host.
  static let mixpanelProperties = [
    "country": "US", "region": "North America", "provider": "Mixpanel", "destination": "api.mixpanel.com",
    "policy": "pipl", "category": "analytics",
  ]

  /// Findings in five files, one with a Chinese name and a space, one with a pipe and backticks in the context;
  /// a destination with classifier properties and its own message; two suppressed findings.
  static let findings: [Finding] = [
    finding(
      "pii.cn.resident-id", .cnResidentId, .error, .high, "data/客户 名单.csv", 2, 5, "110***********002X",
      context: #"column "身份证号""#),
    finding(
      "pii.cn.mobile", .cnMobile, .warning, .high, "data/客户 名单.csv", 2, 24, "138******78",
      context: #"column "手机""#),
    finding(
      "pii.email", .email, .warning, .medium, "docs/read me.md", 7, 12, "z***@example.com",
      context: "key `contact|email`"),
    finding(
      "dest.cloud.foreign-region", .foreignDestination, .note, .high, "src/upload.swift", 14, 30,
      "oss-us-west-1.aliyuncs.com"),
    finding("pii.cn.resident-id", .cnResidentId, .error, .medium, "data/客户 名单.csv", 3, 5, "320***********123X"),
    finding(
      "dest.saas.analytics", .foreignDestination, .warning, .high, "web/analytics.ts", 3, 22, "api.mixpanel.com",
      properties: mixpanelProperties,
      message: "Analytics events are sent to Mixpanel in the US, which policy pipl does not list as permitted."),
    finding(
      "dest.cloud.foreign-region", .foreignDestination, .warning, .high, "src/upload.swift", 21, 18,
      "oss-cn-hongkong.aliyuncs.com",
      properties: [
        "country": "HK", "region": "cn-hongkong", "provider": "Alibaba Cloud",
        "destination": "oss-cn-hongkong.aliyuncs.com", "policy": "pipl",
      ],
      suppressions: [contractException]),
    finding(
      "pii.email", .email, .warning, .high, "tests/fixtures/users.json", 4, 15, "t***@example.com",
      context: "key `users[0].email`", suppressions: [inlineAllow]),
  ].sorted(by: Finding.reportOrder)

  static let coverage = Coverage(
    scanned: [
      ScannedFile(path: "data/客户 名单.csv", bytes: 2_048, encoding: "utf-8"),
      ScannedFile(path: "docs/read me.md", bytes: 15_360, encoding: "utf-8"),
      ScannedFile(path: "legacy/订单.txt", bytes: 512, encoding: "gb18030"),
      ScannedFile(path: "src/upload.swift", bytes: 4_100, encoding: "utf-8"),
      ScannedFile(path: "tests/fixtures/users.json", bytes: 640, encoding: "utf-8"),
      ScannedFile(path: "web/analytics.ts", bytes: 1_210, encoding: "utf-8"),
    ],
    skipped: [
      SkippedFile(path: "assets/logo.png", reason: .binary, detail: "NUL bytes in the first 8 KiB"),
      SkippedFile(path: "dumps/全量备份.sql", reason: .tooLarge, detail: "52428800 bytes > limit 10485760"),
      SkippedFile(path: "secrets/locked.txt", reason: .unreadable, detail: "permission denied"),
      SkippedFile(path: "link-to-etc", reason: .symlink, detail: "symbolic link not followed"),
      SkippedFile(path: "legacy/big5.txt", reason: .unsupportedEncoding, detail: "looks like Big5"),
    ],
    ignoredCount: 12)

  static let notifications = [
    ToolNotification(
      level: .error, message: "rule 'pii.cn.mobile' stopped in this file: match limit (PCRE2 resource limit)",
      path: "legacy/订单.txt", ruleId: "pii.cn.mobile"),
    ToolNotification(level: .warning, message: "fingerprint key not configured; using an ephemeral key"),
  ]

  /// The canonical report: findings of three levels (two suppressed), skipped files of several reasons,
  /// two notifications. Five active findings are at `warning` or above, so the gate fails.
  static let report = ScanReport(
    tool: tool, invocation: invocation, rules: rules, findings: findings, coverage: coverage,
    notifications: notifications,
    gate: GateOutcome(
      failOn: .warning, minConfidence: .medium, passed: false, failingFindings: 5,
      failures: [
        GateFailure(
          ruleId: "pii.cn.resident-id", level: .error, count: 2, threshold: .warning, thresholdSource: "fail_on"),
        GateFailure(
          ruleId: "dest.saas.analytics", level: .warning, count: 1, threshold: .warning, thresholdSource: "fail_on"),
        GateFailure(
          ruleId: "pii.cn.mobile", level: .warning, count: 1, threshold: .warning, thresholdSource: "fail_on"),
        GateFailure(
          ruleId: "pii.email", level: .warning, count: 1, threshold: .warning,
          thresholdSource: "gate.entities.email"),
      ]),
    columns: [
      ColumnSummary(
        path: "exports/订单 2024.csv", position: 3, column: "手机号", rows: 1_200,
        entities: [.init(entity: .cnMobile, rows: 1_198), .init(entity: .phone, rows: 2)]),
      ColumnSummary(
        path: "exports/订单 2024.csv", position: 4, column: "身份证号", rows: 1_200,
        entities: [.init(entity: .cnResidentId, rows: 1_200)]),
    ], population: population, assessment: assessment, checklist: checklist)

  /// Two datasets: one counted exactly, one past a tiny exact limit so the sketch path (≈) renders too.
  static let population: EntityTally = {
    var ids = DatasetTallyBuilder(path: "data/客户 名单.csv")
    ids.add(entity: .cnResidentId, key: 0x1111, record: .row(1))
    ids.add(entity: .cnMobile, key: 0x2222, record: .row(1))
    ids.add(entity: .cnResidentId, key: 0x3333, record: .row(2))
    ids.add(entity: .paymentCard, key: 0x4444, record: .row(3))
    var export = DatasetTally(path: "exports/订单 2024.csv", records: 40)
    var phones = DistinctCounter(exactLimit: 4, precision: 4)
    for key in 1...40 { phones.insert(UInt64(key) &* 0x9E37_79B9_7F4A_7C15) }
    export.entities[.cnMobile] = phones
    export.subjects = phones
    export.subjectBasis = [.cnMobile: 40]
    return EntityTally(datasets: [ids.finish(), export])
  }()

  static let assessment = TransferAssessment(
    policy: "pipl",
    pipl: PIPLAssessment(
      route: .standardContractOrCertification, scannedSubjects: 42, scannedSensitiveSubjects: 1, priorSubjects: 99_990,
      priorSensitiveSubjects: 0, cumulativeSubjects: 100_032, cumulativeSensitiveSubjects: 1, relativeStandardError: 0.26,
      sensitiveEntities: [.paymentCard], destinationCountries: ["US"],
      reasons: ["100,032 people: 100,000 ≤ n < 1,000,000 → standard contract or certification (2024 Provisions Art. 8)"],
      nearThreshold: "≈42 people is within three standard errors of the 100,000 threshold"))

  static let checklist = [
    ChecklistItem(
      id: "sensitive-pi:payment_card", finding: "Sensitive PI present (payment_card in `data/客户 名单.csv`, 1 distinct value)",
      action: "Obtain separate consent (PIPL Art. 29, 39)", basis: ["PIPL Art. 29", "PIPL Art. 55–56"],
      evidence: [
        ChecklistEvidence(path: "data/客户 名单.csv", column: "卡号|no", entity: .paymentCard, count: 1, countKind: "values")
      ]),
    ChecklistItem(
      id: "destination:api.mixpanel.com", finding: "Destination `api.mixpanel.com` (US) not permitted by policy pipl",
      action: "Remove it", basis: ["PIPL Art. 38–39"],
      evidence: [
        ChecklistEvidence(
          path: "web/analytics.ts", count: 1, countKind: "findings", destination: "api.mixpanel.com", country: "US")
      ]),
    ChecklistItem(
      id: "always:retention", finding: "Retention", action: "Keep data only as long as necessary",
      basis: ["PIPL Art. 19"], alwaysApplies: true),
  ]

  /// A clean scan: rules ran, nothing found, nothing skipped, gate passed.
  static let empty = ScanReport(
    tool: tool, invocation: invocation, rules: rules, findings: [],
    coverage: Coverage(scanned: [ScannedFile(path: "README.md", bytes: 100, encoding: "utf-8")]), notifications: [],
    gate: GateOutcome(failOn: .warning, minConfidence: .medium, passed: true, failingFindings: 0))

  static func rule(
    _ id: String, _ name: String, _ entity: Entity, _ level: Level, _ severity: Double, _ tags: [String]
  ) -> RuleDescriptor {
    RuleDescriptor(
      id: id, name: name, entity: entity, level: level, description: "Finds \(name.lowercased()) values.",
      help: "**Why:** cross-border transfer of `\(entity.rawValue)` needs a legal basis.\n\n**Fix:** remove it.",
      tags: tags, securitySeverity: severity, origin: "builtin:test.yaml")
  }

  static func finding(
    _ ruleId: String, _ entity: Entity, _ level: Level, _ confidence: Confidence, _ path: String, _ line: Int,
    _ column: Int, _ masked: String, context: String? = nil, properties: [String: String] = [:],
    suppressions: [FindingSuppression] = [], message: String? = nil
  ) -> Finding {
    let length = masked.unicodeScalars.count
    return Finding(
      ruleId: ruleId, entity: entity, level: level, confidence: confidence,
      reasons: ["pattern matched", "validator checksum passed"],
      location: SourceLocation(
        path: path, line: line, startColumn: column, endColumn: column + length, byteOffset: line * 100 + column,
        byteLength: masked.utf8.count),
      maskedValue: masked, fingerprint: String(repeating: "ab", count: 31) + String(format: "%02x", line * column),
      context: context, properties: properties, suppressions: suppressions, message: message)
  }
}
