import TiendaCore

// MARK: - Users and sessions
extension Messages {
  public static func approvalNeeded(user: String, right: Right, roles: [String]) -> String {
    "«\(user)» no tiene el derecho «\(right.rawValue)». Puede autorizarlo ahora alguien con rol "
      + roles.joined(separator: " o ") + " (o Enter para cancelar)."
  }
  public static let approverPrompt = "Autoriza (usuario): "
  public static func pinPrompt(for user: String) -> String { "PIN de \(user): " }
  public static let pinAgain = "Repita el PIN: "
  public static let currentPinPrompt = "PIN actual: "
  public static let pinCancelled = "Cancelado: no se cambió nada."
  static let newPinRequired =
    "Falta el PIN nuevo: agregue «pin 1234» (TIENDA_PIN es el PIN actual)."
  static let noUsersYet =
    "Esta tienda no tiene usuarios: todo corre como dueño, sin PIN. Cree el primero con: crear usuario pepe rol dueño"
  public static let newPinPrompt = "PIN nuevo (4 a 8 dígitos): "
  public static let pinRequired =
    "Falta el PIN: escríbalo en una terminal, o use «pin 1234»; en scripts, la variable TIENDA_PIN o TIENDA_PIN_ARCHIVO (un archivo 0600)."
  public static let userPrompt = "Usuario: "
  public static let loginNeeded = "Esta tienda tiene usuarios: entre con su nombre y PIN."
  public static func welcomeUser(_ name: String, role: String) -> String {
    "Hola, \(name) (\(role))."
  }
  public static func userCreated(_ name: String, role: String, first: Bool) -> String {
    "Usuario «\(name)» creado con rol \(role)."
      + (first ? " Desde ahora se entra con usuario y PIN." : "")
  }
  static func userEdited(_ name: String) -> String { "Usuario «\(name)» actualizado." }
  static func pinChanged(_ name: String) -> String { "PIN de «\(name)» cambiado." }
  static func userDeactivated(_ name: String) -> String {
    "Usuario «\(name)» desactivado; su nombre queda en la historia."
  }
  static func loggedOut(_ name: String) -> String { "Sesión de «\(name)» cerrada." }
  public static func locked(_ name: String) -> String {
    "Caja bloqueada por \(name). Escriba su PIN para seguir (o Enter para que entre un supervisor)."
  }
  public static let unlockNeedsSupervisor =
    "Sólo el mismo usuario, un supervisor o un dueño pueden desbloquear."
  static let lockNeedsTerminal = "«bloquear» sólo sirve en la consola interactiva."
  static let lockNeedsUser = "No hay sesión que bloquear: nadie ha entrado."
  static func roleEdited(_ code: String) -> String { "Rol «\(code)» actualizado." }
  static func unknownRight(_ text: String, suggestion: String?) -> String {
    var message = "No conozco el derecho «\(text)»."
    if let suggestion { message += " ¿Quiso decir «\(suggestion)»?" }
    return message + " Derechos: " + Right.allCases.map(\.rawValue).joined(separator: ", ") + "."
  }
  static let noLimit = "sin límite"
  static let noUsers =
    "No hay usuarios: todo corre como dueño, sin PIN. Cree el primero con: crear usuario pepe rol dueño"
  static let ownerName = "dueño"
  static let nobody = "(nadie: use «entrar <usuario>»)"

  /// `crear usuario` without `rol` (the user wrote no «rol» at all).
  static func missingRole(first: Bool) -> String {
    "Falta el rol del usuario: «rol cajero», «rol supervisor» o «rol dueño»"
      + (first ? " (el primer usuario debe ser dueño)." : ".")
  }
}

