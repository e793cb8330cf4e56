import TiendaCore

/// Hooks: scripts that run after an event commits (`Run/EventHooks.swift`).
enum HookCommands {
  static let all: [CommandSpec] = [onClose, onSale, list, remove]

  static let file = RequiredParam<String>.positional(
    "archivo", .text, placeholder: "<archivo>",
    help: "El script (.tienda); se guarda con su ruta completa.")
  static let hookArguments = Param<[Token]>.positional(
    "argumentos", placeholder: "<argumentos…>",
    help: "Valores fijos para ${1}, ${2}… y «parámetro».")
  static let practice = FlagParam(
    "práctica", key: "practica", help: "Que corra también en modo práctica.")
  static let limit = Param<Int64>.option(
    "límite", key: "limite", placeholder: "<segundos>",
    help: "Cuánto puede durar (60 s si no se indica; 1 a 3600).")
  static let number = RequiredParam<Int64>.positional(
    "numero", placeholder: "<n>", help: "El número que muestra «listar eventos».")

  static let hookDetails =
    "Corre en el mismo proceso después de que el evento se guardó, con el usuario de la sesión, y nunca lo deshace: si el script falla, se avisa y queda en la bitácora. No corre con --simular, ni en modo práctica salvo con «práctica»; en un script --atómico corre después de guardar todo. Sus propias ventas y cierres no disparan eventos. Se detiene entre dos comandos al pasar su límite."

  static let onClose = CommandSpec(
    "al cerrar caja ejecutar", group: .shell,
    summary: "Ejecuta un script cada vez que se cierra la caja (con $caja y $z).",
    details: hookDetails, params: [file.spec, limit.spec, practice.spec, hookArguments.spec],
    examples: [
      "al cerrar caja ejecutar cierre.tienda", "al cerrar caja ejecutar respaldo.tienda límite 300",
    ],
    mutates: true, right: .manageUsers
  ) { call in try save(.closeRegister, call) }

  static let onSale = CommandSpec(
    "al vender ejecutar", group: .shell,
    summary: "Ejecuta un script después de cada venta (con $venta, $caja y $z).",
    details: hookDetails, params: [file.spec, limit.spec, practice.spec, hookArguments.spec],
    examples: ["al vender ejecutar aviso-stock.tienda"], mutates: true, right: .manageUsers
  ) { call in try save(.sale, call) }

  static func save(_ event: HookEvent, _ call: Invocation) throws -> CommandResult {
    let path = Files.resolved(call.context.scriptPath(try call[file]))
    if Files.isProtected(path, call.context.protectedPaths) {
      throw ShellError(Messages.hookIsShopFile(path))
    }
    // Refused now, not at the first sale: the file must be readable.
    _ = try Files.read(path)
    let hook = try call.shop.hooks.add(
      event, script: path, arguments: (call[hookArguments] ?? []).map(\.text),
      inPractice: call[practice], limit: Int(call[limit] ?? Int64(EventHook.defaultLimit)))
    return .message(Messages.hookSaved(hook))
  }

  static let list = CommandSpec(
    "listar eventos", group: .shell,
    summary: "Lista los scripts que corren al cerrar la caja o al vender.",
    examples: ["listar eventos"], listing: true, right: .manageUsers
  ) { call in .table(HooksTables.hooks(call.shop.hooks.list())) }

  static let remove = CommandSpec(
    "borrar evento", group: .shell, summary: "Quita un evento (el script no se borra).",
    params: [number.spec], examples: ["borrar evento 2"], mutates: true, right: .manageUsers
  ) { call in
    .message(Messages.hookRemoved(try call.shop.hooks.remove(Int(try call[number]))))
  }
}
