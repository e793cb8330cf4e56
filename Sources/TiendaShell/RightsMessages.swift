import TiendaCore

/// Wording of rights, logins and discount caps (DESIGN.md §8.5, §8.6).
enum RightsMessages {
  /// A command refused at the locked screen: it names `entrar`, the right
  /// when there is one, and what does run logged out.
  static func needsLogin(_ command: String, right: Right?, roles: [String], open: [String])
    -> String
  {
    var text = "«\(command)» necesita entrar"
    if let right {
      text += " con un usuario que tenga el derecho «\(right.rawValue)»"
      if !roles.isEmpty { text += " (" + roles.joined(separator: " o ") + ")" }
    }
    text += ": use «entrar <usuario>» (en scripts, --usuario con TIENDA_PIN o TIENDA_PIN_ARCHIVO)."
    if !open.isEmpty {
      text += " Sin entrar sólo funcionan " + list(open) + "."
    }
    return text
  }

  /// `a, b y c`, each in «».
  static func list(_ words: [String]) -> String {
    let quoted = words.map { "«\($0)»" }
    guard quoted.count > 1 else { return quoted.first ?? "" }
    return quoted.dropLast().joined(separator: ", ") + " y " + quoted.last!
  }
}