/// Wording of rights, logins and discount caps (DESIGN.md §8.5, §8.6).
enum RightsMessages {
  /// A command refused at the locked screen: it names `entrar`, the right
  /// when there is one, and what does run logged out.
  static func needsLogin(_ command: String, right: Right?, roles: [String], open: [String])
    -> String
  {
    var text = "Nadie ha entrado: «\(command)» necesita "
    if let right {
      text += "un usuario con el derecho «\(right.rawValue)»"
      if !roles.isEmpty { text += " (" + alternatives(roles) + ")" }
    } else {
      text += "un usuario"
    }
    text += "; use «entrar <usuario>» (en scripts, --usuario con TIENDA_PIN o TIENDA_PIN_ARCHIVO)."
    if !open.isEmpty {
      text += " Sin entrar sólo funcionan " + list(open) + "."
    }
    return text
  }

  /// `a, b o c`.
  static func alternatives(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " o " + words.last!
  }

  /// `a, b y c`, each in «».
  static func list(_ words: [String]) -> String {
    let quoted = words.map { "«\($0)»" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " y " + quoted.last!
  }
}

extension RightsMessages {
  static func describe(_ error: AccessError) -> String {
    switch error {
    case .missingPin(let user):
      return
        "Falta el PIN de «\(user)»: no se contó como intento fallido. Escríbalo, o en scripts use TIENDA_PIN o TIENDA_PIN_ARCHIVO."
    case .ticketDiscountOverCap(let percent, let cap, let user):
      return
        "Con este descuento, los descuentos del ticket (líneas y total) suman \(TextFormat.percent(percent)) del subtotal y superan el tope por ticket de «\(user)» (\(TextFormat.percent(cap))); se necesita la autorización de un supervisor."
    }
  }

  static func pinFileUnreadable(_ path: String, reason: String) -> String {
    "No pude leer el archivo del PIN «\(path)» (TIENDA_PIN_ARCHIVO): \(reason)."
  }
  static func pinFileNotRegular(_ path: String) -> String {
    "«\(path)» (TIENDA_PIN_ARCHIVO) no es un archivo común: guarde el PIN en un archivo con permisos 0600."
  }
  static func pinFileOpen(_ path: String, mode: UInt32) -> String {
    let octal = String(mode, radix: 8)
    return
      "El archivo del PIN «\(path)» tiene permisos \(String(repeating: "0", count: max(0, 4 - octal.count)) + octal): otros usuarios pueden leerlo o cambiarlo, así que no lo uso. Déjelo sólo para usted con: chmod 600 \(path)"
  }
  static func pinFileEmpty(_ path: String) -> String {
    "El archivo del PIN «\(path)» (TIENDA_PIN_ARCHIVO) está vacío: escriba el PIN en él."
  }
}

extension RightsMessages {
  /// After raising a role's line cap above its ticket cap.
  static func ticketCapStays(_ role: String, _ cap: Percent) -> String {
    "El tope por ticket de \(role) sigue en \(TextFormat.percent(cap)) (cubre los descuentos de línea y del ticket juntos); para subirlo: editar rol \(role) descuento-ticket <n%>"
  }
}

extension RightsMessages {
  /// `a, b y c`.
  static func plainList(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " y " + words.last!
  }
}

extension RightsMessages {
  /// Who may run a command, for `ayuda <comando>` and `Docs/comandos.md`.
  static func accessLine(_ access: Access) -> String {
    switch access {
    case .anyone: return "Quién: cualquiera, también sin entrar."
    case .loggedIn: return "Quién: cualquier usuario que haya entrado (con usuarios creados)."
    case .right(let right): return "Quién: un usuario con el derecho «\(right.rawValue)»."
    }
  }
}

extension AccessError: WordedError {
  func wording(currency: Currency) -> String { RightsMessages.describe(self) }
}

// MARK: - Table headers
/// Column headers and record labels of the users' tables (users, roles).
/// The keys beside them are the CSV and JSON names, in UsersTables.swift.
enum UsersHeadings {
  static let user = "Usuario"
  static let role = "Rol"
  static let active = "Activo"
  static let locked = "Bloqueado"
  static let lineDiscount = "Descuento línea"
  static let ticketDiscount = "Descuento ticket"
  static let maxRefund = "Devolución máxima"
  static let rights = "Derechos"
  static let maxLineDiscount = "Descuento máximo por línea"
  static let maxTicketDiscount = "Descuento máximo por ticket"
}
