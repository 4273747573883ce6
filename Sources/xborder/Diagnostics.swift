import Foundation
import XBorderCore

/// Prints user-facing errors on stderr: `xborder: error: what, where` then `hint: how to fix`.
enum Diagnostics {
  static func print(_ error: XBorderError) {
    var text = "xborder: error: \(error.message)\n"
    if let hint = error.hint { text += "  hint: \(hint)\n" }
    FileHandle.standardError.write(Data(text.utf8))
  }
}
