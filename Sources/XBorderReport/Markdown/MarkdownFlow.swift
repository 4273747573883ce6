import XBorderCore

/// `## Data flow`: a Mermaid flowchart from datasets to entities, then to the destinations found and
/// their countries. Aggregated and capped so GitHub can draw it.
enum MarkdownFlow {
  typealias M = MarkdownText

  /// Datasets and destinations drawn before the rest are folded into one "… more" node.
  static let maxNodesPerColumn = 8

  static func blocks(_ report: ScanReport, active: [Finding]) -> [String] {
    let personal = active.filter { $0.entity.isPersonalData }
    let destinations = active.filter { !$0.entity.isPersonalData }
    guard !personal.isEmpty else { return [] }
    var lines = ["```mermaid", "flowchart LR"]
    let byFile = Dictionary(grouping: personal, by: \.location.path)
    let files = byFile.keys.sorted { (byFile[$1]!.count, $0) < (byFile[$0]!.count, $1) }
    let entities = Set(personal.map(\.entity)).sorted()
    for (index, entity) in entities.enumerated() {
      let sensitive = entity.sensitivity == .sensitive ? ":::sensitive" : ""
      lines.append("  e\(index)[\(label(entity.rawValue))]\(sensitive)")
    }
    for (index, file) in files.prefix(maxNodesPerColumn).enumerated() {
      lines.append("  d\(index)[(\(label(file)))]")
      for entity in Set(byFile[file]!.map(\.entity)).sorted() {
        lines.append("  d\(index) --> e\(entities.firstIndex(of: entity)!)")
      }
    }
    if files.count > maxNodesPerColumn {
      lines.append("  dmore[(\(label("… \(files.count - maxNodesPerColumn) more datasets")))]")
      let rest = Set(files.dropFirst(maxNodesPerColumn).flatMap { byFile[$0]!.map(\.entity) }).sorted()
      for entity in rest { lines.append("  dmore --> e\(entities.firstIndex(of: entity)!)") }
    }
    lines += destinationLines(destinations, entityCount: entities.count)
    lines.append("  classDef sensitive fill:#fde2e1,stroke:#c0392b")
    lines.append("```")
    let caption =
      destinations.isEmpty
      ? "Datasets and the personal data in them; no destination outside the permitted region was found."
      : "Datasets, the personal data in them, and the destinations found in the scan (a destination in a config "
        + "file shows where data can go, not that this data went there). Sensitive entities are red."
    return ["## Data flow", caption, lines.joined(separator: "\n")]
  }

  private static func destinationLines(_ destinations: [Finding], entityCount: Int) -> [String] {
    guard !destinations.isEmpty else { return [] }
    let byHost = Dictionary(grouping: destinations) { $0.properties["destination"] ?? $0.maskedValue }
    let hosts = byHost.keys.sorted { (byHost[$1]!.count, $0) < (byHost[$0]!.count, $1) }
    var lines = ["  out{{\(label("destinations found"))}}"]
    for index in 0..<entityCount { lines.append("  e\(index) -.-> out") }
    var countries: [String] = []
    for (index, host) in hosts.prefix(maxNodesPerColumn).enumerated() {
      lines.append("  h\(index)[\(label(host))]")
      lines.append("  out --> h\(index)")
      let country = byHost[host]![0].properties["country"] ?? "unknown"
      if !countries.contains(country) {
        countries.append(country)
        lines.append("  c\(countries.count - 1)([\(label(country))])")
      }
      lines.append("  h\(index) --> c\(countries.firstIndex(of: country)!)")
    }
    if hosts.count > maxNodesPerColumn {
      lines.append("  hmore[\(label("… \(hosts.count - maxNodesPerColumn) more destinations"))]")
      lines.append("  out --> hmore")
    }
    return lines
  }

  /// A quoted Mermaid label: quotes and markup characters as entity codes, one line, at most 60 characters.
  static func label(_ text: String) -> String {
    let flat = String(text.map { $0.isNewline ? " " : $0 })
    let short = flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    var escaped = ""
    for character in short {
      switch character {
      case "\"": escaped += "#quot;"
      case "<": escaped += "#lt;"
      case ">": escaped += "#gt;"
      case "#": escaped += "#35;"
      case "`": escaped += "#96;"
      default: escaped.append(character)
      }
    }
    return "\"\(escaped)\""
  }
}
