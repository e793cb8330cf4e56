import TiendaCore

/// How customers, groups and price lists look. Headers in
/// `CustomerHeadings`; the keys are the CSV and JSON names.
enum CustomerTables {
  typealias H = CustomerHeadings

  static func customers(_ list: [CustomerInfo], empty: String) -> Table {
    Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high), Column(H.rut, key: "rut"),
        Column(H.phone, key: "telefono"), Column(H.group, key: "grupo"),
        Column(H.list, key: "lista", priority: .low),
        Column(H.limit, key: "limite", alignRight: true),
        Column(H.email, key: "correo", priority: .low),
        Column(H.kind, key: "tipo", priority: .low),
        Column(H.active, key: "activo", priority: .low),
      ],
      rows: list.map {
        [
          .text($0.name), $0.rut.map { .text($0.formatted) } ?? .null, .text($0.phone),
          $0.groupName.map(Cell.text) ?? .null, $0.priceListName.map(Cell.text) ?? .null,
          .money($0.creditLimit), .text($0.email), .text($0.kind.rawValue), .bool($0.active),
        ]
      }, emptyMessage: empty)
  }

  static func customer(_ c: CustomerInfo, account: [(String, String, Cell)]) -> Record {
    var fields: [(String, String, Cell)] = [
      (H.name, "nombre", .text(c.name)), (H.rut, "rut", c.rut.map { .text($0.formatted) } ?? .null),
      (H.kind, "tipo", .text(c.kind.rawValue)), (H.phone, "telefono", .text(c.phone)),
      (H.email, "correo", .text(c.email)), (H.address, "direccion", .text(c.address)),
      (H.group, "grupo", c.groupName.map(Cell.text) ?? .null),
    ]
    // The limit and list in effect, and whose they are (the customer's own
    // or its group's): the values stay numbers and names in CSV and JSON.
    fields.append((H.limit, "limite", .money(c.creditLimit)))
    fields.append(
      (H.limitSource, "limite_de", .text(c.ownCreditLimit == nil ? H.ofGroup : H.own)))
    fields.append((H.list, "lista", c.priceListName.map(Cell.text) ?? .null))
    fields.append(
      (
        H.listSource, "lista_de",
        c.priceListName == nil ? .null : .text(c.ownPriceListID == nil ? H.ofGroup : H.own)
      ))
    fields.append((H.note, "nota", .text(c.note)))
    fields.append((H.active, "activo", .bool(c.active)))
    fields.append((H.created, "creado", .instant(c.createdAt)))
    return Record(fields + account)
  }

  static func groups(_ list: [CustomerGroupInfo]) -> Table {
    Table(
      columns: [
        Column(H.group, key: "nombre", priority: .high),
        Column(H.limit, key: "limite", alignRight: true), Column(H.list, key: "lista"),
        Column(H.customers, key: "clientes", alignRight: true),
      ],
      rows: list.map {
        [
          .text($0.name), .money($0.creditLimit), $0.priceListName.map(Cell.text) ?? .null,
          .int($0.customers),
        ]
      }, emptyMessage: CustomerMessages.noGroups)
  }

  static func lists(_ list: [PriceListInfo]) -> Table {
    Table(
      columns: [
        Column(H.list, key: "nombre", priority: .high),
        Column(H.percent, key: "descuento", alignRight: true),
        Column(H.fixedPrices, key: "precios_fijos", alignRight: true),
        Column(H.customers, key: "clientes", alignRight: true),
        Column(H.groups, key: "grupos", alignRight: true),
      ],
      rows: list.map {
        [.percent($0.percentOff), .int($0.fixedPrices), .int($0.customers), .int($0.groups)]
          .reduce(into: [Cell.text($0.name)]) { $0.append($1) }
      }, emptyMessage: CustomerMessages.noLists)
  }

  static func listDetail(_ detail: PriceListDetail) -> Table {
    var table = Table(
      columns: [
        Column(H.product, key: "producto", priority: .high),
        Column(H.catalogPrice, key: "precio_catalogo", alignRight: true),
        Column(H.listPrice, key: "precio_lista", alignRight: true),
      ],
      rows: detail.prices.map {
        [.text($0.productName), .money($0.catalogPrice), .money($0.price)]
      },
      emptyMessage: CustomerMessages.listWithoutPrices(detail.list))
    table.footer = [CustomerMessages.listFooter(detail.list)]
    return table
  }
}
