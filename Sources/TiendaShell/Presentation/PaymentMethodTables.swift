import TiendaCore

/// How `listar medios de pago` looks. Headers in `PaymentMethodsHeadings`;
/// the keys are the CSV and JSON names.
enum PaymentMethodTables {
  typealias H = PaymentMethodsHeadings

  static func methods(_ methods: [PaymentMethodInfo]) -> Table {
    Table(
      columns: [
        Column(H.name, key: "nombre", priority: .high), Column(H.type, key: "tipo"),
        Column(H.reference, key: "referencia"), Column(H.active, key: "activo"),
        Column(H.builtin, key: "incluido", priority: .low),
        Column(H.payments, key: "pagos", alignRight: true),
      ],
      rows: methods.map {
        [
          .text($0.name), .text($0.type.rawValue),
          .text(
            $0.referenceRequired ? Messages.referenceRequiredWord : Messages.referenceOptionalWord),
          .bool($0.active), .bool($0.builtin), .int($0.payments),
        ]
      })
  }
}
