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
    // Our own cluster: the test command's recipe, printed back to us.
    let script = """
      source "\(root.path)/Scripts/lib/postgres.sh" && postgres_iniciar >&2 \
        && printf '%s\\n%s\\n%s\\n' "$TIENDA_PG_CONNINFO" "$TIENDA_PG_DIR" "$TIENDA_PG_BIN"
      """
    guard let result = try? ExternalTool.run("/bin/bash", ["-c", script]), result.status == 0
    else {
      return .failure(
        Failure(
          description:
            "no se pudo iniciar un PostgreSQL de prueba (paquete postgresql; Scripts/lib/postgres.sh)"
        ))
    }
    let lines = result.text.split(separator: "\n").map(String.init)
    guard lines.count == 3 else { return .failure(Failure(description: "postgres.sh: \(lines)")) }
    ownCluster = (lines[1], lines[2])
    setenv("TIENDA_PG_BIN", lines[2], 1)
    atexit { ThrowawayPostgres.stopOwnCluster() }
    return .success(lines[0])
  }

  nonisolated(unsafe) static var ownCluster: (dir: String, bin: String)?

  static func stopOwnCluster() {
    guard let (dir, bin) = ownCluster else { return }
    let script = """
      export TIENDA_PG_DIR='\(dir)' TIENDA_PG_BIN='\(bin)'
      source "\(root.path)/Scripts/lib/postgres.sh" && postgres_detener
      """
    _ = try? ExternalTool.run("/bin/bash", ["-c", script])
  }
}
