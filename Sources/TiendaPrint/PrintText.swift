import TiendaCore

/// Every word printed on paper, in Spanish (es-CL), in one place for the
/// printing layer.
public enum PrintText {
  static let notABoleta = "NO VÁLIDO COMO BOLETA"
  static func boleta(_ n: String) -> String { "Boleta N° \(n)" }
  static let copy = "*** COPIA ***"
  static let practice = "*** PRÁCTICA ***"
  static let giftTitle = "TICKET DE REGALO"
  static let giftNote = "Para cambios presente este ticket."
  static func rut(_ r: String) -> String { "RUT " + r }
  static func sale(_ n: Int64, register: String) -> String { "Venta \(n) · \(register)" }
  static func cashier(_ name: String) -> String { "Atendió: " + name }
  static func customer(_ name: String) -> String { "Cliente: " + name }
  static func customerRut(_ rut: String) -> String { "RUT: " + rut }
  static let owner = "dueño"
  static let subtotal = "Subtotal"
  static let lineDiscount = "  Descuento"
  /// A promotion under the line it touched (issue 19).
  static func promotion(_ name: String) -> String { "  Promo " + name }
  static let ticketDiscount = "Descuento"
  static func coupon(_ code: String) -> String { "Cupón " + code }
  static let total = "TOTAL"
  static let net = "Neto"
  static let rounding = "Redondeo"
  static let change = "Vuelto"
  static func method(_ m: PaymentMethod) -> String {
    m.rawValue.prefix(1).uppercased() + m.rawValue.dropFirst()
  }
  static func reference(_ r: String) -> String { "  ref " + r }
  /// A payment's reference on paper: a gift card's code pays like cash in
  /// the bearer's hand, so a sale's ticket shows only its last 4 characters.
  static func reference(_ r: String, method: PaymentMethod) -> String {
    guard method == .giftCard, r.count > 4 else { return reference(r) }
    return reference("****" + r.suffix(4))
  }
  static func note(_ n: String) -> String { "  Nota: " + n }
  static func refundTitle(_ kind: String, _ n: Int64) -> String {
    (kind == "anulación" ? "ANULACIÓN " : "DEVOLUCIÓN ") + String(n)
  }
  static func ofSale(_ n: Int64) -> String { "De la venta \(n)" }
  static let refunded = "DEVUELTO"
  static func reason(_ r: String) -> String { "Motivo: " + r }
  static func approvedBy(_ name: String) -> String { "Autorizó: " + name }
  static let signature = "Firma cliente: ____________________"
  static func holdTitle(_ n: Int64) -> String { "TICKET SOSTENIDO \(n)" }
  static func quoteTitle(_ n: Int64) -> String { "COTIZACIÓN \(n)" }
  static func quoteFor(_ name: String) -> String { "Para: " + name }
  static func validUntil(_ d: LocalDate) -> String { "Válida hasta el " + d.description }
  static let holdNote = "Presente este papel en caja para retomarlo."
  static let testTitle = "PRUEBA DE IMPRESORA"
  static func testPrinter(_ name: String, width: Int, page: Int) -> String {
    "\(name) · \(width) columnas · página de códigos \(page)"
  }
  static let testAccents = "áéíóú ÁÉÍÓÚ ñÑ üÜ ¿? ¡! ° ª º $ €"
  static let testSentence = "El pingüino Ñandú comió ají, piñón y güisquis: ¡qué rico!"
  static let drawerMark = "[abre el cajón]"
  static let cutMark = "---------------- corte ----------------"
  static func ean13Mark(_ digits: String) -> String { "[EAN-13 \(digits)]" }
  static func code128Mark(_ data: String) -> String { "[Code 128 \(data)]" }
}

extension PrintText {
  // Transport errors (shown in `cola de impresión`).
  static let writeTimeout = "la impresora no recibió los datos a tiempo"
  static func permissionDenied(_ path: String) -> String {
    "sin permiso para escribir en \(path): agregue su usuario al grupo lp (sudo adduser $USER lp) y vuelva a entrar"
  }
  static func noSuchDevice(_ path: String) -> String {
    "no existe \(path): ¿está conectada y encendida la impresora?"
  }
  static func cannotOpen(_ path: String, _ why: String) -> String {
    "no pude abrir \(path): \(why)"
  }
  static func unknownHost(_ target: String) -> String { "no encuentro la dirección \(target)" }
  static func connectFailed(_ target: String, _ why: String) -> String {
    "no pude conectar con \(target): \(why)"
  }
  static func noAnswer(_ target: String) -> String {
    "\(target) no responde: ¿está encendida y en la red?"
  }
  static let noLp = "falta el programa lp (apt-get install cups-client)"
  static func lpTimeout(_ queue: String) -> String { "lp no terminó a tiempo con la cola \(queue)" }
  static func lpFailed(_ queue: String, _ why: String) -> String {
    "CUPS rechazó el trabajo en la cola \(queue)" + (why.isEmpty ? "" : ": " + why)
  }
}

extension PrintText {
  static let cannotRender = "no pude armar el documento (¿se borró lo que había que imprimir?)"
}

extension PrintText {
  static func previewHeader(_ printer: String) -> String { "[se imprimiría en «\(printer)»]" }
  static func binaryJob(_ bytes: Int) -> String { "[PDF de \(bytes) bytes]" }
}
