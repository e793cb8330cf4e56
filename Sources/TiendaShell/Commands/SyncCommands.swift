import TiendaCore

/// Branches and the central server (issue 23): `configurar central`,
/// `central preparar`, `sincronizar`, `estado de sincronización`.
/// (`configurar tienda sucursal` is in ShopCommands.)
enum SyncCommands {
  static let all: [CommandSpec] = [configureCentral, prepareCentral, synchronize, status]

  /// `enviar`: the push only (`sincronizar recibir` is its own command).
  static let direction = Param<String>.positional(
    "sentido", .choice([SyncMessages.pushWord]), placeholder: "[enviar]",
    help: "enviar: sólo envía a la central (sin él, envía y luego recibe el catálogo).")

  /// Demo, practice mode and --simular never talk to the central server.
  static func refuseInThisMode(_ call: Invocation) throws {
    if call.shop.practice || call.context.scripts.mode == .simulate
      || call.context.promptTag == Messages.demoTag
    {
      throw SyncError.notInThisMode
    }
  }

  static let synchronize = CommandSpec(
    "sincronizar", group: .shop,
    summary:
      "Envía a la central lo vendido y movido desde el último envío; luego trae el catálogo.",
    details: """
      Sin «enviar», después del envío trae el catálogo como «sincronizar recibir» si el archivo
      lo toma de la central (configurar central maestro catálogo sí). Se puede cortar en
      cualquier momento: el siguiente envío sigue donde quedó, sin perder ni repetir nada. Sin
      conexión con la central dice por qué y qué revisar, y no cambia nada aquí (espera hasta
      10 s, o connect_timeout); con TIENDA_DETALLE=1 agrega el texto de libpq. Sirve en cron
      (--usuario con TIENDA_PIN) y en «al cerrar caja ejecutar».
      """,
    params: [direction.spec], examples: ["sincronizar", "sincronizar enviar"],
    right: .closeRegister
  ) { call in
    try refuseInThisMode(call)
    let report = try call.shop.sync.push()
    guard report.conflicts.isEmpty else {
      throw ShellError(SyncMessages.pushConflicts(report))
    }
    // `sincronizar` alone: then the pull (CentralCatalogCommands.pull's
    // area call), only in a file whose catalog comes from the central.
    guard call[direction] == nil, try call.shop.centralCatalog.isMaster() else {
      return .message(SyncMessages.pushed(report))
    }
    let summary = try call.shop.centralCatalog.pull()
    let currency = call.shop.settings.currency
    return .lines(
      [SyncMessages.pushed(report)] + Messages.catalogPulled(summary)
        + summary.repriced.map {
          Messages.catalogRepriced(
            $0.sku, from: Money($0.from).formatted(currency), to: Money($0.to).formatted(currency))
        })
  }

  static let status = CommandSpec(
    "estado de sincronización", group: .shop,
    summary: "Muestra el último envío, lo pendiente por tabla y si la central responde.",
    examples: ["estado de sincronización", "estado de sincronización como json"],
    listing: true, right: .viewReports
  ) { call in
    let probe = !(call.shop.practice || call.context.promptTag == Messages.demoTag)
    return .record(SyncView.status(try call.shop.sync.status(probe: probe)))
  }

  static let conninfo = RequiredParam<String>.positional(
    "conexion", .text, placeholder: "\"host=… dbname=… user=…\"",
    help: "La conexión de libpq, sin contraseña (PGPASSWORD o ~/.pgpass).")

  static let configureCentral = CommandSpec(
    "configurar central", group: .shop,
    summary: "Indica el servidor PostgreSQL central al que esta sucursal envía sus ventas.",
    details: """
      Una conexión de libpq (host, port, dbname, user, sslmode, connect_timeout…) o una URI
      (postgresql://usuario@host:5432/base). Una opción que libpq no conoce se rechaza. La
      contraseña nunca se guarda en el archivo: tienda la lee de PGPASSWORD o de ~/.pgpass.
      Después: central preparar.
      """,
    params: [conninfo.spec],
    examples: ["configurar central \"host=central.local dbname=tienda user=feria\""],
    mutates: true, right: .manageUsers
  ) { call in
    try refuseInThisMode(call)
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
    try refuseInThisMode(call)
    let (before, after) = try call.shop.sync.prepareCentral()
    return .message(SyncMessages.centralPrepared(before: before, after: after))
  }
}
