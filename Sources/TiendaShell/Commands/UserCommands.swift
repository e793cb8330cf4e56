import TiendaCore

/// Users, sessions and roles (DESIGN.md §6 "Users").
enum UserCommands {
  static let all: [CommandSpec] = [
    create, list, edit, changePin, deactivate, logIn, logOut, lock, listRoles, showRole, editRole,
  ]

  static let userRef = RequiredParam<String>.positional(
    "usuario", .name, placeholder: "<usuario>", help: "Nombre del usuario.", completion: .users)

  static var pinOption: ParamSpec {
    var p = ParamSpec.option(
      "pin", .text, placeholder: "<pin>",
      help: "Sólo en scripts; en la terminal se pide sin mostrarlo.")
    p.secret = true
    return p
  }
  static let pin = Param<String>(spec: pinOption)

  static let newUserName = RequiredParam<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Nombre del usuario.")
  static let newUserRole = Param<String>.option(
    "rol", .name, placeholder: "cajero|supervisor|dueño", help: "Qué puede hacer.",
    completion: .roles)

  static let create = CommandSpec(
    "crear usuario", group: .users,
    summary:
      "Crea un usuario con su rol y PIN. El primero debe ser dueño y activa el ingreso con PIN.",
    params: [newUserName.spec, newUserRole.spec, pin.spec],
    examples: ["crear usuario maría rol cajero", "crear usuario pepe rol dueño"],
    mutates: true, right: .manageUsers
  ) { call in
    guard let role = call[newUserRole] else {
      throw ShellError(
        Messages.missingRole(first: !call.shop.users.usersExist),
        hint: Messages.usage(call.spec.usage))
    }
    let created = try call.shop.users.addUser(
      NewUserRequest(name: try call[newUserName], role: role)
    ) { try call.context.pin(call[pin], prompt: Messages.newPinPrompt, confirm: true) }
    return .message(
      Messages.userCreated(created.user.name, role: created.user.role.code, first: created.first))
  }

  static let list = CommandSpec(
    "listar usuarios", aliases: ["usuarios"], group: .users,
    summary: "Lista los usuarios, su rol y si están activos.", examples: ["listar usuarios"],
    listing: true, access: .loggedIn
  ) { call in
    let now = call.shop.clock.now()
    return .table(UsersTables.users(try call.shop.users.list(), now: now))
  }

  static let newName = Param<String>.option(
    "nombre", .name, key: "nuevo", placeholder: "<nombre>", help: "Nombre nuevo.")
  static let newRole = Param<String>.option(
    "rol", .name, placeholder: "<rol>", help: "Rol nuevo.", completion: .roles)

  static let edit = CommandSpec(
    "editar usuario", group: .users, summary: "Cambia el nombre o el rol de un usuario.",
    params: [userRef.spec, newName.spec, newRole.spec],
    examples: ["editar usuario maría rol supervisor"], mutates: true, right: .manageUsers
  ) { call in
    let user = try call.shop.users.editUser(
      try call[userRef], newName: call[newName], role: call[newRole])
    return .message(Messages.userEdited(user.name))
  }

  static let pinOwner = Param<String>.positional(
    "usuario", .name, placeholder: "<usuario>", help: "Por omisión, usted.", completion: .users)

  static let changePin = CommandSpec(
    "cambiar pin", group: .users,
    summary: "Cambia el PIN propio (o el de otro usuario, si puede administrar).",
    params: [pinOwner.spec, pin.spec],
    examples: ["cambiar pin", "cambiar pin maría"], mutates: true, access: .loggedIn
  ) { call in
    guard call.shop.users.usersExist else { throw ShellError(Messages.noUsersYet) }
    let target = try call.shop.users.changePin(
      of: call[pinOwner], dialog: PinDialog(call: call, given: call[pin]))
    return .message(Messages.pinChanged(target))
  }

  /// `cambiar pin` at a terminal (or from `pin` and `TIENDA_PIN` in a script).
  struct PinDialog: PinChangeDialog {
    let call: Invocation
    let given: String?

    func authorize(_ right: Right) throws { try call.context.authorize(right) }

    /// Your own PIN: prove you know the current one (an unattended
    /// terminal must not let anyone take over the account).
    func currentPin() throws -> String {
      if let ask = call.context.askSecret {
        guard let typed = ask(Messages.currentPinPrompt) else {
          throw ShellError(Messages.pinRequired)
        }
        return typed
      }
      if let env = call.context.environmentPin { return env }
      throw ShellError(Messages.pinRequired)
    }

    func newPin(own: Bool) throws -> String {
      if own && call.context.askSecret == nil && given == nil {
        throw ShellError(Messages.newPinRequired)
      }
      return try call.context.pin(given, prompt: Messages.newPinPrompt, confirm: true)
    }
  }

  static let deactivate = CommandSpec(
    "desactivar usuario", group: .users,
    summary: "Desactiva un usuario: ya no puede entrar; su nombre queda en la historia.",
    params: [userRef.spec], examples: ["desactivar usuario maría"], mutates: true,
    right: .manageUsers
  ) { call in
    let user = try call.shop.users.deactivateUser(try call[userRef])
    return .message(Messages.userDeactivated(user.name))
  }

