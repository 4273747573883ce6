/// Public IPv4 addresses: the ranges that never identify a subscriber are rejected.
///
/// Rejected (IANA special-purpose registry, RFC 6890): 0/8 "this network", 10/8, 172.16/12 and 192.168/16
/// (private, RFC 1918), 100.64/10 (carrier-grade NAT, RFC 6598), 127/8 (loopback), 169.254/16 (link-local),
/// 192.0.0/24 (IETF protocol assignments), 192.0.2/24, 198.51.100/24 and 203.0.113/24 (documentation,
/// RFC 5737: never routed, so they cannot belong to a person), 198.18/15 (benchmarking), 224/4 (multicast)
/// and 240/4 (reserved, including the broadcast address). Octets with leading zeros (`01.02.03.04`) are
/// rejected as not being addresses in canonical dotted-decimal form, and so are addresses ending in `.0` or
/// `.255` (network and broadcast addresses of a /24, and the usual shape of version numbers like 4.0.0.0).
public enum IPv4AddressValidator {
  /// Takes the address as matched (normalize `none`): `223.5.5.5`.
  public static func isValid(_ value: String) -> Bool {
    guard let octets = parse(value), octets[3] != 0, octets[3] != 255 else { return false }
    return isPublic(octets)
  }

  /// The four octets of a canonical dotted-decimal address, or nil.
  public static func parse(_ value: String) -> [Int]? {
    // One pass over the bytes, no substrings: this runs for every dotted quad of a log, most of them private.
    var octets: [Int] = []
    octets.reserveCapacity(4)
    var octet = 0
    var digits = 0
    var firstDigit: UInt8 = 0
    for byte in value.utf8 {
      if byte == UInt8(ascii: ".") {
        guard octets.count < 3, isCanonical(octet, digits: digits, first: firstDigit) else { return nil }
        octets.append(octet)
        (octet, digits) = (0, 0)
        continue
      }
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10, digits < 3 else { return nil }
      if digits == 0 { firstDigit = digit }
      octet = octet * 10 + Int(digit)
      digits += 1
    }
    guard octets.count == 3, isCanonical(octet, digits: digits, first: firstDigit) else { return nil }
    octets.append(octet)
    return octets
  }

  /// 1–3 digits, no leading zero (`0` itself is fine), at most 255.
  private static func isCanonical(_ octet: Int, digits: Int, first: UInt8) -> Bool {
    digits > 0 && (digits == 1 || first != 0) && octet <= 255
  }

  /// Whether the address is outside every special-purpose range listed above.
  public static func isPublic(_ o: [Int]) -> Bool {
    switch (o[0], o[1], o[2]) {
    case (0, _, _), (10, _, _), (127, _, _), (224...255, _, _): false
    case (100, 64...127, _), (169, 254, _), (172, 16...31, _), (192, 168, _), (198, 18...19, _): false
    case (192, 0, 0), (192, 0, 2), (198, 51, 100), (203, 0, 113): false
    default: true
    }
  }
}

/// Public IPv6 addresses: global unicast (2000::/3) only.
///
/// Everything outside 2000::/3 is rejected (unspecified `::`, loopback `::1`, IPv4-mapped, link-local
/// fe80::/10, unique-local fc00::/7, multicast ff00::/8, NAT64), and inside it the documentation prefixes
/// 2001:db8::/32 (RFC 3849) and 3fff::/20 (RFC 9637) and the benchmarking prefix 2001:2::/48 (RFC 5180).
/// Addresses with an embedded dotted IPv4 part are not parsed.
public enum IPv6AddressValidator {
  /// Takes the address as matched or lower-cased: `2400:3200::1`.
  public static func isValid(_ value: String) -> Bool {
    guard let groups = parse(value) else { return false }
    guard groups[0] & 0xE000 == 0x2000 else { return false }
    if groups[0] == 0x2001 && groups[1] == 0x0DB8 { return false }
    if groups[0] & 0xFFF0 == 0x3FF0 { return false }
    if groups[0] == 0x2001 && groups[1] == 0x0002 && groups[2] == 0 { return false }
    return true
  }

  /// The eight 16-bit groups of an address in RFC 4291 text form (at most one `::`), or nil.
  public static func parse(_ value: String) -> [Int]? {
    guard hasAddressShape(value) else { return nil }
    let halves = value.components(separatedBy: "::")
    guard halves.count <= 2 else { return nil }
    func groups(_ text: String) -> [Int]? {
      guard !text.isEmpty else { return [] }
      var result: [Int] = []
      for part in text.split(separator: ":", omittingEmptySubsequences: false) {
        guard (1...4).contains(part.count), let group = Int(part, radix: 16) else { return nil }
        result.append(group)
      }
      return result
    }
    guard let head = groups(halves[0]) else { return nil }
    if halves.count == 1 { return head.count == 8 ? head : nil }
    guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
    return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
  }

  /// Seven colons, or a `::` somewhere: a cheap byte check that turns away clock times (`2025:00:00:00`),
  /// which logs hold on every line, before any splitting.
  private static func hasAddressShape(_ value: String) -> Bool {
    var colons = 0
    var previousWasColon = false
    for byte in value.utf8 {
      let isColon = byte == UInt8(ascii: ":")
      if isColon && previousWasColon { return true }
      if isColon { colons += 1 }
      previousWasColon = isColon
    }
    return colons == 7
  }
}

/// IMEI device numbers: 15 digits (8-digit TAC, 6-digit serial) with a Luhn check digit (reference §3.17).
/// Test vector: `490154203237518`.
public enum IMEIValidator {
  public static func isValid(_ value: String) -> Bool {
    value.utf8.count == 15 && Luhn.isValid(value) && RepetitionFilter.isVaried(value)
  }
}

/// MAC addresses (EUI-48) of a single device.
///
/// Rejected: the group (multicast) bit set in the first octet (that includes broadcast FF:FF:FF:FF:FF:FF),
/// and placeholders whose every octet is one hex digit doubled (00:00:00:00:00:00, 00:11:22:33:44:55,
/// AA:BB:CC:DD:EE:FF) or whose 12 hex digits count up by one (01:23:45:67:89:AB). Locally administered
/// addresses are kept: phones use randomised, locally administered addresses per Wi-Fi network, and those
/// still identify the device on that network.
public enum MACAddressValidator {
  /// Takes the normalized 12 hex digits (separators removed, upper-case): `3C22FB1A2B3C`.
  public static func isValid(_ value: String) -> Bool {
    let nibbles = value.utf8.compactMap(hexValue)
    guard value.utf8.count == 12, nibbles.count == 12 else { return false }
    guard nibbles[1] & 1 == 0 else { return false }
    let octetsDoubled = stride(from: 0, to: 12, by: 2).allSatisfy { nibbles[$0] == nibbles[$0 + 1] }
    let countsUp = zip(nibbles.dropFirst(), nibbles).allSatisfy { ($0 - $1 + 16) % 16 == 1 }
    return !octetsDoubled && !countsUp
  }

  private static func hexValue(_ byte: UInt8) -> Int? {
    switch byte {
    case 48...57: Int(byte - 48)
    case 65...70: Int(byte - 55)
    default: nil
    }
  }
}
