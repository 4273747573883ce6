import Crypto
import Foundation
import XBorderCore

extension Fingerprinter {
  /// The 64-bit counting key of a value: the first 8 bytes of HMAC-SHA256 under the project key over
  /// entity and normalized value (no rule id and no path, so the same person counts once across rules and
  /// files). Only these keys are stored; without the key they do not lead back to the values.
  public func countingKey(entity: Entity, normalizedValue: String) -> UInt64 {
    var message = Data("xborder/count/v1\u{0}".utf8)
    message.append(contentsOf: Array(entity.rawValue.utf8))
    message.append(0)
    message.append(contentsOf: Array(normalizedValue.utf8))
    let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
    return mac.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
  }
}
