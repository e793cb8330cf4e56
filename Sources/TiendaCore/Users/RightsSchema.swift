import TiendaStore

extension Schema {
  /// Migration 11: the right `ver-informes` (money figures, DESIGN.md §8.5)
  /// for supervisors and dueños; the dueño keeps every right.
  static let reportRights = Migration(
    version: 11,
    sql: """
      UPDATE roles SET rights = rights || ',ver-informes'
      WHERE code_folded IN ('supervisor', 'dueno')
        AND ',' || rights || ',' NOT LIKE '%,ver-informes,%';
      """)
}
