/// `evidence.json`: what was scanned, with which rules and policy, what came out, and the digests that let
/// `xborder verify` show later that nothing changed. Version 1.
public struct EvidenceManifest: Codable, Sendable, Equatable {
  public static let fileName = "evidence.json"
  /// The detached Ed25519 signature over the exact bytes of `evidence.json` (base64).
  public static let signatureFileName = "evidence.json.sig"
  public static let currentVersion = 1

  public var manifestVersion = EvidenceManifest.currentVersion
  public var tool: Tool
  public var rulePack: RulePack
  public var policy: PolicyDigest
  /// SHA-256 over every data file compiled into the binary (rule packs, policies, catalogues).
  public var builtinDataSha256: String
  public var commandLine: String
  /// Absolute scan root; file paths are relative to it.
  public var root: String
  public var startTime: String
  public var endTime: String
  /// True when every file found was scanned (nothing skipped for any reason).
  public var allFilesScanned: Bool
  /// The reports' notion: complete unless a file was skipped other than as binary or a symlink.
  public var complete: Bool
  public var files: [FileEntry]
  public var totals: Totals
  public var reports: [ReportEntry]
  /// Set when the manifest is signed; the signature is in `evidence.json.sig`.
  public var signing: Signing?

  public struct Tool: Codable, Sendable, Equatable {
    public var name: String
    public var version: String
  }

  public struct RulePack: Codable, Sendable, Equatable {
    /// SHA-256 over each rule file (origin, NUL, text, NUL, in origin order), then the enabled rule ids.
    public var sha256: String
    public var files: [SourceDigest]
    public var ruleIds: [String]
  }

  public struct SourceDigest: Codable, Sendable, Equatable {
    public var origin: String
    public var sha256: String
  }

  public struct PolicyDigest: Codable, Sendable, Equatable {
    public var id: String
    public var origin: String
    public var sha256: String
  }

  /// One file on disk. An archive is one entry (its digest covers its members), with its members listed.
  public struct FileEntry: Codable, Sendable, Equatable {
    public var path: String
    /// `scanned` or `skipped`.
    public var status: String
    public var reason: String?
    public var detail: String?
    /// Absent when the file could not be read (or is a symlink).
    public var sha256: String?
    /// Size on disk.
    public var bytes: Int?
    public var encoding: String?
    public var members: [MemberEntry]?
  }

  public struct MemberEntry: Codable, Sendable, Equatable {
    public var path: String
    public var status: String
    public var reason: String?
    public var encoding: String?
    public var bytes: Int?
  }

  public struct Totals: Codable, Sendable, Equatable {
    public var filesScanned: Int
    public var filesSkipped: Int
    public var bytesScanned: Int
    public var findings: Int
    public var activeFindings: Int
    public var people: Int
    public var peopleExact: Bool
    public var sensitivePeople: Int
    public var gatePassed: Bool
  }

  public struct ReportEntry: Codable, Sendable, Equatable {
    /// File name inside the report folder.
    public var file: String
    public var sha256: String
    public var bytes: Int
  }

  public struct Signing: Codable, Sendable, Equatable {
    public var algorithm: String
    /// Raw 32-byte Ed25519 public key, base64.
    public var publicKey: String
  }
}
