import Foundation

/// Escaping and number formatting for GitHub-flavoured Markdown.
enum MarkdownText {
  /// `text` as an inline code span whose fence is longer than any backtick run inside it, so
  /// backticks in paths or values cannot end the span. Line breaks become spaces.
  static func code(_ text: String) -> String {
    let flat = singleLine(text)
    guard !flat.isEmpty else { return "" }
    let fence = String(repeating: "`", count: longestBacktickRun(flat) + 1)
    // CommonMark strips one space on each side when both are present; pad when the content
    // starts or ends with a backtick or space so the span shows exactly `flat`.
    let pad = flat.first == "`" || flat.last == "`" || flat.first == " " || flat.last == " "
    return pad ? "\(fence) \(flat) \(fence)" : "\(fence)\(flat)\(fence)"
  }

  /// A code span for a table cell: pipes are escaped too (GFM splits cells before parsing spans).
  static func codeCell(_ text: String) -> String {
    escapePipes(code(text))
  }

  /// Free text (messages, details) with Markdown punctuation backslash-escaped, on one line.
  static func text(_ raw: String) -> String {
    let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!"]
    var result = ""
    for character in singleLine(raw) {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Free text for a table cell (pipes are already escaped by `text`).
  static func textCell(_ raw: String) -> String { text(raw) }

  /// A table row from already-escaped cells.
  static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }

  /// `1234567` → `1,234,567`, independent of the machine's locale.
  static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return number < 0 ? "-" + result : result
  }

  /// `12,345 bytes (12.1 KiB)`; small sizes in bytes only.
  static func bytes(_ count: Int) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB"]
    var value = Double(count)
    var unit: String?
    for candidate in units where value >= 1024 {
      value /= 1024
      unit = candidate
    }
    let exact = "\(grouped(count)) \(count == 1 ? "byte" : "bytes")"
    guard let unit else { return exact }
    return "\(exact) (\(String(format: "%.1f", value)) \(unit))"
  }

  /// `1 finding`, `2 findings`.
  static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(grouped(number)) \(number == 1 ? singular : plural ?? singular + "s")"
  }

  private static func escapePipes(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }

  private static func singleLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }

  private static func longestBacktickRun(_ text: String) -> Int {
    var longest = 0
    var current = 0
    for character in text {
      current = character == "`" ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}
