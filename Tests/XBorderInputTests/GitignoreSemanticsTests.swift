import Testing
import XBorderInput
import XBorderTestSupport

/// One tree, its ignore files, and the data files that must survive the walk.
struct IgnoreCase: CustomTestStringConvertible, Sendable {
  var name: String
  var files: [String]
  /// Ignore-file path → contents.
  var ignoreFiles: [String: String]
  var expected: [String]

  var testDescription: String { name }
}

@Suite("gitignore semantics")
struct GitignoreSemanticsTests {
  static let cases: [IgnoreCase] = [
    IgnoreCase(
      name: "basename glob at any depth", files: ["a.log", "a.txt", "sub/b.log"],
      ignoreFiles: [".gitignore": "*.log\n"], expected: ["a.txt"]),
    IgnoreCase(
      name: "negation re-includes", files: ["a.log", "keep.log", "sub/keep.log"],
      ignoreFiles: [".gitignore": "*.log\n!keep.log\n"], expected: ["keep.log", "sub/keep.log"]),
    IgnoreCase(
      name: "later rule wins over earlier negation", files: ["keep.log"],
      ignoreFiles: [".gitignore": "!keep.log\n*.log\n"], expected: []),
    IgnoreCase(
      name: "leading slash anchors", files: ["build/x", "src/build/y"],
      ignoreFiles: [".gitignore": "/build\n"], expected: ["src/build/y"]),
    IgnoreCase(
      name: "slash in the middle anchors", files: ["docs/internal/a", "x/docs/internal/b", "docs/public/c"],
      ignoreFiles: [".gitignore": "docs/internal\n"], expected: ["docs/public/c", "x/docs/internal/b"]),
    IgnoreCase(
      name: "trailing slash matches directories only", files: ["out/a", "sub/out", "sub/out2/out"],
      ignoreFiles: [".gitignore": "out/\n"], expected: ["sub/out", "sub/out2/out"]),
    IgnoreCase(
      name: "leading **/", files: ["tmp/a", "x/y/tmp/b", "x/tmpfile"],
      ignoreFiles: [".gitignore": "**/tmp\n"], expected: ["x/tmpfile"]),
    IgnoreCase(
      name: "trailing /**", files: ["logs/a", "logs/x/b", "logsfile"],
      ignoreFiles: [".gitignore": "logs/**\n"], expected: ["logsfile"]),
    IgnoreCase(
      name: "/**/ in the middle", files: ["a/z.txt", "a/b/z.txt", "a/b/c/z.txt", "b/a/z.txt", "a/y.txt"],
      ignoreFiles: [".gitignore": "a/**/z.txt\n"], expected: ["a/y.txt", "b/a/z.txt"]),
    IgnoreCase(
      name: "? and classes", files: ["file1.txt", "file10.txt", "a.csv", "c.csv", "d.csv", "x.md", "y.md"],
      ignoreFiles: [".gitignore": "file?.txt\n[a-c].csv\n[!x].md\n"], expected: ["d.csv", "file10.txt", "x.md"]),
    IgnoreCase(
      name: "escapes for # and !", files: ["#hash.txt", "!bang.txt", "plain.txt"],
      ignoreFiles: [".gitignore": "\\#hash.txt\n\\!bang.txt\n"], expected: ["plain.txt"]),
    IgnoreCase(
      name: "comments and blank lines", files: ["secret.txt", "# secret.txt"],
      ignoreFiles: [".gitignore": "# secret.txt\n\n   \n"], expected: ["# secret.txt", "secret.txt"]),
    IgnoreCase(
      name: "trailing spaces dropped unless escaped", files: ["trail.txt", "space ", "space"],
      ignoreFiles: [".gitignore": "trail.txt   \nspace\\ \n"], expected: ["space"]),
    IgnoreCase(
      name: "CRLF ignore file", files: ["a.txt", "b.txt", "c.txt"],
      ignoreFiles: [".gitignore": "a.txt\r\nb.txt\r\n"], expected: ["c.txt"]),
    IgnoreCase(
      name: "deeper file re-includes", files: ["keep.csv", "sub/keep.csv", "sub/other.csv"],
      ignoreFiles: [".gitignore": "*.csv\n", "sub/.gitignore": "!keep.csv\n"], expected: ["sub/keep.csv"]),
    IgnoreCase(
      name: "deeper file ignores more", files: ["a.tmp", "sub/a.tmp", "sub/b.txt"],
      ignoreFiles: ["sub/.gitignore": "*.tmp\n"], expected: ["a.tmp", "sub/b.txt"]),
    IgnoreCase(
      name: "anchoring is relative to the ignore file's folder",
      files: ["local.txt", "sub/local.txt", "sub/deeper/local.txt", "sub/x/y.txt", "x/y.txt"],
      ignoreFiles: ["sub/.gitignore": "/local.txt\nx/y.txt\n"],
      expected: ["local.txt", "sub/deeper/local.txt", "x/y.txt"]),
    IgnoreCase(
      name: "no re-include under an excluded directory", files: ["build/keep.txt", "build/other.txt"],
      ignoreFiles: [".gitignore": "build/\n!build/keep.txt\n"], expected: []),
    IgnoreCase(
      name: "no re-include from a deeper ignore file under an excluded directory", files: ["gen/keep.txt"],
      ignoreFiles: [".gitignore": "gen\n", "gen/.gitignore": "!keep.txt\n"], expected: []),
    IgnoreCase(
      name: "ignore everything but one path", files: ["a.txt", "keep/this.txt", "keep/not.txt", "other/x"],
      ignoreFiles: [".gitignore": "/*\n!/keep/\n/keep/*\n!/keep/this.txt\n"], expected: ["keep/this.txt"]),
    IgnoreCase(
      name: "reports folder pattern",
      files: ["reports/README.md", "reports/out.sarif", "reports/schemas/s.json", "src/a.swift"],
      ignoreFiles: [".gitignore": "/reports/*\n!/reports/README.md\n!/reports/schemas/\n"],
      expected: ["reports/README.md", "reports/schemas/s.json", "src/a.swift"]),
    IgnoreCase(
      name: "directory name anywhere", files: ["node_modules/x.js", "web/node_modules/y.js", "web/app.js"],
      ignoreFiles: [".gitignore": "node_modules\n"], expected: ["web/app.js"]),
    IgnoreCase(
      name: "star matches dotfiles", files: [".env", ".env.local", "env"],
      ignoreFiles: [".xborderignore": ".env*\n"], expected: ["env"]),
    IgnoreCase(
      name: "malformed line is skipped, others apply", files: ["[x", "b.txt", "c.txt"],
      ignoreFiles: [".gitignore": "[x\nb.txt\n"], expected: ["[x", "c.txt"]),
  ]

