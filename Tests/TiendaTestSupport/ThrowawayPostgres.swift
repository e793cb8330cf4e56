import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real PostgreSQL for the sync tests (issue 23), never a mock.
///
/// `Scripts/test.sh` starts one throwaway cluster (Scripts/lib/postgres.sh)
/// and exports `TIENDA_PG_CONNINFO`; `swift test` run by hand starts its own
/// with the same script, once per test process, and stops it at exit. Each
/// test takes a fresh database (`newDatabase()`). Under `CI=true` a missing
/// server is a failure, never a skip.
public enum ThrowawayPostgres {
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// `<package root>`.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The cluster's conninfo (database `postgres`), or the reason there is none.
  public static let server: Result<String, Failure> = start()

  /// `psql`, from the server's bin folder when known.
  public static var psqlPath: String {
    let env = ProcessInfo.processInfo.environment
    if let bin = env["TIENDA_PG_BIN"], FileManager.default.isExecutableFile(atPath: bin + "/psql") {
      return bin + "/psql"
    }
    return ExternalTool.path(of: "psql") ?? "/usr/bin/psql"
  }

  /// A new empty database on the cluster; its conninfo.
  public static func newDatabase() throws -> String {
    let base = try server.get()
    let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    _ = try psql(base, "CREATE DATABASE \(name)")
    return base.replacingOccurrences(of: "dbname=postgres", with: "dbname=\(name)")
  }

  /// Runs `sql` with psql (unaligned, tuples only, `|` between columns):
  /// the independent side of the checks. Throws with psql's stderr on error.
  @discardableResult
  public static func psql(_ conninfo: String, _ sql: String) throws -> String {
    let result = try ExternalTool.run(
      psqlPath, ["-X", "-v", "ON_ERROR_STOP=1", "-qAt", "-d", conninfo, "-c", sql])
    guard result.status == 0 else {
      throw Failure(description: "psql: \(result.stderr)")
    }
    return result.text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func start() -> Result<String, Failure> {
    let env = ProcessInfo.processInfo.environment
    if let info = env["TIENDA_PG_CONNINFO"], !info.isEmpty { return .success(info) }
    // Our own cluster: the test command's recipe, printed back to us in a file.
    let out = NSTemporaryDirectory() + "/tienda-pg-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: out) }
    let script = """
      source "\(root.path)/Scripts/lib/postgres.sh" && postgres_iniciar \
        && printf '%s\\n%s\\n%s\\n' "$TIENDA_PG_CONNINFO" "$TIENDA_PG_DIR" "$TIENDA_PG_BIN" >'\(out)'
      """
    let status = runDetached(script)
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n").map(String.init)
    guard lines.count == 3 else {
      return .failure(
        Failure(
          description:
            "no se pudo iniciar un PostgreSQL de prueba (paquete postgresql; Scripts/lib/postgres.sh; estado \(status))"
        ))
    }
    ownCluster = (lines[1], lines[2])
    setenv("TIENDA_PG_BIN", lines[2], 1)
    atexit { ThrowawayPostgres.stopOwnCluster() }
    return .success(lines[0])
  }

  /// Runs `bash -c script` with no pipes to this process (stdin /dev/null,
  /// stdout and stderr to /dev/null; the script writes its answer to a
  /// file) and waits with waitpid. Not `Process`: its `waitUntilExit`
  /// hung for good in the swift-testing runner once the child had exited
  /// (the child was left a zombie, never reaped), and a pipe would be
  /// inherited by the daemon the script leaves running.
  static func runDetached(_ script: String) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let arguments = ["/bin/bash", "-c", script]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/bash", &actions, nil, &argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return status
  }

  nonisolated(unsafe) static var ownCluster: (dir: String, bin: String)?

  static func stopOwnCluster() {
    guard let (dir, bin) = ownCluster else { return }
    let script = """
      export TIENDA_PG_DIR='\(dir)' TIENDA_PG_BIN='\(bin)'
      source "\(root.path)/Scripts/lib/postgres.sh" && postgres_detener
      """
    _ = runDetached(script)
  }
}
