import Testing
import XBorderCore
import XBorderInput
import XBorderTestSupport

@Suite("FileWalker symlinks")
struct SymlinkWalkTests {
  @Test("symlinks are reported, not followed, by default")
  func notFollowed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["real/a.txt", "b.txt"])
    try directory.makeSymlink("dirlink", to: "real")
    try directory.makeSymlink("filelink", to: "b.txt")
    let result = try directory.walk()
    #expect(result.filePaths == ["b.txt", "real/a.txt"])
    #expect(result.skipped.map(\.path) == ["dirlink", "filelink"])
    #expect(result.skipped.allSatisfy { $0.reason == .symlink })
    #expect(result.skipped(at: "dirlink")?.detail == "symbolic link to 'real', not followed")
  }

  @Test("followed symlinks are walked under the link's path")
  func followed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["real/a.txt", "b.txt"])
    try directory.makeSymlink("dirlink", to: "real")
    try directory.makeSymlink("filelink", to: "b.txt")
    let result = try directory.walk { $0.followSymlinks = true }
    #expect(result.filePaths == ["b.txt", "dirlink/a.txt", "filelink", "real/a.txt"])
    #expect(result.skipped.isEmpty)
  }

  @Test("a symlink loop is reported once, not walked forever")
  func loop() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["a/b/file.txt"])
    try directory.makeSymlink("a/b/up", to: "../..")
    let result = try directory.walk { $0.followSymlinks = true }
    #expect(result.filePaths == ["a/b/file.txt"])
    let loop = try #require(result.skipped(at: "a/b/up"))
    #expect(loop.reason == .symlink)
    #expect(loop.detail.contains("loop"))
  }

  @Test("dangling and self-referencing links are reported when following")
  func broken() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.makeSymlink("dangling", to: "missing.txt")
    try directory.makeSymlink("self", to: "self")
    let result = try directory.walk { $0.followSymlinks = true }
    #expect(result.skipped(at: "dangling")?.detail.contains("ENOENT") == true)
    #expect(result.skipped(at: "self")?.detail.contains("ELOOP") == true)
    #expect(result.skipped.allSatisfy { $0.reason == .symlink })
  }

  @Test("ignore rules see an unfollowed link as a file")
  func ignoredLinks() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["real/a.txt"])
    try directory.makeSymlink("linkdir", to: "real")
    try directory.write(".gitignore", "link*\n")
    let result = try directory.walk()
    #expect(result.skipped.isEmpty)
    #expect(result.ignoredCount == 1)
  }
}
