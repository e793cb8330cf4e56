import TiendaStore

/// `estado de sincronización`: what this file has sent and what waits.
public struct SyncStatus: Sendable {
  public let branch: BranchIdentity
  public let epoch: String
  public let conninfo: String?
  /// When the last push ended (shop clock, Unix seconds).
  public let lastPush: Int64?
  public let acknowledged: Int64
  public let pendingEvents: Int64
  public let pendingRows: [(table: String, count: Int64)]
  /// nil when there is no central configured; else whether it answered.
  public let reachable: Bool?
  /// Why it did not answer (libpq's or tienda's words).
  public let problem: SyncError?
}

extension Sync {
  /// The sync state; with `probe`, tries the central (3 s at most).
  public func status(probe: Bool = true) throws -> SyncStatus {
    let acknowledged = try acknowledgedSequence()
    let pending = try OutboxStore.pending(db, after: acknowledged)
    let info = try conninfo()
    var reachable: Bool?
    var problem: SyncError?
    if probe, let info, !practice {
      do {
        let pg = try Self.open(info, extra: "connect_timeout=3")
        // It answered: a problem from here on (no schema, a newer one, no
        // permission) is the central's, not the network's.
        reachable = true
        do {
          let found = try CentralSchema.currentVersion(pg) ?? 0
          if found > CentralSchema.version {
            problem = .centralSchemaNewer(found: found, known: CentralSchema.version)
          } else if found != CentralSchema.version {
            problem = .centralNotPrepared
          }
        } catch let error as PostgresError {
          problem = .postgres(error)
        }
      } catch let error as SyncError {
        reachable = false
        problem = error
      } catch let error as PostgresError {
        reachable = false
        problem = .postgres(error)
      } catch {
        reachable = false
      }
    }
    return SyncStatus(
      branch: try branch(), epoch: try OutboxStore.currentEpoch(db), conninfo: info,
      lastPush: Int64(try OutboxStore.setting(db, OutboxStore.Key.lastPush) ?? ""),
      acknowledged: acknowledged, pendingEvents: pending.events, pendingRows: pending.rows,
      reachable: reachable, problem: problem)
  }
}
