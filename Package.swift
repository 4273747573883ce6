// swift-tools-version:6.1
// xborder — cross-border data compliance scanner.
// Module graph (arrows point at what a module imports):
//   xborder (exe) → XBorderApp → {XBorderInput, XBorderEngine, XBorderPolicy, XBorderReport, XBorderRules}
//   XBorderEngine → XBorderRules → XBorderRegex → CPCRE2;  everything → XBorderCore (no dependencies).
import Foundation
import PackageDescription

let package = Package(
  name: "xborder",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "xborder", targets: ["xborder"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .systemLibrary(
      name: "CPCRE2", pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
    .target(name: "XBorderRegex", dependencies: ["CPCRE2"]),
    .target(name: "XBorderCore"),
    .target(name: "XBorderYAML", dependencies: ["XBorderCore", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "XBorderRules",
      dependencies: ["XBorderCore", "XBorderRegex", "XBorderYAML", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "XBorderInput",
      dependencies: [
        "XBorderCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "XBorderEngine",
      dependencies: ["XBorderCore", "XBorderRules", "XBorderRegex", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "XBorderPolicy",
      dependencies: ["XBorderCore", "XBorderYAML", .product(name: "Yams", package: "Yams")]),
    .target(name: "XBorderReport", dependencies: ["XBorderCore"]),
    .target(
      name: "XBorderApp",
      dependencies: [
        "XBorderCore", "XBorderRegex", "XBorderRules", "XBorderInput", "XBorderEngine", "XBorderPolicy",
        "XBorderReport", "XBorderYAML",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "xborder",
      dependencies: ["XBorderApp", "XBorderCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .target(name: "XBorderTestSupport", dependencies: ["XBorderCore"], path: "Tests/XBorderTestSupport"),
    .testTarget(name: "XBorderRegexTests", dependencies: ["XBorderRegex"]),
    .testTarget(name: "XBorderCoreTests", dependencies: ["XBorderCore"]),
    .testTarget(
      name: "XBorderRulesTests",
      dependencies: ["XBorderRules", "XBorderEngine", "XBorderCore", "XBorderPolicy", "XBorderApp"]),
    .testTarget(name: "XBorderInputTests", dependencies: ["XBorderInput", "XBorderTestSupport"]),
    .testTarget(name: "XBorderEngineTests", dependencies: ["XBorderEngine", "XBorderRules", "XBorderCore"]),
    .testTarget(name: "XBorderPolicyTests", dependencies: ["XBorderPolicy", "XBorderCore"]),
    .testTarget(
      name: "XBorderReportTests", dependencies: ["XBorderReport", "XBorderCore", "XBorderTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "XBorderAppTests",
      dependencies: ["XBorderApp", "XBorderCore", "XBorderTestSupport", .product(name: "Yams", package: "Yams")]),
  ],
  swiftLanguageModes: [.v6]
)

// `make fuzz` only (XBORDER_FUZZ=1): libFuzzer targets, built with -sanitize=fuzzer,address and
// -parse-as-library; each target's entry point starts libFuzzer's driver. See Fuzz/README.md.
if ProcessInfo.processInfo.environment["XBORDER_FUZZ"] != nil {
  package.targets.append(.target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"))
  package.targets.append(.target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], path: "Fuzz/FuzzSupport"))
  for (name, dependencies) in [
    ("FuzzDecoders", ["XBorderInput"]), ("FuzzContainers", ["XBorderInput"]), ("FuzzRulePacks", ["XBorderRules"]),
    ("FuzzStructure", ["XBorderApp", "XBorderCore", "XBorderEngine", "XBorderPolicy", "XBorderRules"]),
  ] {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: ["FuzzSupport"] + dependencies.map { .target(name: $0) }, path: "Fuzz/\(name)"))
  }
}
