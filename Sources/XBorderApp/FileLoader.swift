import XBorderCore
import XBorderInput

/// Reads and decodes one discovered file into UTF-8 bytes for the engine, or says why it was skipped.
/// Binary files are recognised from their first 8 KiB and not read further.
enum FileLoader {
  static func load(_ file: DiscoveredFile, maxFileSize: Int) -> Result<DecodedText, InputFailure> {
    FileReader.readText(path: file.absolutePath, maxSize: maxFileSize)
  }
}
