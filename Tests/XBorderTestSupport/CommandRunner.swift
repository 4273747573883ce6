import Foundation

/// Runs the built `xborder` executable (it sits next to the test bundle) and captures its output.
public struct CommandRunner {
  public struct Output {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
    /// True when the process outlived the `timeout` given to `run` and was killed.
    public var timedOut = false
  }

  public static var executable: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("xborder")
  }

  /// Runs `xborder arguments…` in `directory` with a fixed fingerprint key unless `environment` overrides it.
  /// With a `timeout` (seconds), a process still running then is killed and the output says `timedOut`: a
  /// watchdog against hangs, so a hanging scan fails its test instead of stalling the suite.
  public static func run(
    _ arguments: [String], in directory: String, environment: [String: String] = [:], timeout: Double? = nil,
    executable: URL = executable, prefix: [String] = []
  ) throws -> Output {
    let process = Process()
    process.executableURL = prefix.isEmpty ? executable : URL(fileURLWithPath: prefix[0])
    let arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [executable.path] + arguments
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["XBORDER_FINGERPRINT_KEY"] = "test-key-not-secret"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let killed = Watchdog(process: process, timeout: timeout)
    // Both pipes are drained at once: a child filling one while we block on the other would never exit.
    let stderrReader = PipeDrain(err)
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = stderrReader.wait()
    process.waitUntilExit()
    return Output(
      exitCode: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), timedOut: killed.fired)
  }

  /// Runs `python3 arguments…` and returns its exit code and combined output.
  public static func python(_ arguments: [String]) throws -> (exitCode: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// Reads a pipe to its end on another thread.
final class PipeDrain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ pipe: Pipe) {
    DispatchQueue.global().async { [self] in
      data = pipe.fileHandleForReading.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// Kills a process still running after `timeout` seconds.
final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var firedValue = false
  var fired: Bool { lock.withLock { firedValue } }

  init(process: Process, timeout: Double?) {
    guard let timeout else { return }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
      guard process.isRunning else { return }
      lock.withLock { firedValue = true }
      kill(process.processIdentifier, SIGKILL)
    }
  }
}

/// Paths of the repository and of `../shared`, found from this source file.
public enum RepositoryPaths {
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  public static var examples: URL { root.appendingPathComponent("examples") }
  public static var sarifSchema: URL {
    root.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
  }
}
