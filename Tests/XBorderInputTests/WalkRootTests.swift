import Testing
import XBorderCore
import XBorderInput
import XBorderTestSupport

@Suite("FileWalker roots")
struct WalkRootTests {
  @Test("a file root is relative to its folder and bypasses ignore files")
  func fileRoot() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["sub/ignored.log", "sub/other.txt"])
    try directory.write("sub/.gitignore", "*.log\n")
    let options = WalkOptions(roots: ["sub/ignored.log"], currentDirectory: directory.path)
    let walker = try FileWalker(options: options)
    let result = walker.walk()
    #expect(walker.scanRoot == directory.path + "/sub")
    #expect(result.scanRoot == directory.path + "/sub")
    #expect(result.filePaths == ["ignored.log"])
    #expect(result.files.first?.absolutePath == directory.path + "/sub/ignored.log")
  }

  @Test("a relative directory root is resolved against the current directory")
  func relativeRoot() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["proj/a.txt"])
    let result = try FileWalker(options: WalkOptions(roots: ["./proj/"], currentDirectory: directory.path)).walk()
    #expect(result.scanRoot == directory.path + "/proj")
    #expect(result.filePaths == ["a.txt"])
  }

  @Test("several roots: relative to the current directory, absolute outside it, no duplicates")
  func severalRoots() throws {
    let directory = try TemporaryDirectory()
    let outside = try TemporaryDirectory()
    defer {
      directory.remove()
      outside.remove()
    }
    try directory.populate(["a/x.txt", "a/y/z.txt", "b/c.txt", "b/d.txt"])
    try outside.populate(["o.txt"])
    let roots = ["a", "b/c.txt", outside.path, "a/y"]
    let result = try FileWalker(options: WalkOptions(roots: roots, currentDirectory: directory.path)).walk()
    #expect(result.scanRoot == directory.path)
    #expect(result.filePaths == [outside.path + "/o.txt", "a/x.txt", "a/y/z.txt", "b/c.txt"])
  }

  @Test("a missing root is reported as unreadable")
  func missingRoot() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try FileWalker(options: WalkOptions(roots: ["nope"], currentDirectory: directory.path)).walk()
    #expect(result.files.isEmpty)
    let detail = "cannot open scan root: no such file or directory (ENOENT)"
    #expect(result.skipped == [SkippedFile(path: "nope", reason: .unreadable, detail: detail)])
  }

  @Test("a symlink given as the root is followed")
  func symlinkRoot() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["real/a.txt"])
    try directory.makeSymlink("alias", to: "real")
    let result = try FileWalker(options: WalkOptions(roots: ["alias"], currentDirectory: directory.path)).walk()
    #expect(result.filePaths == ["a.txt"])
    #expect(result.files.first?.absolutePath == directory.path + "/alias/a.txt")
  }
}
