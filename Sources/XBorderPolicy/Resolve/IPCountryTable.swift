import XBorderCore

/// A user-supplied IP-to-country table (`--ip-regions FILE`): CSV lines `CIDR,COUNTRY`, e.g.
/// `203.119.0.0/16,CN` or `2400:3200::/32,CN`. Blank lines, `#` comments and a header line whose first
/// field is not a network are skipped. The longest matching prefix wins.
public struct IPCountryTable: Sendable, Equatable {
  struct Entry: Sendable, Equatable {
    /// The network as 128 bits (IPv4 mapped into ::ffff:0:0/96), high and low halves.
    var high: UInt64
    var low: UInt64
    var prefix: Int
    var country: String
    var cidr: String
  }

  private let entries: [Entry]
  /// Where the table came from, for reasons in findings.
  public let origin: String

  public var count: Int { entries.count }

  /// Parses the CSV text; throws naming the line of the first bad row.
  public init(csv: String, origin: String) throws(XBorderError) {
    var entries: [Entry] = []
    for (index, rawLine) in csv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: " \t\r")
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t\"") }
      guard fields.count >= 2, let entry = Self.entry(cidr: fields[0], country: fields[1]) else {
        if index == 0 || (entries.isEmpty && !fields[0].contains(".") && !fields[0].contains(":")) { continue }
        throw XBorderError(
          .config, "\(origin):\(index + 1): expected 'CIDR,COUNTRY' (e.g. 203.119.0.0/16,CN), found '\(line)'",
          hint: "one network per line, an ISO 3166-1 alpha-2 country code after the comma")
      }
      entries.append(entry)
    }
    self.entries = entries
    self.origin = origin
  }

  /// The country of `address` and the network that matched, or nil when no network contains it.
  public func country(of address: IPAddress) -> (country: String, cidr: String)? {
    let (high, low) = Self.bits(address)
    var best: Entry?
    for entry in entries where Self.contains(entry, high: high, low: low) && entry.prefix > best?.prefix ?? -1 {
      best = entry
    }
    return best.map { ($0.country, $0.cidr) }
  }

  static func entry(cidr: String, country: String) -> Entry? {
    let parts = cidr.split(separator: "/", maxSplits: 1)
    guard let first = parts.first, let address = IPAddress(String(first)) else { return nil }
    let code = country.uppercased()
    guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    let isV4: Bool
    if case .v4 = address { isV4 = true } else { isV4 = false }
    let maximum = isV4 ? 32 : 128
    guard let length = parts.count == 2 ? Int(parts[1]) : maximum, (0...maximum).contains(length) else { return nil }
    let (high, low) = bits(address)
    let prefix = isV4 ? length + 96 : length
    let (maskHigh, maskLow) = mask(prefix)
    return Entry(high: high & maskHigh, low: low & maskLow, prefix: prefix, country: code, cidr: cidr)
  }

  static func contains(_ entry: Entry, high: UInt64, low: UInt64) -> Bool {
    let (maskHigh, maskLow) = mask(entry.prefix)
    return high & maskHigh == entry.high && low & maskLow == entry.low
  }

  static func mask(_ prefix: Int) -> (UInt64, UInt64) {
    let high: UInt64 = prefix >= 64 ? .max : (prefix == 0 ? 0 : ~UInt64(0) << UInt64(64 - prefix))
    let lowBits = max(0, prefix - 64)
    let low: UInt64 = lowBits >= 64 ? .max : (lowBits == 0 ? 0 : ~UInt64(0) << UInt64(64 - lowBits))
    return (high, low)
  }

  static func bits(_ address: IPAddress) -> (UInt64, UInt64) {
    switch address {
    case .v4(let b):
      let v4 = UInt64(b[0]) << 24 | UInt64(b[1]) << 16 | UInt64(b[2]) << 8 | UInt64(b[3])
      return (0, 0xFFFF_0000_0000 | v4)
    case .v6(let g):
      let high = g[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
      let low = g[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
      return (high, low)
    }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let characters = Set(set)
    var slice = self
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
