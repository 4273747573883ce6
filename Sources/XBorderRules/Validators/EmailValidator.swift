/// E-mail addresses worth reporting: a letter-only top-level domain that is not a file extension.
public enum EmailValidator {
  /// Extensions that look like TLDs in asset names such as `logo@2x.png`.
  static let fileExtensions: Set<String> = [
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "ts", "json", "map", "min", "html",
    "txt", "pdf", "zip", "mp4", "mp3", "woff", "woff2", "ttf",
  ]

  public static func isValid(_ value: String) -> Bool {
    guard let at = value.lastIndex(of: "@") else { return false }
    let local = value[..<at]
    let domain = value[value.index(after: at)...].lowercased()
    guard !local.isEmpty, local.count <= 64, domain.contains("."), let tld = domain.split(separator: ".").last else {
      return false
    }
    guard (2...24).contains(tld.count), tld.allSatisfy({ $0.isLetter }) else { return false }
    return !fileExtensions.contains(String(tld))
  }
}
