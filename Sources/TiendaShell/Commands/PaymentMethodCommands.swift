import TiendaCore

/// Payment methods as data (DESIGN §8.11): `crear medio de pago`, `listar
/// medios de pago`, `editar medio de pago`, `desactivar medio de pago`.
enum PaymentMethodCommands {
  static let all: [CommandSpec] = [create, list, edit, deactivate]

  static let newName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>",
    help: "Una palabra que no sea del lenguaje (amipass, cheque-dia).")
  static let methodName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "El medio de pago.",
    completion: .paymentMethods)
  static let type = Param<PaymentMethodType>.option(
    "tipo", placeholder: "tarjeta|transferencia|billetera|vale|cheque|otro",
    help: "Para los informes; por omisión, otro.")
  static let reference = Param<String>.option(
    "referencia", .choice([Messages.referenceRequiredWord, Messages.referenceOptionalWord]),
    placeholder: "obligatoria|opcional",
    help: "Con obligatoria, un pago sin «ref …» se rechaza.")
  static let active = Param<Bool>.option(
    "activo", placeholder: "sí|no", help: "Si se puede pagar con él.")

  static let create = CommandSpec(
    "crear medio de pago", group: .cash,
    summary: "Agrega un medio de pago de la tienda (amipass, cheque, una billetera).",
    details: """
      Incluidos: efectivo, débito, crédito y transferencia. Sólo el efectivo da vuelto y se
      redondea. El nombre es una palabra que no sea del lenguaje de tienda.
      """,
    params: [newName.spec, type.spec, reference.spec],
    examples: [
      "crear medio de pago amipass tipo billetera referencia obligatoria",
      "crear medio de pago cheque tipo cheque",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let draft = PaymentMethodDraft(
      name: try call[newName], type: call[type] ?? .other,
      referenceRequired: call[reference].map(isRequired) ?? false,
      reservedWords: reservedWords)
    return .message(Messages.paymentMethodCreated(try call.shop.paymentMethods.create(draft)))
  }

  static let list = CommandSpec(
    "listar medios de pago", aliases: ["medios de pago"], group: .cash,
    summary: "Lista los medios de pago: tipo, si piden referencia, si están activos y sus pagos.",
    examples: ["listar medios de pago", "listar medios de pago como csv"], listing: true,
    access: .loggedIn
  ) { call in
    .table(PaymentMethodTables.methods(try call.shop.paymentMethods.list()))
  }

  static let edit = CommandSpec(
    "editar medio de pago", group: .cash,
    summary: "Cambia el tipo, si pide referencia o si está activo.",
    details: "El nombre no cambia: los pagos ya hechos lo guardan.",
    params: [methodName.spec, type.spec, reference.spec, active.spec],
    examples: [
      "editar medio de pago amipass referencia opcional",
      "editar medio de pago amipass activo sí",
    ],
    mutates: true, right: .editCatalog
  ) { call in
    let changes = PaymentMethodChanges(
      type: call[type], referenceRequired: call[reference].map(isRequired), active: call[active])
    let method = try call.shop.paymentMethods.edit(try call[methodName], changes)
    return .message(Messages.paymentMethodEdited(method))
  }

  static let deactivate = CommandSpec(
    "desactivar medio de pago", group: .cash,
    summary: "Deja de aceptar un medio de pago; sus pagos guardan su nombre.",
    details: "Un medio de pago con pagos no se borra: se desactiva.",
    params: [methodName.spec], examples: ["desactivar medio de pago amipass"],
    mutates: true, right: .editCatalog
  ) { call in
    let method = try call.shop.paymentMethods.edit(
      try call[methodName], PaymentMethodChanges(active: false))
    return .message(Messages.paymentMethodDeactivated(method))
  }

  static func isRequired(_ word: String) -> Bool { fold(word) == Messages.referenceRequiredWord }

  /// Folded words a method may not take: every command word and keyword,
  /// and the words that already name a method in a payment.
  static let reservedWords: Set<String> = {
    var words = Set(Parser.methodAliases.keys).union(["ref", "referencia", "como"])
    for spec in Registry.standard.commands {
      for word in spec.words + spec.aliases.flatMap({ $0 }) + spec.keywords {
        words.insert(fold(word))
      }
    }
    return words
  }()
}

/// `tipo tarjeta|transferencia|…`, read as the method's type.
extension PaymentMethodType: ParamValue {
  public static var paramKind: ParamKind { .choice(allCases.map(\.rawValue)) }
  public static func paramValue(_ argument: ArgValue) -> PaymentMethodType? {
    String.paramValue(argument).flatMap(PaymentMethodType.init(rawValue:))
  }
}
