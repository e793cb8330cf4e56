import TiendaCore

/// The central catalog (issue 23, part B): `configurar central maestro
/// catálogo sí|no`. The pull itself is `sincronizar recibir`.
enum CentralCatalogCommands {
  static let all: [CommandSpec] = [master, pull]

  static let on = RequiredParam<Bool>.positional(
    "si", placeholder: "sí|no",
    help: "sí: el catálogo de este archivo viene del servidor central; no: se edita aquí.")

  static let master = CommandSpec(
    "configurar central maestro catálogo", group: .shop,
    summary:
      "Si este archivo toma su catálogo (productos, precios, clientes…) del servidor central.",
    details: """
      Con «sí», «sincronizar recibir» trae del servidor central los productos, categorías, \
      impuestos, precios, listas de precios y clientes que cambiaron desde la última vez, en \
      una sola transacción. Las ventas ya hechas conservan su precio.
      """,
    params: [on.spec],
    examples: ["configurar central maestro catálogo sí", "configurar central maestro catálogo no"],
    mutates: true, right: .manageUsers
  ) { call in
    let value = try call[on]
    try call.shop.centralCatalog.setMaster(value)
    return .message(Messages.catalogMasterSet(value))
  }

  static let pull = CommandSpec(
    "sincronizar recibir", group: .shop,
    summary: "Trae del servidor central los cambios del catálogo (productos, precios, clientes…).",
    details: """
      Sólo en un archivo con «configurar central maestro catálogo sí». Trae lo que cambió desde \
      la última vez, en una sola transacción: o todo o nada. Sin conexión con el servidor \
      central no cambia nada y termina con error.
      """,
    examples: ["sincronizar recibir"], mutates: true, right: .viewReports
  ) { call in
    let summary = try call.shop.centralCatalog.pull()
    let currency = call.shop.settings.currency
    return .lines(
      Messages.catalogPulled(summary)
        + summary.repriced.map {
          Messages.catalogRepriced(
            $0.sku, from: Money($0.from).formatted(currency), to: Money($0.to).formatted(currency))
        })
  }
}
