/// Clues in a file about which cloud provider a bare region code belongs to, strongest first: the key
/// on the value's line (`AWS_REGION`, `arn:aws-cn:`), the key path the scanner found, enclosing blocks
/// (`provider "alicloud" {`, `"aws": {`), YAML parents, INI/TOML sections, neighbouring provider hosts,
/// the file path. Sources are read lazily, in that order, until one names an acceptable provider.
struct ProviderEvidence: Sendable {
  /// One clue: the provider it names, where it was seen, and whether it is strong.
  struct Clue: Equatable {
    var provider: String
    var source: String
    var strong: Bool
  }

  let regions: RegionCatalog
  /// Word → provider ids, from every provider's `hints` and `terraform` names.
  private let words: [String: [String]]
  /// Every provider host suffix as bytes, with its provider.
  private let suffixes: HostSuffixMatcher

  init(regions: RegionCatalog) {
    self.regions = regions
    var words: [String: [String]] = [:]
    for provider in regions.providers {
      for word in Set(provider.hints + provider.terraform.map { $0.lowercased() }) {
        words[word, default: []].append(provider.id)
      }
    }
    self.words = words
    self.suffixes = HostSuffixMatcher(
      regions.providers.flatMap { provider in
        provider.hosts.map { (suffix: $0.suffix, provider: provider.id) }
      })
  }

  /// The first clue `accept` takes; every clue seen before it is passed to `rejected`.
  func firstClue(in context: SettingContext, accept: (Clue) -> Bool, rejected: (Clue) -> Void) -> Clue? {
    let sources: [() -> [Clue]] = [
      { named(in: context.linePrefix, source: "the key on the same line", strong: true) },
      { context.keyPath.map { named(in: Substring($0), source: "the key path '\($0)'", strong: true) } ?? [] },
      {
        TextStructure.enclosingBlockHeaders(before: context.before).flatMap { header in
          named(in: header, source: "the enclosing block '\(header.trimmed)'", strong: true)
        }
      },
      {
        TextStructure.ancestorKeys(before: context.before).flatMap { key in
          named(in: key, source: "the parent key '\(key.trimmed)'", strong: true)
        }
      },
      {
        TextStructure.section(before: context.before).map { named(in: $0, source: "the section \($0)", strong: true) }
          ?? []
      },
      { neighbouringHosts(in: context) },
      { named(in: Substring(context.path), source: "the file path \(context.path)", strong: false) },
    ]
    for source in sources {
      for clue in source() {
        if accept(clue) { return clue }
        rejected(clue)
      }
    }
    return nil
  }

  /// Providers named by words in `text`, the word nearest the end (the value) first.
  private func named(in text: Substring, source: String, strong: Bool) -> [Clue] {
    TextStructure.words(in: text).reversed().flatMap { word in
      (words[word] ?? []).map { Clue(provider: $0, source: "\(source) (\(word))", strong: strong) }
    }
  }

  /// Providers whose hosts appear within 2 KB of the value, nearest first.
  private func neighbouringHosts(in context: SettingContext) -> [Clue] {
    let before = context.before.suffix(2_048)
    let after = context.after.prefix(2_048)
    let found =
      suffixes.matches(in: before).map { (distance: before.endIndex - $0.offset, match: $0) }
      + suffixes.matches(in: after).map { (distance: $0.offset - after.startIndex, match: $0) }
    return found.sorted { $0.distance < $1.distance }.map { item in
      let name = regions.provider(item.match.provider)?.name ?? item.match.provider
      return Clue(
        provider: item.match.provider, source: "a neighbouring \(name) host (*.\(item.match.suffix))", strong: false)
    }
  }
}

/// Finds host names ending in a provider suffix (`….aliyuncs.com`) in bytes, without tokenizing: every
/// `.` is tried against the suffixes that start with the next byte.
struct HostSuffixMatcher: Sendable {
  struct Match {
    var offset: Int
    var suffix: String
    var provider: String
  }

  /// Suffixes by their first byte (256 slots), longest first.
  private let byFirstByte: [[(bytes: [UInt8], suffix: String, provider: String)]]

  init(_ suffixes: [(suffix: String, provider: String)]) {
    var table = Array(repeating: [(bytes: [UInt8], suffix: String, provider: String)](), count: 256)
    for entry in suffixes {
      let bytes = Array(entry.suffix.utf8)
      guard let first = bytes.first else { continue }
      table[Int(first)].append((bytes, entry.suffix, entry.provider))
    }
    self.byFirstByte = table.map { $0.sorted { $0.bytes.count > $1.bytes.count } }
  }

  /// Every `.suffix` that ends at a host boundary in `bytes` (lower-case ASCII only).
  func matches(in slice: ArraySlice<UInt8>) -> [Match] {
    let base = slice.startIndex
    return slice.withUnsafeBufferPointer { bytes in
      var found: [Match] = []
      var index = 0
      while index + 1 < bytes.count {
        defer { index += 1 }
        guard bytes[index] == 0x2E else { continue }
        for candidate in byFirstByte[Int(bytes[index + 1])] where matches(candidate.bytes, at: index + 1, in: bytes) {
          found.append(Match(offset: base + index, suffix: candidate.suffix, provider: candidate.provider))
          break
        }
      }
      return found
    }
  }

  /// `needle` at `start`, ending at a host boundary (not followed by a host byte or `.` + host byte).
  private func matches(_ needle: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let end = start + needle.count
    guard end <= bytes.count else { return false }
    for offset in 0..<needle.count where bytes[start + offset] != needle[offset] { return false }
    guard end < bytes.count else { return true }
    if Self.isHostByte(bytes[end]) { return false }
    return !(bytes[end] == 0x2E && end + 1 < bytes.count && Self.isHostByte(bytes[end + 1]))
  }

  private static func isHostByte(_ byte: UInt8) -> Bool {
    (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 0x2D
  }
}

extension Substring {
  /// Without surrounding spaces and tabs.
  fileprivate var trimmed: Substring {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
      return ""
    }
    return self[first...last]
  }
}
