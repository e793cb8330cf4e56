import TiendaStore

/// Appends a write's journal entries, each continuing the hash chain
/// (`JournalChain`) from the last row. Runs inside `Shop.mutate`'s
/// transaction.
enum JournalWriter {
  static func append(
    _ entries: [JournalDraft], at now: Int64, session: Actor, context: WriteContext, to shop: Shop
  ) throws {
    let head = try shop.journal.chainHead()
    var previous = head?.hash ?? JournalChain.genesis
    var id = head?.journalID ?? 0
    for entry in entries {
      id += 1
      let content = JournalChain.Content(
        id: id, at: now, userName: entry.userName ?? session.userName,
        approvedBy: entry.approvedBy ?? context.approvedBy, registerID: session.registerID,
        command: context.command, action: entry.action, entity: entry.entity,
        entityID: entry.entityID, before: entry.before?.serialized,
        after: entry.after?.serialized)
      previous = JournalChain.hash(previous: previous, content)
      try shop.db.run(
        """
        INSERT INTO journal(id, at, user_name, approved_by, register_id, command, action,
          entity, entity_id, before, after, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
        """,
        [
          .integer(id), .integer(now), content.userName.sqlValue, content.approvedBy.sqlValue,
          .integer(session.registerID), .text(context.command), .text(entry.action),
          entry.entity.sqlValue, entry.entityID.sqlValue, content.before.sqlValue,
          content.after.sqlValue, .text(previous),
        ])
    }
  }
}