  static let logIn = CommandSpec(
    "entrar", group: .users, summary: "Entra como un usuario (pide su PIN sin mostrarlo).",
    params: [userRef.spec, pin.spec], examples: ["entrar maría"], access: .anyone
  ) { call in
    guard call.shop.users.usersExist else { throw ShellError(Messages.noUsersYet) }
    let name = try call[userRef]
    let typed = try call.context.pin(
      call[pin], prompt: Messages.pinPrompt(for: name), confirm: false)
    let user = try call.shop.users.logIn(name, pin: typed)
    return .message(Messages.welcomeUser(user.name, role: user.role.code))
  }

  static let logOut = CommandSpec(
    "salir de sesión", aliases: ["salir de sesion"], group: .users,
    summary: "Cierra la sesión del usuario actual (la tienda sigue abierta).",
    examples: ["salir de sesión"], access: .loggedIn
  ) { call in
    guard call.shop.users.usersExist else { throw ShellError(Messages.noUsersYet) }
    let name = call.shop.actor.userName ?? ""
    try call.shop.users.logOut()
    return .message(Messages.loggedOut(name))
  }

  static let lock = CommandSpec(
    "bloquear", group: .users,
    summary:
      "Bloquea la caja hasta que el mismo usuario o un supervisor escriba su PIN; el ticket abierto se mantiene.",
    examples: ["bloquear"], access: .loggedIn
  ) { call in
    guard call.context.askSecret != nil else { throw ShellError(Messages.lockNeedsTerminal) }
    guard call.shop.actor.userName != nil else { throw ShellError(Messages.lockNeedsUser) }
    call.context.lockRequested = true
    return .none
  }

  static let listRoles = CommandSpec(
    "listar roles", aliases: ["roles"], group: .users,
    summary: "Los roles con sus derechos y topes.", examples: ["listar roles"], listing: true,
    access: .loggedIn
  ) { call in
    .table(UsersTables.roles(try call.shop.users.roles()))
  }

  static let roleRef = RequiredParam<String>.positional(
    "rol", .text, placeholder: "<rol>", help: "cajero, supervisor o dueño.", completion: .roles)

  static let showRole = CommandSpec(
    "ver rol", group: .users, summary: "Los derechos y topes de un rol.",
    params: [roleRef.spec],
    examples: ["ver rol cajero"], listing: true, access: .loggedIn
  ) { call in
    .record(UsersTables.role(try call.shop.users.findRole(try call[roleRef])))
  }

  static let lineCap = Param<Percent>.option(
    "descuento-máximo", key: "descuento_linea", placeholder: "<n%>",
    help: "Tope por línea (el del ticket no cambia).")
  static let ticketCap = Param<Percent>.option(
    "descuento-ticket", key: "descuento_ticket", placeholder: "<n%>",
    help: "Tope por ticket: los descuentos de línea y del ticket juntos, sobre el subtotal.")
  static let refundCap = ClearableParam<Money>.option(
    "devolución-máxima", key: "devolucion", placeholder: "<monto>|sin-límite",
    help: "Tope de devolución sin autorización.", noneWord: "sin-límite")
  static let grant = Param<[String]>.option(
    "permitir", placeholder: "<derecho>, …", help: "Derechos que se agregan.")
  static let revoke = Param<[String]>.option(
    "quitar", placeholder: "<derecho>, …", help: "Derechos que se quitan.")

  static let editRole = CommandSpec(
    "editar rol", group: .users,
    summary: "Cambia los topes de un rol o le da o quita derechos.",
    params: [roleRef.spec, lineCap.spec, ticketCap.spec, refundCap.spec, grant.spec, revoke.spec],
    examples: ["editar rol cajero descuento-máximo 15%", "editar rol cajero permitir anular"],
    mutates: true, right: .manageUsers
  ) { call in
    var change = RoleChange()
    // Each cap is set by its own word: raising the line cap never raises
    // the ticket's, which bounds line and ticket discounts together (§8.6).
    change.maxLineDiscount = call[lineCap]
    change.maxTicketDiscount = call[ticketCap]
    change.maxRefund = call[refundCap].update
    func rights(_ param: Param<[String]>) throws -> [Right] {
      try (call[param] ?? []).map { text in
        guard let right = Right.named(text) else {
          throw ShellError(
            Messages.unknownRight(
              text, suggestion: closestMatch(to: text, among: Right.allCases.map(\.rawValue))))
        }
        return right
      }
    }
    change.grant = try rights(grant)
    change.revoke = try rights(revoke)
    let role = try call.shop.users.editRole(try call[roleRef], change)
    if change.maxLineDiscount != nil && change.maxTicketDiscount == nil
      && role.maxLineDiscount > role.maxTicketDiscount
    {
      return .lines([
        Messages.roleEdited(role.code),
        RightsMessages.ticketCapStays(role.code, role.maxTicketDiscount),
      ])
    }
    return .message(Messages.roleEdited(role.code))
  }
}
