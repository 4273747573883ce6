import Testing
import XBorderApp
import XBorderCore

@Suite struct ProjectConfigTests {
  @Test func readsEveryKeyAndResolvesPaths() throws {
    let yaml = """
      rules: [my-rules]
      disable: [pii.email]
      include: ["exports/**"]
      exclude: ["*.log"]
      policy: gdpr
      fail_on: warning
      min_confidence: high
      max_file_size: 100MiB
      output: out
      formats: [sarif]
      follow_symlinks: true
      fingerprint_key_file: keys/fp.key
      """
    let config = try ProjectConfig.parse(yaml, origin: "/p/.xborder.yml", baseDirectory: "/p")
    #expect(config.ruleDirectories == ["/p/my-rules"])
    #expect(config.disabledRules == ["pii.email"])
    #expect(config.policy == "gdpr")
    #expect(config.failOn == .warning)
    #expect(config.minConfidence == .high)
    #expect(config.maxFileSize == 100 << 20)
    #expect(config.output == "/p/out")
    #expect(config.formats == ["sarif"])
    #expect(config.followSymlinks == true)
    #expect(config.fingerprintKeyFile == "/p/keys/fp.key")
  }

  @Test(arguments: ["fail_on: sometimes", "follow_symlinks: maybe", "max_file_size: huge", "rules: {a: 1}", "- a list"])
  func rejectsBadValues(yaml: String) {
    #expect(throws: XBorderError.self) { try ProjectConfig.parse(yaml, origin: "c.yml", baseDirectory: "/") }
  }

  @Test func emptyConfigIsFine() throws {
    #expect(try ProjectConfig.parse("", origin: "c.yml", baseDirectory: "/") == ProjectConfig())
  }

  @Test(arguments: [("1024", 1024), ("512KiB", 512 << 10), ("100MB", 100 << 20), ("1GiB", 1 << 30)])
  func parsesSizes(text: String, bytes: Int) {
    #expect(ByteSize.parse(text) == bytes)
  }
}
