import Foundation
import Synchronization

/// Counters the workers bump once per finished file (two relaxed atomic adds; nothing per match).
final class ScanProgress: Sendable {
  let totalFiles: Int
  /// Sum of the walked files' sizes; 0 when unknown (then no ETA is shown).
  let totalBytes: Int
  private let files = Atomic<Int>(0)
  private let bytes = Atomic<Int>(0)

  init(totalFiles: Int, totalBytes: Int) {
    self.totalFiles = totalFiles
    self.totalBytes = totalBytes
  }

  func fileDone(bytes size: Int) {
    files.add(1, ordering: .relaxed)
    bytes.add(size, ordering: .relaxed)
  }

  var snapshot: ProgressLine.Snapshot {
    ProgressLine.Snapshot(
      files: files.load(ordering: .relaxed), totalFiles: totalFiles, bytes: bytes.load(ordering: .relaxed),
      totalBytes: totalBytes)
  }
}

/// The text of the live progress line. Pure, so it is tested without a terminal or a clock.
public enum ProgressLine {
  public struct Snapshot: Sendable, Equatable {
    public var files: Int
    public var totalFiles: Int
    public var bytes: Int
    public var totalBytes: Int
    public init(files: Int, totalFiles: Int, bytes: Int, totalBytes: Int) {
      self.files = files
      self.totalFiles = totalFiles
      self.bytes = bytes
      self.totalBytes = totalBytes
    }
  }

  /// `xborder: 12/340 files, 48.2 MiB/1.2 GiB, 31.5 MB/s, ETA 0:38`; no rate before any time has passed,
  /// no ETA without a total or a rate.
  public static func render(_ snapshot: Snapshot, elapsed: TimeInterval) -> String {
    var parts = ["\(snapshot.files)/\(snapshot.totalFiles) files"]
    let total = snapshot.totalBytes > 0 ? "/" + TerminalSummary.formatBytes(snapshot.totalBytes) : ""
    parts.append(TerminalSummary.formatBytes(snapshot.bytes) + total)
    if elapsed > 0, snapshot.bytes > 0 {
      let rate = Double(snapshot.bytes) / elapsed
      parts.append(String(format: "%.1f MB/s", rate / 1_000_000))
      if snapshot.totalBytes > snapshot.bytes {
        parts.append("ETA " + clock(Double(snapshot.totalBytes - snapshot.bytes) / rate))
      }
    }
    return "xborder: " + parts.joined(separator: ", ")
  }

  /// `m:ss`, or `h:mm:ss` from an hour on.
  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
    let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
  }
}

/// Redraws the progress line on stderr four times a second from its own thread, and clears it at the
/// end. Only used when stderr is a terminal; the reports and stdout never see it.
final class ProgressTicker: @unchecked Sendable {
  private let progress: ScanProgress
  private let stop = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)
  private let start = Date()

  init(progress: ScanProgress) { self.progress = progress }

  func begin() {
    draw()
    Thread.detachNewThread { [self] in
      while !stop.load(ordering: .acquiring) {
        usleep(250_000)
        if !stop.load(ordering: .acquiring) { draw() }
      }
      finished.signal()
    }
  }

  /// Stops the thread and erases the line.
  func end() {
    stop.store(true, ordering: .releasing)
    finished.wait()
    write("\r\u{1B}[K")
  }

  private func draw() {
    write("\r\u{1B}[K" + ProgressLine.render(progress.snapshot, elapsed: Date().timeIntervalSince(start)))
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
