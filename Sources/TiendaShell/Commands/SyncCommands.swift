import TiendaCore

/// Branches and the central server (issue 23): `configurar central`,
/// `central preparar`. (`configurar tienda sucursal` is in ShopCommands.)
enum SyncCommands {
  static let all: [CommandSpec] = [configureCentral, prepareCentral]

  static let conninfo = RequiredParam<String>.positional(
    "conexion", .text, placeholder: "\"host=… dbname=… user=…\"",
    help: "La conexión de libpq, sin contraseña (PGPASSWORD o ~/.pgpass).")

  static let configureCentral = CommandSpec(
    "configurar central", group: .shop,
    summary: "Indica el servidor PostgreSQL central al que esta sucursal envía sus ventas.",
    details: """
      Una conexión de libpq (host, port, dbname, user, sslmode…). La contraseña nunca se guarda
      en el archivo: tienda la lee de PGPASSWORD o de ~/.pgpass. Después: central preparar.
      """,
    params: [conninfo.spec],
    examples: ["configurar central \"host=central.local dbname=tienda user=feria\""],
    mutates: true, right: .manageUsers
  ) { call in
    let info = try call[conninfo]
    let changed = try call.shop.sync.configureCentral(info)
    return .message(changed ? SyncMessages.centralConfigured(info) : SyncMessages.centralUnchanged)
  }

  static let prepareCentral = CommandSpec(
    "central preparar", group: .shop,
    summary: "Crea o actualiza el esquema de tienda en la central; se puede repetir.",
    details:
      "Crea las tablas que faltan y agrega las columnas nuevas; lo ya guardado no se toca.",
    examples: ["central preparar"], right: .manageUsers
  ) { call in
    let (before, after) = try call.shop.sync.prepareCentral()
    return .message(SyncMessages.centralPrepared(before: before, after: after))
  }
}
