/// JSON and JSON Lines: the key path of the value an offset falls in (`key $.customer.phone`).
///
/// A forward tokenizer keeps a stack of objects (with their current key) and arrays (with their
/// index). It is lenient: malformed input only makes labels missing, never a crash.
struct JSONCursor: StructureCursor {
  private enum Frame {
    case object(key: String?, expectingKey: Bool)
    case array(index: Int)
  }

  private var bytes: UnsafeBufferPointer<UInt8>
  /// JSON Lines: every line is a record, so a malformed line must not shift the paths of the next.
  private let resetsAtNewline: Bool
  private var position = 0
  private var stack: [Frame] = []
  /// Stack index of the outermost array, and a file-wide count of its elements: in a JSON document (not
  /// JSON Lines) an element of the outermost array is a record (`[{…person…}, {…}]`), given as the label's row.
  private var outermostArray: Int?
  private var elements = 0
  /// Deeply nested input stops being tracked past this depth (labels then stay at the last tracked level).
  private static let maxDepth = 256

  init(bytes: UnsafeBufferPointer<UInt8>, linesAreRecords: Bool) {
    self.bytes = bytes
    self.resetsAtNewline = linesAreRecords
  }

  mutating func label(at offset: Int) -> StructureLabel? {
    while position <= offset, position < bytes.count { step() }
    guard case .object(let key?, false) = stack.last else { return nil }
    var label = StructureLabel.make(kind: .key, name: key, display: "key \(path)")
    if !resetsAtNewline, outermostArray != nil { label?.row = elements }
    return label
  }

  mutating func slide(to bytes: UnsafeBufferPointer<UInt8>, shift: Int) {
    self.bytes = bytes
    position = max(0, position - shift)
  }

  private var path: String {
    var text = "$"
    for frame in stack {
      switch frame {
      case .object(let key?, _): text += "." + key
      case .object(nil, _): break
      case .array(let index): text += "[\(index)]"
      }
    }
    return text
  }

  private mutating func step() {
    let byte = bytes[position]
    switch byte {
    case 0x7B:  // {
      if stack.count < Self.maxDepth { stack.append(.object(key: nil, expectingKey: true)) }
    case 0x5B:  // [
      if stack.count < Self.maxDepth {
        if outermostArray == nil {
          outermostArray = stack.count
          elements += 1
        }
        stack.append(.array(index: 0))
      }
    case 0x7D, 0x5D:  // } ]
      if !stack.isEmpty { stack.removeLast() }
      if let outer = outermostArray, stack.count <= outer { outermostArray = nil }
    case 0x2C:  // ,
      switch stack.last {
      case .object(let key, _): stack[stack.count - 1] = .object(key: key, expectingKey: true)
      case .array(let index):
        stack[stack.count - 1] = .array(index: index + 1)
        if outermostArray == stack.count - 1 { elements += 1 }
      case nil: break
      }
    case 0x3A:  // :
      if case .object(let key, _) = stack.last { stack[stack.count - 1] = .object(key: key, expectingKey: false) }
    case 0x22:  // "
      let end = stringEnd(from: position + 1)
      if case .object(_, true) = stack.last {
        stack[stack.count - 1] = .object(key: StructureBytes.text(bytes, (position + 1)..<end), expectingKey: true)
      }
      position = end
    case 0x0A:
      if resetsAtNewline {
        stack.removeAll()
        outermostArray = nil
      }
    default:
      break
    }
    position += 1
  }

  /// Offset of the closing quote of a string starting at `start` (or the end of the buffer).
  private func stringEnd(from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      switch bytes[index] {
      case 0x5C: index += 2
      case 0x22: return index
      case 0x0A: return index  // an unterminated string ends at the line end (JSON Lines stay in sync)
      default: index += 1
      }
    }
    return bytes.count
  }
}
