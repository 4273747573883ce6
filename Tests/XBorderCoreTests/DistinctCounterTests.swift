import Foundation
import Testing
import XBorderCore

/// SplitMix64: a fast, well-mixed stand-in for the keyed hash (the counter only sees 64-bit keys).
func mixed(_ value: UInt64) -> UInt64 {
  var z = value &+ 0x9E37_79B9_7F4A_7C15
  z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
  z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
  return z ^ (z >> 31)
}

@Suite struct DistinctCounterTests {
  @Test func countsExactlyUpToTheLimitIgnoringRepeats() {
    var counter = DistinctCounter()
    for round in 0..<3 {
      for value in 0..<UInt64(DistinctCounter.defaultExactLimit) { counter.insert(mixed(value)) }
      #expect(counter.isExact, "round \(round)")
    }
    #expect(counter.estimate == DistinctCounter.defaultExactLimit)
    #expect(counter.relativeStandardError == 0)
  }

  @Test func switchesToTheSketchPastTheLimit() {
    var counter = DistinctCounter(exactLimit: 100)
    for value in 0..<UInt64(101) { counter.insert(mixed(value)) }
    #expect(!counter.isExact)
    #expect(abs(counter.relativeStandardError - 1.04 / 128) < 1e-12)
    #expect(abs(counter.estimate - 101) <= 3)
  }

  /// The acceptance figure: one million distinct values within three standard errors (2.4 %).
  @Test(arguments: [1_000_000, 50_000, 200_000])
  func sketchIsWithinItsStatedError(count: Int) {
    var counter = DistinctCounter()
    for value in 0..<UInt64(count) { counter.insert(mixed(value)) }
    let error = Double(counter.estimate - count) / Double(count)
    #expect(abs(error) <= 3 * counter.relativeStandardError, "estimate \(counter.estimate) for \(count)")
  }

  @Test func mergeIsTheUnion() {
    var left = DistinctCounter()
    var right = DistinctCounter()
    for value in 0..<UInt64(60_000) { left.insert(mixed(value)) }
    for value in UInt64(40_000)..<UInt64(100_000) { right.insert(mixed(value)) }
    let union = left.merging(right)
    #expect(abs(Double(union.estimate - 100_000)) <= 3 * union.relativeStandardError * 100_000)

    var small = DistinctCounter()
    var other = DistinctCounter()
    for value in 0..<UInt64(30) { small.insert(mixed(value)) }
    for value in UInt64(20)..<UInt64(50) { other.insert(mixed(value)) }
    small.merge(other)
    #expect(small.isExact && small.estimate == 50)
  }

  @Test(arguments: [10, 30_000])
  func roundTripsThroughJSON(count: Int) throws {
    var counter = DistinctCounter()
    for value in 0..<UInt64(count) { counter.insert(mixed(value)) }
    let data = try JSONEncoder().encode(counter)
    let decoded = try JSONDecoder().decode(DistinctCounter.self, from: data)
    #expect(decoded == counter)
    #expect(decoded.estimate == counter.estimate)
  }

  @Test func rejectsADamagedSketch() {
    let json = #"{"mode":"hll","precision":14,"exactLimit":16384,"registers":"AAAA"}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(DistinctCounter.self, from: Data(json.utf8)) }
  }
}

@Suite struct DatasetTallyTests {
  @Test func eachRecordCountsOncePerItsMostIdentifyingValue() {
    var builder = DatasetTallyBuilder(path: "orders.csv")
    // Row 1: ID and phone; row 2: the same person again; row 3: phone only; row 4: card only (sensitive).
    builder.add(entity: .cnMobile, key: 11, record: .row(1))
    builder.add(entity: .cnResidentId, key: 1, record: .row(1))
    builder.add(entity: .cnResidentId, key: 1, record: .row(2))
    builder.add(entity: .cnMobile, key: 12, record: .row(3))
    builder.add(entity: .paymentCard, key: 21, record: .row(4))
    builder.add(entity: .foreignDestination, key: 99, record: .row(4))
    let tally = builder.finish()
    #expect(tally.records == 4)
    #expect(tally.subjects.estimate == 3)
    #expect(tally.sensitiveSubjects.estimate == 1)
    #expect(tally.entities[.cnMobile]?.estimate == 2)
    #expect(tally.entities[.foreignDestination] == nil)
    #expect(tally.subjectBasis == [.cnResidentId: 2, .cnMobile: 1, .paymentCard: 1])
    #expect(tally.mainBasis == .cnResidentId)
  }

  @Test func datasetsMergeByPathAndPeopleDedupeAcrossFiles() {
    func dataset(_ path: String, _ keys: [UInt64]) -> DatasetTally {
      var builder = DatasetTallyBuilder(path: path)
      for (line, key) in keys.enumerated() { builder.add(entity: .email, key: key, record: .line(line + 1)) }
      return builder.finish()
    }
    var tally = EntityTally(datasets: [dataset("b.txt", [1, 2]), dataset("a.txt", [2, 3])])
    tally.merge(EntityTally(datasets: [dataset("a.txt", [4])]))
    #expect(tally.datasets.map(\.path) == ["a.txt", "b.txt"])
    #expect(tally.datasets[0].records == 3)
    #expect(tally.subjects.estimate == 4)
    #expect(tally.entities[.email]?.estimate == 4)
  }

  @Test func largeTalliesMergeInOnePassLikeOneByOne() {
    func dataset(_ index: Int) -> DatasetTally {
      var builder = DatasetTallyBuilder(path: String(format: "f%03d.csv", index))
      builder.add(entity: .cnMobile, key: mixed(UInt64(index % 7)), record: .row(1))
      return builder.finish()
    }
    let evens = EntityTally(datasets: stride(from: 0, to: 40, by: 2).map(dataset))
    let thirds = EntityTally(datasets: stride(from: 0, to: 40, by: 3).map(dataset))
    var linear = evens
    linear.merge(thirds)
    var oneByOne = evens
    for item in thirds.datasets { oneByOne.add(item) }
    #expect(linear == oneByOne)
    #expect(linear.datasets.map(\.path) == linear.datasets.map(\.path).sorted())
    #expect(linear.datasets.first { $0.path == "f006.csv" }?.records == 2)
    #expect(linear.subjects.estimate == 7)
  }

  @Test func subjectRankingPutsStateNumbersFirst() {
    #expect(Entity.subjectRanking.first == .cnResidentId)
    #expect(!Entity.subjectRanking.contains(.foreignDestination))
    #expect(!Entity.subjectRanking.contains(.cnUscc))
  }
}
