import TiendaStore

extension Schema {
  /// Migration 3: roles with rights and caps, users with hashed PINs.
  static let users = Migration(
    version: 3,
    sql: """
      CREATE TABLE roles(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        code_folded TEXT NOT NULL UNIQUE,
        rights TEXT NOT NULL,
        max_line_discount INTEGER NOT NULL CHECK (max_line_discount BETWEEN 0 AND 100000),
        max_ticket_discount INTEGER NOT NULL CHECK (max_ticket_discount BETWEEN 0 AND 100000),
        max_refund INTEGER CHECK (max_refund >= 0)
      ) STRICT;
      INSERT INTO roles(id, code, code_folded, rights, max_line_discount, max_ticket_discount,
        max_refund) VALUES
        (1, 'cajero', 'cajero', 'vender,descontar', 10000, 10000, 0),
        (2, 'supervisor', 'supervisor',
          'vender,descontar,anular,devolver,retirar,abrir-cajón,vender-sin-stock,cerrar-caja',
          50000, 50000, NULL),
        (3, 'dueño', 'dueno',
          'vender,descontar,anular,devolver,retirar,abrir-cajón,vender-sin-stock,editar-catálogo,cerrar-caja,administrar',
          100000, 100000, NULL);

      CREATE TABLE users(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_folded TEXT NOT NULL UNIQUE,
        role_id INTEGER NOT NULL REFERENCES roles(id),
        pin TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO settings(key, value) VALUES ('usuarios.intentos', '5'),
        ('usuarios.bloqueo_minutos', '15');
      """)
}
