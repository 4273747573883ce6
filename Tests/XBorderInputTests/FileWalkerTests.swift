import Foundation
import Testing
import XBorderCore
import XBorderInput
import XBorderTestSupport

@Suite("FileWalker")
struct FileWalkerTests {
  @Test("relative paths, sizes and sorted byte order")
  func listsFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["b.txt", "a/z.txt", "a.txt", "a/b/c.txt", "A.txt", "empty/"])
    let result = try directory.walk()
    #expect(result.filePaths == ["A.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt"])
    #expect(result.scanRoot == directory.path)
    let file = try #require(result.files.first { $0.relativePath == "a/b/c.txt" })
    #expect(file.absolutePath == directory.path + "/a/b/c.txt")
    #expect(file.size == "content of a/b/c.txt\n".utf8.count)
  }

  @Test("two walks give the same result")
  func deterministic() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let names = (0..<40).map { "d\($0 % 5)/f\(($0 * 7919) % 97).txt" }
    try directory.populate(names.shuffled())
    let first = try directory.walk()
    let second = try directory.walk()
    #expect(first == second)
    #expect(first.filePaths == first.filePaths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  @Test("VCS folders are not entered", arguments: [".git", ".hg", ".svn", "_darcs", "CVS"])
  func vcsFolders(_ name: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["\(name)/config", "\(name)/objects/x", "sub/\(name)/y", "code.py"])
    let result = try directory.walk()
    #expect(result.filePaths == ["code.py"])
    #expect(result.ignoredCount == 2)
  }

  @Test("include globs keep matching files and files under matching folders")
  func includeGlobs() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["a.py", "a.txt", "src/b.py", "src/c.txt", "docs/d.md"])
    #expect(try directory.walk { $0.include = ["*.py"] }.filePaths == ["a.py", "src/b.py"])
    #expect(try directory.walk { $0.include = ["src"] }.filePaths == ["src/b.py", "src/c.txt"])
    #expect(try directory.walk { $0.include = ["src/**/*.txt", "docs/"] }.filePaths == ["docs/d.md", "src/c.txt"])
    #expect(try directory.walk { $0.include = ["*.py"] }.ignoredCount == 3)
  }

  @Test("exclude globs drop files and whole folders")
  func excludeGlobs() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["app.js", "app.min.js", "vendor/lib.js", "src/vendor/x.js", "src/y.js"])
    let result = try directory.walk { $0.exclude = ["*.min.js", "/vendor/"] }
    #expect(result.filePaths == ["app.js", "src/vendor/x.js", "src/y.js"])
    #expect(result.ignoredCount == 2)
    #expect(try directory.walk { $0.exclude = ["vendor"] }.filePaths == ["app.js", "app.min.js", "src/y.js"])
  }

  @Test("a malformed glob is a usage error")
  func malformedGlob() {
    #expect(throws: XBorderError.self) { try FileWalker(options: WalkOptions(roots: ["."], include: ["[oops"])) }
    do {
      _ = try FileWalker(options: WalkOptions(roots: ["."], exclude: ["x\\"]))
    } catch {
      #expect(error.kind == .usage)
      #expect(error.message.contains("--exclude"))
    }
  }

  @Test("excluded directories (the report folder) are never entered")
  func excludedDirectories() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["reports/xborder.sarif", "reports/old/x.json", "src/a.txt"])
    let result = try directory.walk { $0.excludedDirectories = [directory.path + "/reports"] }
    #expect(result.filePaths == ["src/a.txt"])
    #expect(result.ignoredCount == 1)
    let relative = try directory.walk { $0.excludedDirectories = ["./reports/"] }
    #expect(relative.filePaths == ["src/a.txt"])
    try directory.makeSymlink("link", to: "reports")
    let followed = try directory.walk {
      $0.excludedDirectories = [directory.path + "/reports"]
      $0.followSymlinks = true
    }
    #expect(followed.filePaths == ["src/a.txt"])
  }

  @Test("files over the size limit are skipped with size and limit")
  func tooLarge() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("big.txt", String(repeating: "x", count: 11))
    try directory.write("fits.txt", String(repeating: "x", count: 10))
    let result = try directory.walk { $0.maxFileSize = 10 }
    #expect(result.filePaths == ["fits.txt"])
    let skipped = try #require(result.skipped(at: "big.txt"))
    #expect(skipped.reason == .tooLarge)
    #expect(skipped.detail.contains("11 bytes") && skipped.detail.contains("10 bytes"))
  }

  @Test("FIFOs are reported as not regular files")
  func fifo() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.makeFIFO("pipe")
    try directory.write("a.txt", "a")
    let result = try directory.walk()
    #expect(result.filePaths == ["a.txt"])
    let skipped = try #require(result.skipped(at: "pipe"))
    #expect(skipped.reason == .notRegularFile)
    #expect(skipped.detail.contains("FIFO"))
  }

  @Test("directories nested past the depth limit are reported, not entered")
  func depthLimit() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "a/b/c/d/four.txt"])
    let result = try directory.walk { $0.maxDepth = 2 }
    #expect(result.filePaths == ["a/b/two.txt", "a/one.txt"])
    #expect(result.skipped(at: "a/b/c")?.reason == .unreadable)
    #expect(result.skipped(at: "a/b/c")?.detail.contains("2") == true)
  }

  @Test("an unreadable folder is reported with the OS error")
  func unreadableDirectory() throws {
    let directory = try TemporaryDirectory()
    defer {
      directory.setMode("locked", 0o755)
      directory.remove()
    }
    try directory.populate(["locked/secret.txt", "open.txt"])
    directory.setMode("locked", 0o000)
    let result = try directory.walk()
    if runningAsRoot {
      // Root reads through permission bits: the folder is simply walked.
      #expect(result.filePaths == ["locked/secret.txt", "open.txt"])
    } else {
      #expect(result.filePaths == ["open.txt"])
      #expect(result.skipped(at: "locked")?.reason == .unreadable)
      #expect(result.skipped(at: "locked")?.detail.contains("EACCES") == true)
    }
  }

  @Test("the walker writes nothing")
  func writesNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["a/b.txt", "c.txt"])
    try directory.write(".gitignore", "*.log\n")
    let before = try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted()
    _ = try directory.walk()
    #expect(try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted() == before)
  }
}
