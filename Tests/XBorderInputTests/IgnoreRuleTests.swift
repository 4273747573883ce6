import Testing

@testable import XBorderInput

@Suite("ignore file parsing")
struct IgnoreRuleTests {
  @Test("lines that are not rules", arguments: ["", "   ", "# comment", "!", "/", "\r", "[unclosed"])
  func notRules(_ line: String) {
    #expect(IgnoreRule(line: Substring(line)) == nil)
  }

  @Test("negation, escapes and trailing spaces")
  func parsing() throws {
    let negated = try #require(IgnoreRule(line: "!keep.log"))
    #expect(negated.isNegated)
    #expect(negated.glob.pattern == "keep.log")
    let bang = try #require(IgnoreRule(line: "\\!bang"))
    #expect(!bang.isNegated)
    #expect(bang.glob.matches("!bang"))
    let spaced = try #require(IgnoreRule(line: "a\\  "))
    #expect(spaced.glob.matches("a "))
    let trimmed = try #require(IgnoreRule(line: "b  \r"))
    #expect(trimmed.glob.pattern == "b")
  }

  @Test("the last matching rule decides, per folder depth")
  func verdicts() {
    let file = IgnoreFile(contents: "*.log\n!keep.log\n", depth: 1)
    #expect(file.verdict(for: GlobPath("sub/a.log"), isDirectory: false) == .ignored)
    #expect(file.verdict(for: GlobPath("sub/keep.log"), isDirectory: false) == .included)
    #expect(file.verdict(for: GlobPath("sub/a.txt"), isDirectory: false) == nil)
    #expect(file.verdict(for: GlobPath("sub"), isDirectory: true) == nil)
  }
}
