import TiendaCore

/// How `estado de sincronización` looks; labels in `SyncMessages`.
enum SyncView {
  typealias M = SyncMessages

  static func status(_ s: SyncStatus) -> Record {
    let pending =
      s.pendingRows.isEmpty
      ? M.nothingPending
      : s.pendingRows.map { $0.table + " " + String($0.count) }.joined(separator: ", ")
    let central: Cell
    switch s.reachable {
    case nil: central = .text(s.conninfo == nil ? M.notConfigured : M.notProbed)
    case true?:
      switch s.problem {
      case nil: central = .text(M.reachable)
      case .centralNotPrepared?: central = .text(M.reachableNotPrepared)
      default: central = .text(M.reachableWithProblem)
      }
    case false?: central = .text(M.unreachable)
    }
    return Record(
      [
        (M.branchLabel, "sucursal", .text(s.branch.name)),
        (M.branchIDLabel, "sucursal_id", .text(s.branch.id)),
        (M.epochLabel, "epoca", .text(s.epoch)),
        (M.centralLabel, "central", s.conninfo.map { .text($0) } ?? .null),
        (M.reachableLabel, "central_responde", central),
        (M.lastPushLabel, "ultimo_envio", s.lastPush.map { .instant($0) } ?? .null),
        (M.acknowledgedLabel, "secuencia_enviada", .int(s.acknowledged)),
        (M.pendingEventsLabel, "eventos_pendientes", .int(s.pendingEvents)),
        (M.pendingRowsLabel, "filas_pendientes", .text(pending)),
      ],
      footer: (s.branch.named ? [] : [M.unnamedBranch(s.branch.name)])
        + (s.problem.map { [Messages.describe($0, currency: .clp)] } ?? []))
  }
}
