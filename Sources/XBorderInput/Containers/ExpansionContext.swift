import XBorderCore

/// The state of one top-level expansion: what was found, and the budget shared by nested containers.
struct ExpansionContext {
  let limits: ContainerLimits
  var members: [ContainerMember] = []
  var skipped: [SkippedFile] = []
  /// Entries seen so far, nested ones included.
  var entries = 0
  /// Uncompressed bytes produced so far, nested ones included.
  var totalBytes = 0
  /// Set once the entry or total byte limit is reached: nothing more is expanded.
  var stopped = false

  init(limits: ContainerLimits) {
    self.limits = limits
  }

  mutating func skip(_ path: String, _ reason: SkipReason, _ detail: String) {
    skipped.append(SkippedFile(path: path, reason: reason, detail: detail))
  }

  /// Expands the container at `path`, which is at nesting `depth` (1 for the top-level file).
  mutating func expandContainer(path: String, bytes: [UInt8], depth: Int) {
    guard !stopped, let kind = ContainerReader.kind(of: path) else { return }
    switch kind {
    case .gzip: expandGzip(path: path, bytes: bytes, depth: depth)
    case .zip: expandZip(path: path, bytes: bytes, depth: depth)
    case .xlsx: expandXlsx(path: path, bytes: bytes)
    }
  }

  /// Counts one entry; false (and the expansion stopped, with a skipped entry) when over the limit.
  mutating func countEntry(container: String) -> Bool {
    guard !stopped else { return false }
    entries += 1
    guard entries > limits.maxEntries else { return true }
    stopped = true
    let detail = "stopped: more than \(limits.maxEntries) entries (maxEntries); the rest is not scanned"
    skip(container, .limitExceeded, detail)
    return false
  }

  /// A member's content found at `depth`: expanded when it is a container, else decoded and kept.
  mutating func addFile(path: String, bytes: [UInt8], depth: Int) {
    if ContainerReader.isContainer(path: path) {
      guard depth + 1 <= limits.maxDepth else {
        let detail = "nested container at depth \(depth + 1) exceeds maxDepth \(limits.maxDepth); not opened"
        skip(path, .limitExceeded, detail)
        return
      }
      expandContainer(path: path, bytes: bytes, depth: depth + 1)
      return
    }
    switch InputDecoder.decode(bytes) {
    case .success(let text): members.append(ContainerMember(path: path, text: text))
    case .failure(let failure): skipped.append(failure.skippedFile(path: path))
    }
  }

  /// Checks a size declared before inflating; false (with a skipped entry) when it is over a limit.
  mutating func acceptDeclared(path: String, uncompressed: Int, compressed: Int) -> Bool {
    if uncompressed > limits.maxMemberBytes {
      skip(path, .limitExceeded, "declared size \(uncompressed) bytes exceeds maxMemberBytes \(limits.maxMemberBytes)")
      return false
    }
    if uncompressed > ratioCap(compressed: compressed) {
      skip(path, .limitExceeded, ratioDetail(compressed: compressed, size: "declares \(uncompressed) bytes"))
      return false
    }
    return acceptTotal(path: path, adding: uncompressed, declared: true)
  }

  /// Inflates a member's raw DEFLATE data within every limit; nil (with a skipped entry) otherwise.
  mutating func inflate(path: String, _ data: ArraySlice<UInt8>) -> (bytes: [UInt8], consumed: Int)? {
    let remaining = max(0, limits.maxTotalBytes - totalBytes)
    let ratio = ratioCap(compressed: data.count)
    let cap = min(limits.maxMemberBytes, ratio, remaining)
    switch Inflater.inflate(data, limit: cap) {
    case .complete(let bytes, let consumed):
      guard acceptTotal(path: path, adding: bytes.count, declared: false) else { return nil }
      return (bytes, consumed)
    case .corrupt(let detail):
      skip(path, .corruptContainer, detail)
    case .overLimit where cap == limits.maxMemberBytes:
      skip(path, .limitExceeded, "uncompressed size exceeds maxMemberBytes \(limits.maxMemberBytes); stopped inflating")
    case .overLimit where cap == ratio:
      skip(path, .limitExceeded, ratioDetail(compressed: data.count, size: "inflates to more than \(ratio) bytes"))
    case .overLimit:
      _ = acceptTotal(path: path, adding: cap + 1, declared: false)
    }
    return nil
  }

  /// Adds `count` bytes to the total; false, with the expansion stopped, when that passes the limit.
  mutating func acceptTotal(path: String, adding count: Int, declared: Bool) -> Bool {
    let (sum, overflow) = totalBytes.addingReportingOverflow(count)
    guard overflow || sum > limits.maxTotalBytes else {
      if !declared { totalBytes = sum }
      return true
    }
    stopped = true
    let detail = "stopped: more than \(limits.maxTotalBytes) uncompressed bytes in this top-level container "
      + "(maxTotalBytes; \(totalBytes) used before this member); the rest is not scanned"
    skip(path, .limitExceeded, detail)
    return false
  }

  /// The largest output allowed for `compressed` input bytes by the ratio limit.
  func ratioCap(compressed: Int) -> Int {
    let (product, overflow) = max(compressed, 1).multipliedReportingOverflow(by: max(limits.maxRatio, 1))
    return max(limits.ratioThreshold, overflow ? Int.max : product)
  }

  private func ratioDetail(compressed: Int, size: String) -> String {
    "compression ratio over maxRatio \(limits.maxRatio): \(compressed) compressed bytes \(size) "
      + "(checked above \(limits.ratioThreshold) bytes); possible decompression bomb"
  }
}
