import XBorderCore

/// `EntityTally` ⇄ its wire form.
enum JSONPopulationWire {
  static func population(_ tally: EntityTally) -> JSONPopulation {
    JSONPopulation(
      subjects: count(tally.subjects, withCounter: false),
      sensitiveSubjects: count(tally.sensitiveSubjects, withCounter: false),
      entities: entities(tally.entities, withCounters: false), datasets: tally.datasets.map(dataset))
  }

  static func dataset(_ dataset: DatasetTally) -> JSONDataset {
    JSONDataset(
      path: dataset.path, records: dataset.records, subjects: count(dataset.subjects, withCounter: true),
      sensitiveSubjects: count(dataset.sensitiveSubjects, withCounter: true),
      entities: entities(dataset.entities, withCounters: true),
      subjectBasis: Dictionary(uniqueKeysWithValues: dataset.subjectBasis.map { ($0.key.rawValue, $0.value) }))
  }

  static func count(_ counter: DistinctCounter, withCounter: Bool) -> JSONCount {
    JSONCount(
      estimate: counter.estimate, exact: counter.isExact, relativeStandardError: counter.relativeStandardError,
      counter: withCounter ? counter : nil)
  }

  static func entities(_ counters: [Entity: DistinctCounter], withCounters: Bool) -> [String: JSONCount] {
    Dictionary(uniqueKeysWithValues: counters.map { ($0.key.rawValue, count($0.value, withCounter: withCounters)) })
  }

  /// The tally back from the per-dataset counters (the totals are recomputed from them).
  static func tally(_ population: JSONPopulation) throws(JSONReportReader.Failure) -> EntityTally {
    var tally = EntityTally()
    for dataset in population.datasets {
      var entities: [Entity: DistinctCounter] = [:]
      for (name, count) in dataset.entities {
        entities[try JSONReportReader.entity(name)] = try counter(count, dataset)
      }
      var basis: [Entity: Int] = [:]
      for (name, records) in dataset.subjectBasis { basis[try JSONReportReader.entity(name)] = records }
      tally.add(
        DatasetTally(
          path: dataset.path, records: dataset.records, entities: entities,
          subjects: try counter(dataset.subjects, dataset),
          sensitiveSubjects: try counter(dataset.sensitiveSubjects, dataset),
          subjectBasis: basis))
    }
    return tally
  }

  private static func counter(_ count: JSONCount, _ dataset: JSONDataset) throws(JSONReportReader.Failure)
    -> DistinctCounter
  {
    guard let counter = count.counter else {
      throw .invalid(
        "population.datasets[\(dataset.path)]: a count has no counter, so it cannot be merged or re-rendered")
    }
    return counter
  }
}
