/// Zip archives: every regular entry becomes a member (or a nested container, or a skipped entry).
extension ExpansionContext {
  /// Expands the `.zip` at `path` (at nesting `depth`).
  mutating func expandZip(path: String, bytes: [UInt8], depth: Int) {
    let directory: ZipDirectory
    do {
      directory = try ZipDirectory(bytes: bytes)
    } catch {
      skip(path, .corruptContainer, error.detail)
      return
    }
    do {
      try directory.forEach { entry in
        guard countEntry(container: path) else { return false }
        if !entry.isDirectory { expandEntry(entry, of: directory, container: path, depth: depth) }
        return !stopped
      }
    } catch {
      skip(path, .corruptContainer, error.detail + "; later entries not scanned")
    }
  }

  /// The content of one regular entry, within the limits; nil (with a skipped entry) otherwise.
  mutating func entryBytes(_ entry: ZipEntry, of directory: ZipDirectory, path: String) -> [UInt8]? {
    if entry.isEncrypted {
      skip(path, .corruptContainer, "encrypted entry; not read")
      return nil
    }
    guard entry.method == 0 || entry.method == 8 else {
      skip(path, .corruptContainer, "unsupported compression method \(entry.method) (only stored and deflate)")
      return nil
    }
    guard acceptDeclared(path: path, uncompressed: entry.uncompressedSize, compressed: entry.compressedSize)
    else { return nil }
    let data: ArraySlice<UInt8>
    do {
      data = try directory.data(of: entry)
    } catch {
      skip(path, .corruptContainer, error.detail)
      return nil
    }
    let content: [UInt8]
    if entry.method == 0 {
      guard data.count <= limits.maxMemberBytes else {
        skip(path, .limitExceeded, "stored size \(data.count) bytes exceeds maxMemberBytes \(limits.maxMemberBytes)")
        return nil
      }
      guard acceptTotal(path: path, adding: data.count, declared: false) else { return nil }
      content = Array(data)
    } else {
      guard let (inflated, _) = inflate(path: path, data) else { return nil }
      content = inflated
    }
    guard Int(Inflater.crc32(content)) == entry.crc else {
      skip(path, .corruptContainer, "CRC mismatch (corrupt entry)")
      return nil
    }
    return content
  }

  private mutating func expandEntry(_ entry: ZipEntry, of directory: ZipDirectory, container: String, depth: Int) {
    let path = container + "!/" + ZipName.label(entry.name)
    guard let content = entryBytes(entry, of: directory, path: path) else { return }
    addFile(path: path, bytes: content, depth: depth)
  }
}
