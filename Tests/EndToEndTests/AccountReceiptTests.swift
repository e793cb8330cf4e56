import Foundation
import Testing

/// Receipts of customer accounts (issue 16 B): an abono and a loan print a
/// slip after their commit; `imprimir estado de cuenta` prints the
/// statement; a ticket-mode sale on credit checks the limit at `pagar`.
@Suite struct AccountReceiptTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Almacén Don Pepe\"", "crear producto Pan precio 1000 stock 100",
      "abrir caja 20000", "crear cliente \"Juan Pérez\" rut 12.345.678-5 límite 10000")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  func printed(_ path: String, from offset: Int = 0) throws -> (bytes: [UInt8], text: String) {
    let all = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let bytes = Array(all[offset...])
    return (all, String(decoding: bytes.filter { $0 >= 0x20 && $0 < 0x7F }, as: UTF8.self))
  }

  @Test func abonoAndLoanPrintTheirReceipts() throws {
    try box.ok("vender 5 pan cliente juan pagar fiado")
    let path = box.path("lp0")
    try box.ok("configurar impresora usb archivo \(path) ancho 42")
    try box.ok("abonar 12.345.678-5 2000 transferencia ref 4455")
    let (bytes, text) = try printed(path)
    #expect(text.contains("ABONO A CUENTA"), "\(text)")
    #expect(text.contains("Juan P"), "\(text)")
    #expect(text.contains("12.345.678-5"), "\(text)")
    #expect(text.contains("$2.000") && text.contains("$3.000"), "\(text)")
    #expect(text.contains("4455"), "\(text)")
    #expect(try sql("SELECT kind, document FROM print_jobs") == "cuenta|cuenta:2\n")
    try box.ok("prestar juan 1500 motivo \"remedios\"")
    let loan = try printed(path, from: bytes.count).text
    #expect(loan.contains("PR") && loan.contains("STAMO"), "\(loan)")
    #expect(loan.contains("$1.500") && loan.contains("$4.500"), "\(loan)")
    #expect(loan.contains("Firma cliente"), "\(loan)")
    // The statement, on paper.
    let before = try printed(path).bytes.count
    try box.ok("imprimir estado de cuenta juan")
    let statement = try printed(path, from: before).text
    #expect(statement.contains("ESTADO DE CUENTA"), "\(statement)")
    #expect(statement.contains("$4.500"), "\(statement)")
  }

  @Test func ticketModeChecksTheLimitAtPagar() throws {
    // 8.000 already owed of 10.000.
    try box.ok("vender 8 pan cliente juan pagar fiado")
    let r = try box.commands("vender", "cliente juan", "3 pan", "pagar fiado")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("le quedan $2.000"), "\(r.transcript)")
    #expect(r.stdout.contains("Saldo $8.000"), "\(r.stdout)")
    #expect(r.stdout.contains("Disponible $2.000"), "\(r.stdout)")
    // The ticket stays open without the payment; 2.000 on credit and the
    // rest in cash closes it.
    let paid = try box.commands("pagar fiado 2000", "pagar efectivo 1000")
    #expect(paid.status == 0, "\(paid.transcript)")
    #expect(try sql("SELECT sum(amount) FROM account_moves") == "10000\n")
    #expect(
      try sql("SELECT method, amount FROM payments WHERE sale_id = 2 ORDER BY id")
        == "fiado|2000\nefectivo|1000\n")
  }
}
