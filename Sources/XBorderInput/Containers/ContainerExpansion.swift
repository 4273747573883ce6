import XBorderCore

/// One file found inside a container, decoded and ready to scan.
public struct ContainerMember: Sendable, Hashable {
  /// Where it is, in the `!/` convention of `ContainerReader` (e.g. `exports/2024.zip!/orders.csv`).
  public var path: String
  /// Its text, decoded by `InputDecoder`.
  public var text: DecodedText

  /// Creates a member from its parts.
  public init(path: String, text: DecodedText) {
    self.path = path
    self.text = text
  }
}

/// What a container held: the members to scan and what was passed over, and why.
public struct ContainerExpansion: Sendable, Hashable {
  /// Members in archive order (nested members follow their container's position).
  public var members: [ContainerMember]
  /// Members, nested containers or the container itself left out (`binary`, `limitExceeded`,
  /// `corruptContainer`), with a detail.
  public var skipped: [SkippedFile]

  /// Creates an expansion from its parts.
  public init(members: [ContainerMember] = [], skipped: [SkippedFile] = []) {
    self.members = members
    self.skipped = skipped
  }
}
