/// Distinct values and estimated data subjects per dataset (file or archive member), from keyed hashes.
///
/// Filled by the engine from every accepted match (not from the report's findings list, which may be
/// capped), merged across workers and, because every counter is mergeable and Codable, across scans that
/// used the same fingerprint key.
public struct EntityTally: Codable, Sendable, Hashable {
  /// Per dataset, sorted by path.
  public private(set) var datasets: [DatasetTally]

  public init(datasets: [DatasetTally] = []) {
    self.datasets = []
    for dataset in datasets { add(dataset) }
  }

  public var isEmpty: Bool { datasets.isEmpty }

  /// Adds one dataset; a dataset with the same path is merged into the existing one. Binary search keeps
  /// adding one dataset per file cheap for scans of many files.
  public mutating func add(_ dataset: DatasetTally) {
    guard !dataset.isEmpty else { return }
    var low = 0
    var high = datasets.count
    while low < high {
      let middle = (low + high) / 2
      if datasets[middle].path < dataset.path { low = middle + 1 } else { high = middle }
    }
    if low < datasets.count, datasets[low].path == dataset.path {
      datasets[low].merge(dataset)
    } else {
      datasets.insert(dataset, at: low)
    }
  }

  /// Merges two path-sorted lists in one pass (workers' tallies can hold many files).
  public mutating func merge(_ other: EntityTally) {
    // One file's tally (the common case) goes in by binary search; big tallies in one linear pass.
    guard other.datasets.count > 8 else {
      for dataset in other.datasets { add(dataset) }
      return
    }
    guard !datasets.isEmpty else {
      datasets = other.datasets
      return
    }
    var merged: [DatasetTally] = []
    merged.reserveCapacity(datasets.count + other.datasets.count)
    var left = 0
    var right = 0
    while left < datasets.count || right < other.datasets.count {
      if right == other.datasets.count
        || (left < datasets.count && datasets[left].path < other.datasets[right].path)
      {
        merged.append(datasets[left])
        left += 1
      } else if left == datasets.count || other.datasets[right].path < datasets[left].path {
        merged.append(other.datasets[right])
        right += 1
      } else {
        var both = datasets[left]
        both.merge(other.datasets[right])
        merged.append(both)
        left += 1
        right += 1
      }
    }
    datasets = merged
  }

  /// Distinct values per entity over all datasets (a value in two files counts once).
  public var entities: [Entity: DistinctCounter] {
    var union: [Entity: DistinctCounter] = [:]
    for dataset in datasets {
      for (entity, counter) in dataset.entities { union[entity, default: DistinctCounter()].merge(counter) }
    }
    return union
  }

  /// Estimated distinct data subjects over all datasets.
  public var subjects: DistinctCounter {
    datasets.reduce(into: DistinctCounter()) { $0.merge($1.subjects) }
  }

  /// Estimated distinct data subjects with at least one sensitive value (PIPL Art. 28).
  public var sensitiveSubjects: DistinctCounter {
    datasets.reduce(into: DistinctCounter()) { $0.merge($1.sensitiveSubjects) }
  }
}

/// The counts of one dataset.
public struct DatasetTally: Codable, Sendable, Hashable {
  /// The file or `archive!/member`, relative to the scan root.
  public var path: String
  /// Records (table rows, JSON lines, text lines) holding at least one value that stands for a person.
  public var records: Int
  /// Distinct normalized values per entity.
  public var entities: [Entity: DistinctCounter]
  /// Distinct subject keys: per record, the keyed hash of its most identifying value.
  public var subjects: DistinctCounter
  /// The subject keys of records that hold a sensitive value.
  public var sensitiveSubjects: DistinctCounter
  /// How many records each entity keyed (the basis of the subject estimate).
  public var subjectBasis: [Entity: Int]

  public init(
    path: String, records: Int = 0, entities: [Entity: DistinctCounter] = [:], subjects: DistinctCounter = .init(),
    sensitiveSubjects: DistinctCounter = .init(), subjectBasis: [Entity: Int] = [:]
  ) {
    self.path = path
    self.records = records
    self.entities = entities
    self.subjects = subjects
    self.sensitiveSubjects = sensitiveSubjects
    self.subjectBasis = subjectBasis
  }

  public var isEmpty: Bool { entities.isEmpty && records == 0 }

  /// The entity that keyed most records.
  public var mainBasis: Entity? {
    subjectBasis.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  public mutating func merge(_ other: DatasetTally) {
    records += other.records
    for (entity, counter) in other.entities { entities[entity, default: DistinctCounter()].merge(counter) }
    subjects.merge(other.subjects)
    sensitiveSubjects.merge(other.sensitiveSubjects)
    subjectBasis.merge(other.subjectBasis, uniquingKeysWith: +)
  }
}
