import Crypto
import Foundation

/// Keyed fingerprints: HMAC-SHA256 under the project's key over rule id, normalized value and path.
///
/// Line numbers stay out so a fingerprint survives lines moving. A plain hash of an ID or phone
/// number could be brute-forced from the small space of valid values; the key prevents that.
public struct Fingerprinter: Sendable {
  let key: SymmetricKey

  /// `keyMaterial` is the project's secret (any length; at least 16 bytes recommended).
  public init(keyMaterial: some DataProtocol) {
    self.key = SymmetricKey(data: Data(keyMaterial))
  }

  /// A 64-character lower-case hex fingerprint.
  public func fingerprint(ruleId: String, normalizedValue: String, path: String) -> String {
    var message = Data("xborder/v1\u{0}".utf8)
    message.append(contentsOf: Array(ruleId.utf8))
    message.append(0)
    message.append(contentsOf: Array(normalizedValue.utf8))
    message.append(0)
    message.append(contentsOf: Array(path.utf8))
    let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
    return Self.hex(mac)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Lower-case hex without `String(format:)`, which costs microseconds per byte on Linux.
  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    var characters: [UInt8] = []
    characters.reserveCapacity(64)
    for byte in bytes {
      characters.append(hexDigits[Int(byte >> 4)])
      characters.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: characters, as: UTF8.self)
  }
}
