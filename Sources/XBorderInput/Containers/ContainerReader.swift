import XBorderCore

/// Reads `.gz`, `.zip` and `.xlsx` files in memory, never extracting anything to disk.
///
/// ## Paths of inner files
/// A file inside a container is named `<container path>!/<path inside>`, and nesting repeats the
/// separator: `exports/2024.zip!/orders.csv`, `a.zip!/inner/b.zip!/c.csv`.
/// - `.gz`: one member named after the gzip header's FNAME (its last path component) when present,
///   else the file name without `.gz`: `x.csv.gz!/x.csv`.
/// - `.zip`: the entry name as stored, used only as a label (nothing is written to disk): `\` becomes
///   `/`, leading `/` and `./` are removed, `..` stays visible, control characters become `?`. Names
///   that are not UTF-8 are read as GB18030 when they decode as such (common for Chinese zips).
/// - `.xlsx`: one member per worksheet, `book.xlsx!/<sheet name>.tsv`. Line N of its text is spreadsheet
///   row N (missing rows are empty lines), cells in column order separated by tabs with empty fields
///   for empty cells, so field index 0 is column A, 1 is B, and so on; tabs and line breaks inside a
///   cell become spaces. Row 1 is usually the header row.
///
/// ## Limits
/// `ContainerLimits` bounds the depth, the entries and the bytes of one top-level container. Members
/// over a per-member limit (size, ratio) are skipped as `limitExceeded`; reaching the entry or total
/// byte limit stops the expansion and records one `limitExceeded` entry saying which limit and where.
/// Corrupt, encrypted or unsupported data is skipped as `corruptContainer`; a member that is not
/// text is skipped as `binary`.
public enum ContainerReader {
  /// The kinds of container read, by file name extension.
  enum Kind {
    case gzip, zip, xlsx
  }

  /// True when `path` names a container that is opened (`.gz`, `.zip`, `.xlsx`, case-insensitive;
  /// `.csv.gz` and the like included).
  public static func isContainer(path: String) -> Bool { kind(of: path) != nil }

  /// Expands `bytes` (the content of the container file at `path`) into members to scan. Pure: the
  /// file system is not touched. A `path` that is not a container gives an empty expansion.
  public static func expand(path: String, bytes: [UInt8], limits: ContainerLimits = .standard)
    -> ContainerExpansion
  {
    var context = ExpansionContext(limits: limits)
    context.expandContainer(path: path, bytes: bytes, depth: 1)
    return ContainerExpansion(members: context.members, skipped: context.skipped)
  }

  /// True for a `.gz` file holding one text file (`orders.csv.gz`, `app.log.gz`): it is streamed
  /// (`TextChunkReader.openGzip`) instead of expanded in memory, so it may be of any size. A `.gz` of
  /// an archive (`x.zip.gz`, `x.tar.gz`) is expanded in memory as before.
  public static func isStreamableGzip(path: String) -> Bool {
    guard kind(of: path) == .gzip else { return false }
    let inner = ExpansionContext.nameWithoutGz(path).lowercased()
    return kind(of: inner) == nil && !inner.hasSuffix(".tar")
  }

  /// The name findings in the streamed gzip file at `path` carry: `x.csv.gz!/<stored name or x.csv>`.
  public static func gzipMemberPath(_ path: String, storedName: String?) -> String {
    path + "!/" + (storedName ?? ExpansionContext.nameWithoutGz(path))
  }

  static func kind(of path: String) -> Kind? {
    let name = path.lowercased()
    if name.hasSuffix(".gz") { return .gzip }
    if name.hasSuffix(".zip") { return .zip }
    if name.hasSuffix(".xlsx") { return .xlsx }
    return nil
  }
}
