import Testing
import XBorderCore
import XBorderPolicy

/// Bare region codes in realistic configs: the provider comes from the file, never from a guess.
@Suite("Region settings in config files")
struct RegionSettingTests {
  /// Resolves the `occurrence`-th `value` in `text` as the scanner would.
  private func resolve(_ value: String, in text: String, path: String = "config.yaml", occurrence: Int = 0) throws
    -> Resolution?
  {
    let bytes = Array(text.utf8)
    let needle = Array(value.utf8)
    let starts = (0...(bytes.count - needle.count)).filter { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    let start = try #require(starts.dropFirst(occurrence).first)
    let context = bytes.withUnsafeBufferPointer {
      SettingContext(path: path, text: $0, range: start..<start + needle.count)
    }
    return RegionSettingResolver(catalog: try Fixtures.catalog()).resolve(value, context: context)
  }

  private func place(_ resolution: Resolution?) -> String {
    guard let resolution else { return "nil" }
    return resolution.placements.map { "\($0.provider ?? "?"):\($0.region ?? "?")=\($0.country ?? "?")" }
      .joined(separator: ",")
  }

  @Test func terraformProviderBlocksDecideTheCollision() throws {
    let tf = """
      provider "aws" {
        region = "ap-southeast-1"
      }

      provider "alicloud" {
        alias  = "intl"
        region = "ap-southeast-1"
      }

      provider "huaweicloud" {
        region     = "ap-southeast-1"
        access_key = var.hw_ak
      }
      """
    #expect(place(try resolve("ap-southeast-1", in: tf, path: "infra/main.tf")) == "aws:ap-southeast-1=SG")
    #expect(
      place(try resolve("ap-southeast-1", in: tf, path: "infra/main.tf", occurrence: 1)) == "alibaba:ap-southeast-1=SG")
    #expect(
      place(try resolve("ap-southeast-1", in: tf, path: "infra/main.tf", occurrence: 2)) == "huawei:ap-southeast-1=HK")
    #expect(try resolve("ap-southeast-1", in: tf, occurrence: 2)?.certainty == .resolved)
  }

  @Test func terraformResourceAndBackendBlocks() throws {
    let tf = """
      resource "google_storage_bucket" "exports" {
        name     = "acme-exports"
        location = "EU"
      }

      resource "azurerm_resource_group" "rg" {
        name     = "acme"
        location = "East Asia"
      }

      terraform {
        backend "s3" {
          bucket = "acme-state"
          region = "eu-west-1"
        }
      }
      """
    let eu = try #require(try resolve("EU", in: tf))
    #expect(eu.placements.first?.provider == "gcp" && eu.countries.count == 27)
    #expect(place(try resolve("East Asia", in: tf)) == "azure:eastasia=HK")
    #expect(place(try resolve("eu-west-1", in: tf)) == "aws:eu-west-1=IE")
  }

  @Test func envKeysNameTheProvider() throws {
    let env = """
      AWS_DEFAULT_REGION=eu-west-1
      ALIBABA_CLOUD_REGION_ID=eu-west-1
      TENCENTCLOUD_REGION=ap-guangzhou
      TENCENTCLOUD_BACKUP_REGION=ap-singapore
      """
    #expect(place(try resolve("eu-west-1", in: env, path: ".env")) == "aws:eu-west-1=IE")
    #expect(place(try resolve("eu-west-1", in: env, path: ".env", occurrence: 1)) == "alibaba:eu-west-1=GB")
    #expect(place(try resolve("ap-guangzhou", in: env, path: ".env")) == "tencent:ap-guangzhou=CN")
    #expect(place(try resolve("ap-singapore", in: env, path: ".env")) == "tencent:ap-singapore=SG")
  }

  @Test func kubernetesAndHelmParentKeys() throws {
    let values = """
      global:
        aliyun:
          oss:
            bucket: acme-media
            region: ap-southeast-1
        huawei:
          obs:
            region: ap-southeast-1
      search:
        replicas: 3
      """
    #expect(place(try resolve("ap-southeast-1", in: values, path: "chart/values.yaml")) == "alibaba:ap-southeast-1=SG")
    #expect(
      place(try resolve("ap-southeast-1", in: values, path: "chart/values.yaml", occurrence: 1))
        == "huawei:ap-southeast-1=HK")
  }

  @Test func kubernetesTopologyLabelWithoutProviderIsAmbiguous() throws {
    let manifest = """
      apiVersion: v1
      kind: Node
      metadata:
        labels:
          topology.kubernetes.io/region: ap-southeast-1
      """
    let resolution = try #require(try resolve("ap-southeast-1", in: manifest, path: "k8s/node.yaml"))
    #expect(resolution.certainty == .ambiguous)
    #expect(Set(resolution.placements.compactMap(\.provider)) == ["aws", "alibaba", "huawei"])
    #expect(resolution.countries == ["SG", "HK"])
  }

  @Test func dockerComposeEnvironmentList() throws {
    let compose = """
      services:
        worker:
          image: acme/worker:1.2
          environment:
            - AWS_REGION=ap-east-1
            - QUEUE_REGION=me-central-1
      """
    #expect(place(try resolve("ap-east-1", in: compose, path: "docker-compose.yml")) == "aws:ap-east-1=HK")
    // QUEUE_REGION names no provider and two providers define me-central-1 (AE vs SA).
    #expect(try resolve("me-central-1", in: compose, path: "docker-compose.yml")?.certainty == .ambiguous)
  }

  @Test func springPropertiesAndTomlSections() throws {
    let properties = "aliyun.oss.region=cn-hongkong\nspring.cloud.aws.region.static=ap-northeast-1\n"
    #expect(
      place(try resolve("cn-hongkong", in: properties, path: "application.properties")) == "alibaba:cn-hongkong=HK")
    #expect(place(try resolve("ap-northeast-1", in: properties)) == "aws:ap-northeast-1=JP")
    let toml = "[huaweicloud]\nregion = \"ap-southeast-1\"\n\n[storage]\nbucket = \"acme\"\n"
    #expect(place(try resolve("ap-southeast-1", in: toml, path: "config.toml")) == "huawei:ap-southeast-1=HK")
  }

  @Test func neighbouringHostsAndPathAreWeakerClues() throws {
    let env = "OSS_ENDPOINT=https://oss-ap-southeast-1.aliyuncs.com\nBUCKET=acme\nREGION=ap-southeast-1\n"
    let byHost = try #require(try resolve("ap-southeast-1", in: env, path: ".env", occurrence: 1))
    #expect(place(byHost) == "alibaba:ap-southeast-1=SG")
    #expect(byHost.certainty == .partial)
    let byPath = try #require(
      try resolve("ap-southeast-1", in: "region: ap-southeast-1\n", path: "deploy/huawei/values.yaml"))
    #expect(place(byPath) == "huawei:ap-southeast-1=HK")
    #expect(byPath.certainty == .partial)
  }

  @Test func aKeyForAProviderWithoutTheCodeIsSkipped() throws {
    let resolution = try #require(try resolve("cn-hangzhou", in: "AWS_REGION=cn-hangzhou\n", path: ".env"))
    #expect(place(resolution) == "alibaba:cn-hangzhou=CN")
    #expect(resolution.reasons.contains { $0.contains("has no region cn-hangzhou") })
  }

  @Test func codesOnlyOneProviderDefinesResolveAtPartialCertainty() throws {
    for (code, expected) in [
      ("cn-hongkong", "alibaba:cn-hongkong=HK"), ("asia-east1", "gcp:asia-east1=TW"),
      ("westeurope", "azure:westeurope=NL"), ("ap-guangzhou", "tencent:ap-guangzhou=CN"),
      ("cn-east", "tencent:ap-shanghai=CN"),
    ] {
      let resolution = try #require(try resolve(code, in: "region: \(code)\n"))
      #expect(place(resolution) == expected)
      #expect(resolution.certainty == .partial)
    }
  }

  @Test func notRegionCodes() throws {
    for value in ["APAC", "emea", "headquarters", "US", "eu", "global"] {
      #expect(try resolve(value, in: "region: \(value)\n") == nil, "\(value)")
    }
  }

  @Test func chinaPartitionsFromKeys() throws {
    #expect(place(try resolve("cn-north-1", in: "AWS_REGION=cn-north-1\n")) == "aws:cn-north-1=CN")
    #expect(place(try resolve("chinanorth3", in: "location = \"chinanorth3\"\n")) == "azure:chinanorth3=CN")
    // Bare cn-north-1: AWS China and Huawei both define it, both in mainland China.
    #expect(try resolve("cn-north-1", in: "region: cn-north-1\n")?.countries == ["CN"])
  }
}

extension RegionSettingTests {
  @Test func structuralKeyPathIsAStrongClue() throws {
    let context = SettingContext(path: "settings.json", before: "\"region\": \"", keyPath: "key aliyun.oss.region")
    let resolution = try #require(
      RegionSettingResolver(catalog: try Fixtures.catalog()).resolve("ap-southeast-1", context: context))
    #expect(resolution.placements.map(\.provider) == ["alibaba"] && resolution.certainty == .resolved)
  }

  @Test func neighbouringHostMustEndAtAHostBoundary() throws {
    // `aliyuncs.com.example.org` is not an Alibaba host: no clue, so the code stays ambiguous.
    let context = SettingContext(before: "mirror: cdn.aliyuncs.com.example.org\nregion: ")
    let resolution = try #require(
      RegionSettingResolver(catalog: try Fixtures.catalog()).resolve("ap-southeast-1", context: context))
    #expect(resolution.certainty == .ambiguous)
  }
}
