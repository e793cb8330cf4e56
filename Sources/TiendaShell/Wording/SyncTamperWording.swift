import TiendaCore

/// Wording for a shop file edited by hand where the sync depends on it
/// (issue 23, last tryout).
enum SyncTamperMessages {
  /// `sucursal.id` emptied or changed with sqlite3.
  static func badBranchID(_ id: String) -> String {
    let shown = ControlCharacters.escaping(String(id.prefix(40)))
    return
      "El identificador de esta sucursal («\(shown)») no es el que tienda le dio: el archivo"
      + " se editó fuera de tienda. No se envió nada, para no crear otra sucursal en la central."
      + " Restaure un respaldo, o vuelva a poner en «sucursal.id» el identificador que muestra"
      + " la central (SELECT id, nombre FROM tienda.sucursales)."
  }

  /// `outbox_epochs` emptied or changed with sqlite3.
  static func eventWithoutEpoch(_ seq: Int64) -> String {
    "El evento N° \(seq) de la bandeja de salida no tiene época: la tabla outbox_epochs se editó"
      + " fuera de tienda. El envío se detuvo ahí, para que la central no reciba dos veces lo que"
      + " ya tiene; lo enviado antes quedó bien. Restaure un respaldo."
  }

  /// `verificar base`: tables of the outbox dropped with sqlite3.
  static func missingTables(_ names: [String]) -> String {
    (names.count == 1 ? "falta la tabla " : "faltan las tablas ")
      + names.joined(separator: ", ")
      + " de la bandeja de salida: alguien " + (names.count == 1 ? "la" : "las")
      + " borró; nada se puede guardar ni enviar a la"
      + " central. Restaure un respaldo"
  }
}
