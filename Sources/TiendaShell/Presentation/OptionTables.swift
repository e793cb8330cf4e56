import TiendaCore

/// How `listar opciones` and `ver opciones` look: one row per option.
/// Headers in `OptionsHeadings`; the keys are the CSV and JSON names.
enum OptionTables {
  typealias H = OptionsHeadings

  static func groups(_ groups: [OptionGroupInfo]) -> Table {
    var rows: [[Cell]] = []
    for g in groups {
      for option in g.options {
        rows.append([
          .text(g.name), .text(option.name), .money(option.price),
          g.maximum.map { .int($0) } ?? .null, .bool(g.required),
          .text(g.products.joined(separator: ", ")),
        ])
      }
    }
    return Table(
      columns: [
        Column(H.group, key: "grupo", priority: .high),
        Column(H.option, key: "opcion", priority: .high),
        Column(H.price, key: "precio", alignRight: true),
        Column(H.maximum, key: "maximo", alignRight: true, priority: .low),
        Column(H.required, key: "obligatorio", priority: .low),
        Column(H.products, key: "productos"),
      ],
      rows: rows)
  }
}
