import Foundation

/// A HyperLogLog sketch over 64-bit hashes: 2^precision one-byte registers, mergeable by taking the
/// register-wise maximum. Relative standard error ≈ 1.04 / √m (m = 2^precision).
///
/// The estimate is Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog
/// sketches", 2017, Algorithm 6): one formula from 0 to 2^64 without empirical bias tables, so there is
/// no bias bump where classic HyperLogLog switches from linear counting to the raw estimate.
public struct HyperLogLog: Sendable, Hashable {
  /// Index bits; m = 2^precision registers.
  public let precision: Int
  /// Register values 0…(64 − precision + 1).
  public private(set) var registers: [UInt8]

  public init(precision: Int) {
    precondition((4...18).contains(precision), "HyperLogLog precision must be 4…18")
    self.precision = precision
    self.registers = [UInt8](repeating: 0, count: 1 << precision)
  }

  /// Restores a sketch from its registers; nil when the count does not match `precision`.
  public init?(precision: Int, registers: [UInt8]) {
    guard (4...18).contains(precision), registers.count == 1 << precision else { return nil }
    let maximum = UInt8(64 - precision + 1)
    guard registers.allSatisfy({ $0 <= maximum }) else { return nil }
    self.precision = precision
    self.registers = registers
  }

  public var registerCount: Int { registers.count }

  /// 1.04 / √m.
  public var relativeStandardError: Double { 1.04 / Double(registerCount).squareRoot() }

  public mutating func insert(_ hash: UInt64) {
    let index = Int(hash >> UInt64(64 - precision))
    let rest = hash << UInt64(precision)
    let q = 64 - precision
    let rank = UInt8(min(rest.leadingZeroBitCount, q) + 1)
    if rank > registers[index] { registers[index] = rank }
  }

  /// Register-wise maximum; both sketches must have the same precision.
  public mutating func merge(_ other: HyperLogLog) {
    precondition(other.precision == precision, "cannot merge HyperLogLog sketches of different precision")
    for index in registers.indices where other.registers[index] > registers[index] {
      registers[index] = other.registers[index]
    }
  }

  /// The cardinality estimate.
  public var estimate: Double {
    let q = 64 - precision
    var histogram = [Int](repeating: 0, count: q + 2)
    for value in registers { histogram[Int(value)] += 1 }
    let m = Double(registerCount)
    var z = m * Self.tau(1 - Double(histogram[q + 1]) / m)
    for k in stride(from: q, through: 1, by: -1) { z = 0.5 * (z + Double(histogram[k])) }
    z += m * Self.sigma(Double(histogram[0]) / m)
    return (1 / (2 * log(2.0))) * m * m / z
  }

  private static func sigma(_ start: Double) -> Double {
    guard start < 1 else { return .infinity }
    var x = start
    var y = 1.0
    var z = x
    while true {
      x *= x
      let previous = z
      z += x * y
      y += y
      if z == previous { return z }
    }
  }

  private static func tau(_ start: Double) -> Double {
    guard start > 0, start < 1 else { return 0 }
    var x = start
    var y = 1.0
    var z = 1 - x
    while true {
      x = x.squareRoot()
      let previous = z
      y *= 0.5
      z -= (1 - x) * (1 - x) * y
      if z == previous { return z / 3 }
    }
  }
}
