import Foundation
import Testing
import XBorderTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile and broken input, end to end: every scan ends (a watchdog kills a hang), exits with the
/// documented code, names each problem with its file and reason in the coverage section and the SARIF
/// notifications, and still reports the findings planted in the normal files beside it.
///
/// Scaled for CI (see README § Limits): a 64 MiB line-free file instead of 1 GiB, a 300-level tree
/// instead of 10,000, 20,000 empty files instead of a million.
@Suite struct HostileInputTests {
  @Test func deeplyNestedJSONAndYAMLAreScanned() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    let depth = 100_000
    let inner = "{\"mobile\":\"\(HostileScan.phone(1))\"}"
    let nested = String(repeating: "[", count: depth) + inner + String(repeating: "]", count: depth) + "\n"
    try scan.write("deep.json", Data(nested.utf8))
    try scan.write("deep.yaml", Data(("mobile: " + nested).utf8))
    let unbalanced = String(repeating: "{\"a\":", count: depth) + "\"\(HostileScan.phone(2))\"\n"
    try scan.write("unbalanced.json", Data(unbalanced.utf8))
    try scan.plant("normal.env", phone: 0)
    let result = try scan.scan()
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))
    #expect(result.foundPhone(in: "deep.json"))
    #expect(result.foundPhone(in: "deep.yaml"))
    #expect(result.foundPhone(in: "unbalanced.json"))
    #expect(result.skipped.isEmpty, "\(result.skipped.map(\.detail))")
  }

  /// A single 64 MiB line with phones at the start, across the first window boundary and at the end.
  @Test func lineFreeFileIsScannedInBoundedWindows() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    let size = 64 << 20
    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: size)
    for (offset, index) in [(100, 1), ((1 << 20) - 5, 2), (size / 2, 3), (size - 40, 4)] {
      let value = Array(" \(HostileScan.phone(index)) ".utf8)
      bytes.replaceSubrange(offset..<(offset + value.count), with: value)
    }
    try scan.write("oneline.txt", Data(bytes))
    try scan.plant("normal.env", phone: 0)
    let result = try scan.scan()
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))
    #expect(result.findings.filter { $0.path == "oneline.txt" && $0.ruleId == "pii.cn.mobile" }.count == 4)
    #expect(result.scanned["oneline.txt"] == "utf-8")
  }

  /// Past the first 1 MiB block: a truncated UTF-8 sequence just before a block boundary, a character
  /// cut by the next boundary, and GB18030 and Latin-1 bytes in a file whose first block chose UTF-8.
  @Test func invalidAndMixedEncodingsPastTheFirstBlock() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    let block = 1 << 20
    let line = Array("订单备注 普通文本\n".utf8)
    var bytes: [UInt8] = []
    func fill(to end: Int) {  // whole lines, then ASCII, so the only broken sequence is the planted one
      while bytes.count + line.count <= end { bytes += line }
      bytes += [UInt8](repeating: UInt8(ascii: "x"), count: end - bytes.count)
    }
    fill(to: block - 1)
    bytes += [0xE6]  // the first byte of a three-byte character, at the last byte of block 1
    bytes += Array("\nphone=\(HostileScan.phone(1))\n".utf8)
    fill(to: 2 * block - 1)
    bytes += Array("手".utf8)  // cut by the second boundary: valid, must decode whole
    bytes += Array("\nphone=\(HostileScan.phone(2))\n".utf8)
    bytes += [0xCA, 0xD6, 0xBB, 0xFA] + Array("=\(HostileScan.phone(3))\n".utf8)  // GB18030 "手机"
    bytes += [0x63, 0x61, 0x66, 0xE9] + Array(" \(HostileScan.phone(4))\n".utf8)  // Latin-1 "café"
    bytes += Array("tail \(HostileScan.phone(5))".utf8) + [0xE6, 0x89]  // truncated at the very end
    try scan.write("mixed.txt", Data(bytes))
    let smallMixed = Array("手机 ".utf8) + [0xCA, 0xD6, 0xE9, 0x20] + Array(HostileScan.phone(6).utf8)
    try scan.write("small-mixed.txt", Data(smallMixed))
    try scan.plant("normal.env", phone: 0)
    let result = try scan.scan()
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))
    let lines = Set(result.findings.filter { $0.path == "mixed.txt" }.map(\.line))
    #expect(lines.count == 5, "phones found on lines \(lines.sorted())")
    #expect(result.foundPhone(in: "small-mixed.txt"))
    #expect(result.scanned["mixed.txt"] == "utf-8 (invalid sequences)")
    #expect(
      result.notifications.contains { $0.path == "mixed.txt" && $0.message.contains("from byte \(block - 1) on") },
      "\(result.notifications.map(\.message))")
    #expect(result.sarifNotifications.contains { $0.contains("from byte \(block - 1) on") })
  }

  /// Bombs, traversal names, deep and self-nesting archives, too many entries: each limit names the member.
  @Test func hostileArchivesAreBoundedAndNeverExtracted() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    let script = RepositoryPaths.root.appendingPathComponent("scripts/test-fixtures/hostile_archives.py").path
    let made = try CommandRunner.python([script, scan.treePath] + (1...6).map(HostileScan.phone))
    try #require(made.exitCode == 0, "\(made.output)")
    try scan.plant("normal.env", phone: 0)
    let result = try scan.scan()
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))

    // Member names are labels only: found, never written anywhere.
    #expect(result.foundPhone(in: "traversal.zip!/../../escape.env"))
    #expect(result.foundPhone(in: "traversal.zip!/etc/absolute.env"), "a leading / is dropped from the label")
    for leaked in ["escape.env", "../escape.env", "tree/escape.env", "out/escape.env"] {
      #expect(!FileManager.default.fileExists(atPath: scan.directory.path + "/" + leaked))
    }
    #expect(!FileManager.default.fileExists(atPath: "/etc/absolute.env"))

    #expect(result.foundPhone(in: "nested.zip!/level2.zip!/level2.env"))
    #expect(!result.findings.contains { $0.path.hasSuffix("deep.env") })
    result.expectSkipped("nested.zip!/level2.zip!/level3.zip!/level4.zip", "limit_exceeded", detail: "nest")
    result.expectSkipped("self.zip!/self.zip!/self.zip!/self.zip", "limit_exceeded", detail: "nest")

    #expect(result.foundPhone(in: "bomb.zip!/readable.env"))
    result.expectSkipped("bomb.zip!/zeros.csv", "limit_exceeded")
    #expect(result.foundPhone(in: "many.zip!/first.env"))
    #expect(result.skipped.contains { $0.path.hasPrefix("many.zip") && $0.reason == "limit_exceeded" })
    let gzip = try #require(result.skipped.first { $0.path.hasPrefix("bomb.csv.gz") })
    result.expectSkipped(gzip.path, "limit_exceeded", detail: "ratio")
    #expect(result.reportTexts["xborder.md"]?.contains("incomplete") == true)
  }

  @Test func symlinkLoopsFIFOsAndDevicesAreSkippedNotFollowedForever() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    let root = scan.treePath
    try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    for (link, target) in [("self", "self"), ("a", "b"), ("b", "a"), ("sub/up", ".."), ("null", "/dev/null"),
      ("dangling", "missing")]
    {
      try FileManager.default.createSymbolicLink(atPath: root + "/" + link, withDestinationPath: target)
    }
    try #require(mkfifo(root + "/pipe", 0o644) == 0)
    try scan.plant("sub/normal.env", phone: 0)

    let followed = try scan.scan(["--follow-symlinks"])
    #expect(followed.exitCode == 0, "\(followed.output.stderr)")
    #expect(followed.foundPhone(in: "sub/normal.env"))
    followed.expectSkipped("self", "symlink", detail: "cannot be followed")
    followed.expectSkipped("a", "symlink", detail: "cannot be followed")
    followed.expectSkipped("sub/up", "symlink", detail: "loop")
    followed.expectSkipped("null", "not_regular_file", detail: "device")
    followed.expectSkipped("dangling", "symlink", detail: "cannot be followed")
    followed.expectSkipped("pipe", "not_regular_file", detail: "FIFO")

    let unfollowed = try scan.scan()
    #expect(unfollowed.exitCode == 0)
    #expect(unfollowed.foundPhone(in: "sub/normal.env"))
    for link in ["self", "a", "b", "sub/up", "null", "dangling"] {
      unfollowed.expectSkipped(link, "symlink", detail: "not followed")
    }
    unfollowed.expectSkipped("pipe", "not_regular_file")
  }

  /// Root reads mode-0000 files, so when the tests run as root the scan itself runs as `nobody`
  /// (util-linux `setpriv`); without `setpriv` the test says why it does not run.
  @Test func unreadableFilesAndFoldersAreListed() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    var prefix: [String] = []
    if getuid() == 0 {
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
        print("skipped: running as root and /usr/bin/setpriv is missing, so a mode-0000 file stays readable")
        return
      }
      prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
      guard Self.othersCanRun(CommandRunner.executable.path) else {
        print("skipped: \(CommandRunner.executable.path) is not reachable by the user nobody")
        return
      }
    }
    try scan.plant("normal.env", phone: 0)
    try scan.plant("secret.env", phone: 1)
    try scan.plant("locked/inside.env", phone: 2)
    try FileManager.default.createDirectory(atPath: scan.outputPath, withIntermediateDirectories: true)
    chmod(scan.directory.path, 0o755)
    chmod(scan.treePath, 0o755)
    chmod(scan.outputPath, 0o777)
    chmod(scan.treePath + "/normal.env", 0o644)
    chmod(scan.treePath + "/secret.env", 0o000)
    chmod(scan.treePath + "/locked", 0o000)
    defer { chmod(scan.treePath + "/locked", 0o755) }
    let result = try scan.scan(prefix: prefix)
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))
    result.expectSkipped("secret.env", "unreadable", detail: "EACCES")
    result.expectSkipped("locked", "unreadable", detail: "cannot list directory")
    #expect(result.reportTexts["xborder.md"]?.contains("incomplete") == true)
  }

  private static func othersCanRun(_ path: String) -> Bool {
    var url = URL(fileURLWithPath: path)
    while url.path != "/" {
      var info = stat()
      guard stat(url.path, &info) == 0, info.st_mode & 0o001 != 0 else { return false }
      url.deleteLastPathComponent()
    }
    return true
  }

  /// Scaled from "10,000 levels or a million empty files": 300 levels (past the 256 the walker enters)
  /// and 20,000 empty files.
  @Test func deepTreesAndManyEmptyFilesAreBounded() throws {
    let scan = try HostileScan()
    defer { scan.remove() }
    var deep = "deep"
    for level in 1...300 {
      deep += "/d"
      if level == 100 { try scan.plant(deep + "/level100.env", phone: 1) }
    }
    try FileManager.default.createDirectory(atPath: scan.treePath + "/" + deep, withIntermediateDirectories: true)
    try scan.plant(deep + "/too-deep.env", phone: 2)
    for folder in 0..<20 {
      let path = scan.treePath + "/empty/\(folder)"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      for index in 0..<1_000 { _ = FileManager.default.createFile(atPath: path + "/\(index).csv", contents: nil) }
    }
    try scan.plant("normal.env", phone: 0)
    let result = try scan.scan()
    #expect(result.exitCode == 0, "\(result.output.stderr)")
    #expect(result.foundPhone(in: "normal.env"))
    #expect(result.findings.contains { $0.path.hasSuffix("level100.env") })
    #expect(!result.findings.contains { $0.path.hasSuffix("too-deep.env") })
    #expect(result.skipped.contains { $0.reason == "unreadable" && $0.detail.contains("deep, not entered") })
    #expect(result.scanned.keys.filter { $0.hasPrefix("empty/") }.count == 20_000)
    #expect(result.scanned["empty/0/0.csv"] != nil)
  }
}
