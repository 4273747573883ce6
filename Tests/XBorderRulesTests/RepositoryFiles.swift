import Foundation
import XBorderCore
import XBorderRules

/// Files of this repository, located from this source file (Tests/XBorderRulesTests/… → repository root).
enum RepositoryFiles {
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // RepositoryFiles.swift
    .deletingLastPathComponent()  // XBorderRulesTests
    .deletingLastPathComponent()  // Tests

  static let packsDirectory = root.appendingPathComponent("rules/packs")
  static let examplesDirectory = root.appendingPathComponent("examples")

  /// Every `rules/packs/*.yaml` (and `.yml`), sorted by name, as catalog sources named `rules/packs/<file>`.
  static func packSources() throws -> [RuleCatalog.Source] {
    let names = try FileManager.default.contentsOfDirectory(atPath: packsDirectory.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .sorted()
    return try names.map { name in
      let text = try String(contentsOf: packsDirectory.appendingPathComponent(name), encoding: .utf8)
      return RuleCatalog.Source(origin: "rules/packs/\(name)", text: text)
    }
  }

  /// The catalog of every shipped pack, loaded once. A load error is kept so one test can report it.
  static let catalog: Result<RuleCatalog, any Error> = Result { () throws -> RuleCatalog in
    try RuleCatalog.load(try packSources())
  }

  /// Rule ids of the shipped packs (empty when the packs do not load; `packsLoad` then fails).
  static let ruleIds: [String] = (try? catalog.get().rules.map(\.id)) ?? []
}
