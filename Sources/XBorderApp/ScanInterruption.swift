import Dispatch
import Foundation
import XBorderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What SIGINT or SIGTERM does at each moment of a scan (the pure part of `ScanInterruption`).
///
/// While scanning, nothing has been written yet: the process stops at once and the report folder keeps
/// the previous scan's reports. While the reports are written, stopping half-way would leave a mix of new
/// and old files, so the signal waits until the whole new set (and `evidence.json`) is in place.
public enum InterruptRule {
  public enum Phase: Sendable { case scanning, writingReports }

  public enum Action: Equatable, Sendable {
    case exitNow
    case exitAfterWriting
  }

  /// 128 + the signal number, the shell convention: 130 for SIGINT, 143 for SIGTERM.
  public static func exitCode(signal: Int32) -> Int32 { 128 + signal }

  public static func action(in phase: Phase) -> Action {
    phase == .scanning ? .exitNow : .exitAfterWriting
  }

  public static func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    default: "signal \(signal)"
    }
  }

  /// The line printed on stderr for a signal met in `phase`, whose reports go to `folder`.
  public static func message(signal: Int32, phase: Phase, folder: String) -> String {
    let name = signalName(signal)
    switch action(in: phase) {
    case .exitNow:
      return "xborder: interrupted by \(name) while scanning; no report was written, \(folder) holds the previous "
        + "scan's reports, if any (exit code \(exitCode(signal: signal)))"
    case .exitAfterWriting:
      return "xborder: interrupted by \(name) while writing the reports; the new reports in \(folder) were "
        + "completed first (exit code \(exitCode(signal: signal)))"
    }
  }
}

/// Catches SIGINT and SIGTERM for the length of a scan and applies `InterruptRule`.
///
/// Signals are received on a dispatch queue (not in an async signal handler), so the handler may take
/// a lock and print. The process ends with `_exit`: worker threads are not unwound, and nothing is left
/// half-written because writes are atomic (temporary file, then rename) and deferred while in progress.
public final class ScanInterruption: @unchecked Sendable {
  private struct State {
    var phase = InterruptRule.Phase.scanning
    var pending: Int32?
    var folder: String
  }

  private let state: Locked<State>
  private var sources: [any DispatchSourceSignal] = []
  private let queue = DispatchQueue(label: "xborder.signals")

  /// Starts catching SIGINT and SIGTERM; `folder` is the report folder named in the message.
  public init(reportFolder folder: String = "the report folder") {
    state = Locked(State(folder: folder))
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)  // the dispatch source sees the signal; the default action would kill at once
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { [weak self] in self?.received(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// The report folder once the options are resolved.
  public func setReportFolder(_ folder: String) {
    state.withLock { $0.folder = folder }
  }

  /// From now on a signal waits for `endWriting()`.
  public func beginWriting() {
    state.withLock { $0.phase = .writingReports }
  }

  /// The reports are complete: a signal that came meanwhile now ends the process.
  public func endWriting() {
    let pending = state.withLock { state -> Int32? in
      state.phase = .scanning
      return state.pending
    }
    if let pending { stop(pending, phase: .writingReports) }
  }

  private func received(_ number: Int32) {
    let phase = state.withLock { state -> InterruptRule.Phase in
      if state.phase == .writingReports, state.pending == nil { state.pending = number }
      return state.phase
    }
    if InterruptRule.action(in: phase) == .exitNow { stop(number, phase: phase) }
  }

  private func stop(_ number: Int32, phase: InterruptRule.Phase) -> Never {
    let folder = state.withLock { $0.folder }
    let text = "\n" + InterruptRule.message(signal: number, phase: phase, folder: folder) + "\n"
    text.utf8CString.withUnsafeBufferPointer { buffer in
      _ = write(2, buffer.baseAddress, buffer.count - 1)
    }
    _exit(InterruptRule.exitCode(signal: number))
  }
}
