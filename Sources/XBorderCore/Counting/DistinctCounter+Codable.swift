import Foundation

/// Wire form: `{"mode": "exact", "keys": base64 of the sorted keys (8 bytes each, big-endian)}` or
/// `{"mode": "hll", "precision": 14, "registers": base64}`, plus the limits, so a saved count can be merged.
extension DistinctCounter: Codable {
  enum CodingKeys: String, CodingKey { case mode, keys, registers, precision, exactLimit }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let precision = try container.decode(Int.self, forKey: .precision)
    let exactLimit = try container.decode(Int.self, forKey: .exactLimit)
    let mode = try container.decode(String.self, forKey: .mode)
    switch mode {
    case "exact":
      let bytes = try Self.bytes(container, .keys)
      guard bytes.count % 8 == 0 else {
        throw DecodingError.dataCorruptedError(
          forKey: .keys, in: container, debugDescription: "not a list of 8-byte keys")
      }
      var keys = Set<UInt64>()
      for start in stride(from: 0, to: bytes.count, by: 8) {
        keys.insert(bytes[start..<start + 8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
      }
      self.init(storage: .exact(keys), exactLimit: exactLimit, precision: precision)
    case "hll":
      guard let sketch = HyperLogLog(precision: precision, registers: try Self.bytes(container, .registers)) else {
        throw DecodingError.dataCorruptedError(
          forKey: .registers, in: container, debugDescription: "register count does not match precision \(precision)")
      }
      self.init(storage: .sketch(sketch), exactLimit: exactLimit, precision: precision)
    default:
      throw DecodingError.dataCorruptedError(forKey: .mode, in: container, debugDescription: "unknown mode '\(mode)'")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(precision, forKey: .precision)
    try container.encode(exactLimit, forKey: .exactLimit)
    switch storage {
    case .exact(let keys):
      try container.encode("exact", forKey: .mode)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(keys.count * 8)
      for key in keys.sorted() {
        for shift in stride(from: 56, through: 0, by: -8) {
          bytes.append(UInt8(truncatingIfNeeded: key >> UInt64(shift)))
        }
      }
      try container.encode(Data(bytes).base64EncodedString(), forKey: .keys)
    case .sketch(let sketch):
      try container.encode("hll", forKey: .mode)
      try container.encode(Data(sketch.registers).base64EncodedString(), forKey: .registers)
    }
  }

  private static func bytes(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [UInt8] {
    let text = try container.decode(String.self, forKey: key)
    guard let data = Data(base64Encoded: text) else {
      throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not base64")
    }
    return [UInt8](data)
  }
}
