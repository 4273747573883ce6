/// Excel workbooks (`.xlsx`): one TSV member per worksheet, line N = spreadsheet row N.
extension ExpansionContext {
  private struct SheetReference {
    var name: String
    var part: String
  }

  /// Expands the workbook at `path` into its worksheets.
  mutating func expandXlsx(path: String, bytes: [UInt8]) {
    let directory: ZipDirectory
    var parts: [String: ZipEntry] = [:]
    do {
      directory = try ZipDirectory(bytes: bytes)
      try directory.forEach { entry in
        parts[entry.name.lowercased()] = entry
        return parts.count <= limits.maxEntries
      }
    } catch {
      skip(path, .corruptContainer, "not a readable xlsx workbook: " + error.detail)
      return
    }
    guard let workbook = part("xl/workbook.xml", parts, directory, path) else {
      if !stopped { skip(path, .corruptContainer, "not a readable xlsx workbook: xl/workbook.xml missing") }
      return
    }
    let relations = part("xl/_rels/workbook.xml.rels", parts, directory, path).map(Self.relationships) ?? [:]
    var shared: [[UInt8]] = []
    if parts["xl/sharedstrings.xml"] != nil {
      guard let xml = part("xl/sharedStrings.xml", parts, directory, path),
        let strings = SheetParser.sharedStrings(xml)
      else {
        if !stopped { skip(path, .corruptContainer, "xl/sharedStrings.xml is malformed; sheets not read") }
        return
      }
      shared = strings
    }
    for (index, sheet) in Self.sheets(workbook, relations: relations).enumerated() where !stopped {
      guard countEntry(container: path) else { return }
      let memberPath = path + "!/" + ZipName.label(sheet.name.isEmpty ? "Sheet\(index + 1)" : sheet.name) + ".tsv"
      guard let xml = part(sheet.part, parts, directory, path) else {
        if !stopped { skip(memberPath, .corruptContainer, "worksheet part \(sheet.part) missing or unreadable") }
        continue
      }
      guard let text = SheetParser.tsv(xml, sharedStrings: shared) else {
        skip(memberPath, .corruptContainer, "worksheet XML \(sheet.part) is malformed")
        continue
      }
      addFile(path: memberPath, bytes: text, depth: 0)
    }
  }

  /// The content of part `name` (case-insensitive), within the limits; nil when missing or refused.
  private mutating func part(
    _ name: String, _ parts: [String: ZipEntry], _ directory: ZipDirectory, _ path: String
  ) -> [UInt8]? {
    guard !stopped, let entry = parts[name.lowercased()] else { return nil }
    return entryBytes(entry, of: directory, path: path + "!/" + entry.name)
  }

  /// Relationship id → target part, for worksheets only, resolved against `xl/`.
  private static func relationships(_ xml: [UInt8]) -> [String: String] {
    var result: [String: String] = [:]
    _ = XMLScanner.scan(xml) { event in
      guard case .start("Relationship", let attributes, _) = event, let id = attributes["Id"],
        let target = attributes["Target"], attributes["Type"]?.hasSuffix("/worksheet") ?? true
      else { return }
      result[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    return result
  }

  /// The worksheets in workbook order; without relationships, `xl/worksheets/sheetN.xml` by position.
  private static func sheets(_ workbook: [UInt8], relations: [String: String]) -> [SheetReference] {
    var result: [SheetReference] = []
    var position = 0
    _ = XMLScanner.scan(workbook) { event in
      guard case .start("sheet", let attributes, _) = event else { return }
      position += 1
      let name = attributes["name"] ?? ""
      if relations.isEmpty {
        result.append(SheetReference(name: name, part: "xl/worksheets/sheet\(position).xml"))
      } else if let id = attributes["id"], let target = relations[id] {
        result.append(SheetReference(name: name, part: target))
      }
    }
    return result
  }
}
