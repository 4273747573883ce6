/// An IPv4 or IPv6 literal, and whether it can be a destination on the public internet.
public enum IPAddress: Sendable, Equatable, CustomStringConvertible {
  case v4([UInt8])
  case v6([UInt16])

  /// Parses a dotted-quad IPv4 address or an IPv6 address (with `::`, brackets allowed); nil otherwise.
  public init?(_ text: String) {
    var body = Substring(text)
    if body.hasPrefix("["), body.hasSuffix("]") { body = body.dropFirst().dropLast() }
    if let v4 = IPAddress.parseV4(body) {
      self = .v4(v4)
    } else if body.contains(":"), let v6 = IPAddress.parseV6(body) {
      self = .v6(v6)
    } else {
      return nil
    }
  }

  public var description: String {
    switch self {
    case .v4(let bytes): bytes.map(String.init).joined(separator: ".")
    case .v6(let groups): groups.map { String($0, radix: 16) }.joined(separator: ":")
    }
  }

  /// False for private, loopback, link-local, shared (CGNAT), documentation, multicast and reserved
  /// ranges: such an address is not a destination abroad.
  public var isPublic: Bool {
    switch self {
    case .v4(let b): IPAddress.isPublicV4(b)
    case .v6(let g): IPAddress.isPublicV6(g)
    }
  }

  /// Why the address is not public, for explanations (nil when it is public).
  public var nonPublicReason: String? {
    guard !isPublic else { return nil }
    switch self {
    case .v4(let b) where b[0] == 127: return "loopback address"
    case .v6(let g) where g == [0, 0, 0, 0, 0, 0, 0, 1]: return "loopback address"
    case .v4(let b) where b[0] == 10 || (b[0] == 172 && (16...31).contains(b[1])) || (b[0] == 192 && b[1] == 168):
      return "private address (RFC 1918)"
    case .v6(let g) where g[0] & 0xfe00 == 0xfc00: return "unique local address (RFC 4193)"
    default: return "private, link-local, documentation or reserved address"
    }
  }

  private static func isPublicV4(_ b: [UInt8]) -> Bool {
    switch (b[0], b[1], b[2]) {
    case (0, _, _), (10, _, _), (127, _, _), (224...255, _, _): return false
    case (100, 64...127, _), (169, 254, _), (172, 16...31, _), (192, 168, _), (198, 18...19, _): return false
    case (192, 0, 0), (192, 0, 2), (198, 51, 100), (203, 0, 113): return false
    default: return true
    }
  }

  private static func isPublicV6(_ g: [UInt16]) -> Bool {
    if g[0...4].allSatisfy({ $0 == 0 }) && g[5] == 0xffff {
      return isPublicV4([UInt8(g[6] >> 8), UInt8(g[6] & 0xff), UInt8(g[7] >> 8), UInt8(g[7] & 0xff)])
    }
    if g[0] == 0x2001 && g[1] == 0x0db8 { return false }  // documentation
    return g[0] & 0xe000 == 0x2000  // only 2000::/3 is global unicast
  }

  private static func parseV4(_ text: Substring) -> [UInt8]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var bytes: [UInt8] = []
    for part in parts {
      guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), let value = UInt8(part) else { return nil }
      bytes.append(value)
    }
    return bytes
  }

  /// `a::b` → [a, b]; more than one `::` gives three or more parts.
  private static func splitOnDoubleColon(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var previousColon = false
    for character in text {
      if character == ":" && previousColon {
        current.removeLast()
        parts.append(current)
        current = ""
        previousColon = false
        continue
      }
      previousColon = character == ":"
      current.append(character)
    }
    parts.append(current)
    return parts
  }

  private static func parseV6(_ text: Substring) -> [UInt16]? {
    var text = String(text)
    // An embedded IPv4 tail (`::ffff:10.0.0.1`) becomes two hex groups.
    if let colon = text.lastIndex(of: ":"), let v4 = parseV4(text[text.index(after: colon)...]) {
      let high = String(UInt16(v4[0]) << 8 | UInt16(v4[1]), radix: 16)
      let low = String(UInt16(v4[2]) << 8 | UInt16(v4[3]), radix: 16)
      text = String(text[...colon]) + high + ":" + low
    }
    let halves = splitOnDoubleColon(text)
    guard halves.count <= 2 else { return nil }
    func groups(_ part: String) -> [UInt16]? {
      guard !part.isEmpty else { return [] }
      var result: [UInt16] = []
      for piece in part.split(separator: ":", omittingEmptySubsequences: false) {
        guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
        result.append(value)
      }
      return result
    }
    guard let head = groups(halves[0]) else { return nil }
    if halves.count == 1 { return head.count == 8 ? head : nil }
    guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
    return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
  }
}