  @Test("ignore file semantics", arguments: cases)
  func semantics(_ testCase: IgnoreCase) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(testCase.files)
    for (path, contents) in testCase.ignoreFiles { try directory.write(path, contents) }
    let result = try directory.walk()
    #expect(result.dataFilePaths == testCase.expected.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }))
    #expect(result.skipped.isEmpty)
  }

  @Test("ignored paths are counted, an ignored directory once")
  func ignoredCount() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["build/a", "build/b", "build/c", "x.log", "y.log", "kept.txt"])
    try directory.write(".gitignore", "build/\n*.log\n")
    let result = try directory.walk()
    #expect(result.ignoredCount == 3)
  }

  @Test(".xborderignore applies even when .gitignore is not respected")
  func xborderIgnoreAlways() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["a.log", "b.csv", "c.txt"])
    try directory.write(".gitignore", "*.log\n")
    try directory.write(".xborderignore", "*.csv\n")
    #expect(try directory.walk().dataFilePaths == ["c.txt"])
    #expect(try directory.walk { $0.respectGitignore = false }.dataFilePaths == ["a.log", "c.txt"])
  }

  @Test(".xborderignore overrides .gitignore in the same folder")
  func xborderIgnoreWins() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["a.txt", "b.txt"])
    try directory.write(".gitignore", "*.txt\n")
    try directory.write(".xborderignore", "!a.txt\n")
    #expect(try directory.walk().dataFilePaths == ["a.txt"])
  }

  @Test(".git/info/exclude at the root is honoured with .gitignore")
  func gitInfoExclude() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.populate(["secret.txt", "public.txt"])
    try directory.write(".git/info/exclude", "secret.txt\n")
    #expect(try directory.walk().dataFilePaths == ["public.txt"])
    #expect(try directory.walk { $0.respectGitignore = false }.dataFilePaths == ["public.txt", "secret.txt"])
  }
}
