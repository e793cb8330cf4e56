import TiendaCore

/// Suppliers (issue 18): `crear proveedor`, `listar proveedores`, `ver
/// proveedor`, `editar proveedor`, `desactivar proveedor`.
enum SupplierCommands {
  static let all: [CommandSpec] = [create, list, show, edit, deactivate]

  static let newName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre del proveedor.")
  static let supplier = RequiredParam<String>.positional(
    "proveedor", .name, placeholder: "<proveedor>", help: "El proveedor.", completion: .suppliers)
  static let rut = Param<Rut>.option("rut", placeholder: "<rut>", help: "RUT con guion.")
  static let phone = Param<String>.option(
    "teléfono", .text, placeholder: "<teléfono>", help: "Teléfono.")
  static let contact = Param<String>.option(
    "contacto", .text, placeholder: "\"…\"", help: "Persona de contacto.")
  static let email = Param<String>.option("correo", .text, placeholder: "<correo>", help: "Correo.")
  static let newNameOption = Param<String>.option(
    "nombre", .text, placeholder: "\"…\"", help: "Nombre nuevo.")
  static let rutText = Param<String>.option(
    "rut", .text, placeholder: "<rut>|ninguno", help: "RUT con guion.")
  static let active = Param<String>.option(
    "activo", .text, placeholder: "sí|no", help: "Si se le compra.")
  static let allSuppliers = FlagParam("todos", help: "Incluye los desactivados.")

  static let create = CommandSpec(
    "crear proveedor", group: .stock,
    summary: "Agrega un proveedor (a quién se le compra mercadería).",
    params: [newName.spec, rut.spec, phone.spec, contact.spec, email.spec],
    examples: [
      "crear proveedor \"Distribuidora Sur\" rut 76.086.428-5 teléfono 221234567",
      "crear proveedor Panadería contacto \"Don Luis\" correo luis@pan.cl",
    ],
    mutates: true, right: .purchases
  ) { call in
    let draft = SupplierDraft(
      name: try call[newName], rut: call[rut], phone: call[phone], contact: call[contact],
      email: call[email])
    return .message(Messages.supplierCreated(try call.shop.suppliers.create(draft)))
  }

  static let list = CommandSpec(
    "listar proveedores", aliases: ["proveedores"], group: .stock,
    summary: "Lista los proveedores: RUT, contacto, compras y lo que se les debe.",
    params: [allSuppliers.spec],
    examples: ["listar proveedores", "listar proveedores como csv"], listing: true,
    right: .purchases
  ) { call in
    .table(
      PurchaseTables.suppliers(try call.shop.suppliers.list(includeInactive: call[allSuppliers])))
  }

  static let show = CommandSpec(
    "ver proveedor", group: .stock, summary: "Muestra un proveedor y lo que se le debe.",
    params: [supplier.spec], examples: ["ver proveedor distribuidora"], listing: true,
    right: .purchases
  ) { call in
    .record(PurchaseTables.supplier(try call.shop.suppliers.show(try call[supplier])))
  }

  static let edit = CommandSpec(
    "editar proveedor", group: .stock,
    summary: "Cambia un dato de un proveedor: nombre, rut, teléfono, contacto, correo o activo.",
    details: "Un dato por vez; «ninguno» borra el RUT, el teléfono, el contacto o el correo.",
    params: [
      supplier.spec, newNameOption.spec, rutText.spec, phone.spec, contact.spec, email.spec,
      active.spec,
    ],
    examples: [
      "editar proveedor distribuidora teléfono 229876543",
      "editar proveedor distribuidora contacto \"María Soto\"",
    ],
    mutates: true, right: .purchases
  ) { call in
    let given: [(SupplierField, String?)] = [
      (.name, call[newNameOption]), (.rut, call[rutText]), (.phone, call[phone]),
      (.contact, call[contact]), (.email, call[email]), (.active, call[active]),
    ]
    let changes = given.compactMap { field, value in value.map { (field, $0) } }
    guard changes.count == 1, let (field, value) = changes.first else {
      throw ShellError(Messages.usage(call.spec.usage))
    }
    let s = try call.shop.suppliers.edit(try call[supplier], field: field, value: value)
    return .message(Messages.supplierEdited(s))
  }

  static let deactivate = CommandSpec(
    "desactivar proveedor", group: .stock,
    summary: "Deja de comprarle a un proveedor; sus compras guardan su nombre.",
    params: [supplier.spec], examples: ["desactivar proveedor distribuidora"],
    mutates: true, right: .purchases
  ) { call in
    let s = try call.shop.suppliers.edit(try call[supplier], field: .active, value: "no")
    return .message(Messages.supplierDeactivated(s))
  }
}
