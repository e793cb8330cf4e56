import TiendaStore

extension Schema {
  /// Migration 8: an open ticket belongs to the terminal that opened it
  /// (DESIGN §8.4). The owner is the process (pid, its start time from
  /// /proc and the boot id) and the user, written when the ticket opens.
  /// A register may now have several open tickets, one per terminal; a
  /// ticket opened before this migration has no owner process and is an
  /// orphan, adopted by its user's next ticket-mode command or `retomar`.
  static let ticketOwners = Migration(
    version: 8,
    sql: """
      ALTER TABLE tickets ADD COLUMN owner_pid INTEGER;
      ALTER TABLE tickets ADD COLUMN owner_started INTEGER;
      ALTER TABLE tickets ADD COLUMN owner_boot TEXT;
      ALTER TABLE tickets ADD COLUMN owner_user TEXT;
      UPDATE tickets SET owner_user = user_name WHERE state = 'abierto';
      DROP INDEX tickets_one_open;
      CREATE UNIQUE INDEX tickets_open_per_terminal
        ON tickets(register_id, owner_pid, owner_started, owner_boot) WHERE state = 'abierto';
      """)
}
