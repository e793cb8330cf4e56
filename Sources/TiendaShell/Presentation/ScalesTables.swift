import TiendaCore

/// How `listar balanzas` looks. Headers in `ScalesHeadings`.
enum ScalesTables {
  typealias H = ScalesHeadings

  static func scales(_ layouts: [ScaleLayout]) -> Table {
    Table(
      columns: [
        Column(H.prefix, key: "prefijo", priority: .high),
        Column(H.pattern, key: "formato", priority: .high),
        Column(H.value, key: "valor", priority: .high),
        Column(H.decimals, key: "decimales", alignRight: true),
      ],
      rows: layouts.map {
        [
          .text($0.prefix), .text($0.shownPattern), .text(Messages.scaleValueName($0.value)),
          .int(Int64($0.decimals)),
        ]
      }, emptyMessage: Messages.noScales)
  }
}
