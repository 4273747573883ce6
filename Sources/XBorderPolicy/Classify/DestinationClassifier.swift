import XBorderCore

/// The `ValueClassifier` behind the destination rules: resolves a host or region setting, applies the
/// policy and decides what the finding says.
///
/// - permitted country → dropped; unknown host or private address → dropped (not evidence of a transfer);
/// - outside → kept at the policy's level (default error) with country, region, provider, destination;
/// - an exception in the policy → kept and suppressed with its justification (until it expires);
/// - several possible providers, or a region the host does not carry → a lower level (see `PolicyJudge`);
/// - a commented-out line → note at low confidence (hidden unless `--min-confidence low`).
public struct DestinationClassifier: ValueClassifier {
  /// Which values this instance accepts; one rule, one mode.
  public enum Mode: String, Sendable, CaseIterable {
    /// Hosts of URLs and connection strings: any cloud or SaaS host, and public IP addresses.
    case anyHost = "destination_host"
    /// Bare provider hosts (`oss-cn-hangzhou.aliyuncs.com`).
    case cloudHost = "cloud_host"
    /// Bare SaaS hosts (`api.mixpanel.com`); cloud hosts are left to `cloudHost`.
    case saasHost = "saas_host"
    /// Region codes in settings (`AWS_REGION=…`, `region = "…"`).
    case regionSetting = "region_setting"
  }

  public let mode: Mode
  public let judge: PolicyJudge
  private let hosts: HostResolver
  private let resolved = HostResolutionCache()
  private let settings: RegionSettingResolver

  public init(
    mode: Mode, catalog: DestinationCatalog, policy: Policy, today: ISODate, ipCountries: IPCountryTable? = nil
  ) {
    self.mode = mode
    self.judge = PolicyJudge(policy: policy, today: today)
    self.hosts = HostResolver(catalog: catalog, ipCountries: ipCountries)
    self.settings = RegionSettingResolver(catalog: catalog)
  }

  public func classify(_ input: ClassifierInput) -> ClassifierVerdict {
    if mode == .regionSetting { return classifySetting(input) }
    let resolution: Resolution
    switch resolved.outcome(for: input.normalized, resolve: hosts.resolve) {
    case .unknown: return .drop(reason: "unknown host: not evidence of a foreign destination")
    case .notDestination(let why): return .drop(reason: why)
    case .resolved(let resolved):
      switch (mode, resolved.kind) {
      case (.cloudHost, .cloudHost), (.saasHost, .saasHost), (.anyHost, _): resolution = resolved
      default: return .drop(reason: "\(resolved.kind.rawValue): left to the rule for that kind")
      }
    }
    let context = SettingContext(path: input.path, text: input.text, range: input.range, lookBehind: 512, lookAhead: 0)
    return classify(resolution, commentedOut: context.isCommentedOut)
  }

  /// A region setting: a cheap catalogue check first, then the file around it for the provider.
  private func classifySetting(_ input: ClassifierInput) -> ClassifierVerdict {
    // `us-east-1 aws s3 ls` (a shell line) or `West Europe`: the whole value first, then its first word.
    let words = input.value.split(separator: " ")
    let candidates = [input.value] + (words.count > 1 ? [String(words[0])] : [])
    guard let code = candidates.first(where: { !settings.candidates($0).isEmpty }) else {
      return .drop(reason: "'\(input.value)' is not a region code of any catalogued provider")
    }
    var context = SettingContext(path: input.path, text: input.text, range: input.range)
    context.keyPath = input.structuralContext
    guard let resolution = settings.resolve(code, context: context) else {
      return .drop(reason: "'\(code)' is a multi-region and the provider could not be inferred")
    }
    return classify(resolution, commentedOut: context.isCommentedOut)
  }

  /// The verdict for an already resolved destination.
  public func classify(_ resolution: Resolution, commentedOut: Bool) -> ClassifierVerdict {
    let judgement = judge.judge(resolution)
    guard judgement.standing != .permitted else { return .drop(reason: judgement.reasons.joined(separator: "; ")) }
    let report = DestinationReport(
      resolution: resolution, judgement: judgement, policy: judge.policy, commentedOut: commentedOut)
    var classification = Classification(
      level: judgement.level, confidence: judgement.confidence, properties: report.properties,
      reasons: resolution.reasons + judgement.reasons, message: report.message)
    if let exception = judgement.exception {
      classification.suppression = FindingSuppression(
        kind: .external, justification: exception.justification,
        source: "policy \(judge.policy.id): \(exception.label)")
    }
    if commentedOut {
      classification.level = .note
      classification.confidence = .low
      classification.reasons.append("on a commented-out line: note, low confidence")
    }
    return .keep(classification)
  }
}
