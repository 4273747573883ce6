/// Where artifact URIs are rooted: `%SRCROOT%` and the prefix that makes scan paths relative to it.
///
/// GitHub code scanning ignores `originalUriBaseIds` and reads relative URIs as relative to the
/// repository root, so when the scan root is a subfolder of the repository, paths need that
/// subfolder in front of them.
struct SARIFPaths {
  /// The `file:` URI of `%SRCROOT%`, ending in `/`.
  let rootURI: String
  /// Prepended to every relative scan path (`services/api/`), or empty.
  let prefix: String

  /// Roots URIs at `sourceRoot` when the scan root `scanRoot` lies inside it, else at the scan root.
  init(scanRoot: String, sourceRoot: String?) {
    let scan = Self.trimmed(scanRoot)
    guard let sourceRoot else {
      (rootURI, prefix) = (URIEncoding.directoryFileURI(scanRoot), "")
      return
    }
    let source = Self.trimmed(sourceRoot)
    if scan == source {
      (rootURI, prefix) = (URIEncoding.directoryFileURI(sourceRoot), "")
    } else if scan.hasPrefix(source == "/" ? "/" : source + "/") {
      let inside = scan.dropFirst(source == "/" ? 1 : source.count + 1)
      (rootURI, prefix) = (URIEncoding.directoryFileURI(sourceRoot), inside + "/")
    } else {
      (rootURI, prefix) = (URIEncoding.directoryFileURI(scanRoot), "")
    }
  }

  /// A file location: relative paths resolve against `%SRCROOT%`; an absolute label (a root outside
  /// the scan root) becomes a `file:` URI of its own.
  func physicalLocation(_ path: String, region: SARIFRegion? = nil) -> SARIFPhysicalLocation {
    let artifact =
      path.hasPrefix("/")
      ? SARIFArtifactLocation(uri: URIEncoding.fileURI(path), uriBaseId: nil)
      : SARIFArtifactLocation(uri: URIEncoding.encodePath(prefix + path), uriBaseId: SARIFReporter.rootBaseId)
    return SARIFPhysicalLocation(artifactLocation: artifact, region: region)
  }

  /// `path` without trailing slashes (but `/` stays `/`).
  private static func trimmed(_ path: String) -> String {
    var result = Substring(path)
    while result.count > 1, result.hasSuffix("/") { result = result.dropLast() }
    return String(result)
  }
}
