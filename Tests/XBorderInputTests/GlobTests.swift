import Testing

@testable import XBorderInput

@Suite("Glob")
struct GlobTests {
  /// (pattern, path, is the path a directory, expected match)
  static let cases: [(String, String, Bool, Bool)] = [
    ("*.log", "a.log", false, true),
    ("*.log", "deep/er/a.log", false, true),
    ("*.log", "a.log.txt", false, false),
    ("*", ".env", false, true),
    ("/build", "build", true, true),
    ("/build", "src/build", true, false),
    ("docs/internal", "docs/internal", true, true),
    ("docs/internal", "x/docs/internal", true, false),
    ("out/", "out", true, true),
    ("out/", "out", false, false),
    ("out/", "a/out", true, true),
    ("**/tmp", "tmp", true, true),
    ("**/tmp", "a/b/tmp", false, true),
    ("logs/**", "logs", true, false),
    ("logs/**", "logs/a", false, true),
    ("logs/**", "logs/a/b.txt", false, true),
    ("a/**/z", "a/z", false, true),
    ("a/**/z", "a/b/c/z", false, true),
    ("a/**/z", "b/a/z", false, false),
    ("**", "anything/at/all", false, true),
    ("a**b", "axxb", false, true),
    ("a**b", "ax/xb", false, false),
    ("file?.txt", "file1.txt", false, true),
    ("file?.txt", "file10.txt", false, false),
    ("a?b", "a/b", false, false),
    ("[ab].txt", "b.txt", false, true),
    ("[ab].txt", "c.txt", false, false),
    ("[a-c].txt", "c.txt", false, true),
    ("[!a].txt", "a.txt", false, false),
    ("[!a].txt", "z.txt", false, true),
    ("[^a].txt", "z.txt", false, true),
    ("[]].txt", "].txt", false, true),
    ("v[[:digit:]].txt", "v7.txt", false, true),
    ("v[[:digit:]].txt", "vx.txt", false, false),
    ("\\*.txt", "*.txt", false, true),
    ("\\*.txt", "a.txt", false, false),
    ("\\#x", "#x", false, true),
    ("数据/*.csv", "数据/客户.csv", false, true),
    ("?.csv", "客.csv", false, true),
    ("Readme.md", "README.md", false, false),
    ("src/*.py", "src/a/b.py", false, false),
  ]

  @Test("matches like gitignore", arguments: cases)
  func matches(_ pattern: String, _ path: String, _ isDirectory: Bool, _ expected: Bool) throws {
    let glob = try Glob(pattern)
    #expect(glob.matches(path, isDirectory: isDirectory) == expected)
  }

  @Test("anchoring and directory-only flags")
  func flags() throws {
    #expect(try Glob("a/b").isAnchored)
    #expect(try Glob("/a").isAnchored)
    #expect(try !Glob("a/").isAnchored)
    #expect(try Glob("a/").matchesDirectoriesOnly)
    #expect(try !Glob("a").matchesDirectoriesOnly)
  }

  @Test("malformed patterns are rejected", arguments: ["[abc", "abc\\", "/", "", "[z-a]"])
  func rejects(_ pattern: String) {
    #expect(throws: GlobError.self) { try Glob(pattern) }
  }

  @Test("the error names the pattern")
  func errorText() {
    #expect(throws: GlobError.self) { try Glob("[abc") }
    do {
      _ = try Glob("[abc")
    } catch {
      #expect(error.description.contains("'[abc'"))
    }
  }
}
