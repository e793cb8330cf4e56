/// Spanish wording for the fresh-eye follow-up: a device that answers
/// something other than an ESC/POS status byte.
extension PrintText {
  static let notAPrinter =
    "el equipo en esa dirección contestó algo que no es el estado de una impresora: no sé si imprimió (revise la dirección con «listar impresoras»; si es una impresora que no informa su estado: «configurar impresora … estado no»)"
}
