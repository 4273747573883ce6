import Testing
import XBorderCore
import XBorderPolicy

@Suite struct PolicyLoaderTests {
  @Test func piplPermitsOnlyMainlandChina() throws {
    let policy = try PolicyLoader.preset("pipl")
    #expect(policy.permits(country: "CN"))
    for outside in ["HK", "MO", "TW", "US", "SG"] { #expect(!policy.permits(country: outside)) }
  }

  @Test func gdprPermitsEEAAndAdequateCountries() throws {
    let policy = try PolicyLoader.preset("gdpr")
    for inside in ["DE", "FR", "NO", "JP", "GB", "BR", "CH"] { #expect(policy.permits(country: inside)) }
    for outside in ["CN", "US", "IN", "SG"] { #expect(!policy.permits(country: outside)) }
    #expect(policy.conditionalCountries["US"] != nil)
  }

  @Test func unknownPresetNamesThePresets() {
    #expect {
      try PolicyLoader.preset("nope")
    } throws: { error in
      guard let error = error as? XBorderError else { return false }
      return error.kind == .policy && error.hint?.contains("pipl") == true
    }
  }

  @Test func badCountryCodeIsRejected() {
    let yaml = "policy:\n  id: x\n  name: x\n  description: x\n  permitted:\n    countries: [China]\n"
    #expect(throws: XBorderError.self) { try PolicyLoader.decode(yaml, origin: "my.yaml") }
  }
}
