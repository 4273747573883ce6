import Foundation
import XBorderCore

/// One output format: a pure function from a `ScanReport` to the bytes of a report file.
///
/// Conformers read nothing but their argument: no file system, clock, environment or globals, so
/// the same report always renders to the same bytes.
public protocol Reporter: Sendable {
  /// The id users pick the format by (`--format sarif`).
  static var id: String { get }
  /// The default file name of the report (`xborder.sarif`).
  static var fileName: String { get }
  /// Renders `report` into the bytes of the report file (UTF-8 text for every built-in format).
  func render(_ report: ScanReport) throws -> Data
}

extension Reporter {
  /// The id of this reporter's format; see `Reporter.id`.
  public var id: String { Self.id }
  /// The default file name of this reporter's output; see `Reporter.fileName`.
  public var fileName: String { Self.fileName }
}
