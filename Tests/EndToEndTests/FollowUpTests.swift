import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Fresh-eye follow-up: problems a tester found after issues 12 and 13,
/// each through the real binary.
@Suite(.serialized) struct FollowUpTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "configurar tienda nombre \"Feria Don Pepe\"",
      "crear producto \"Pan amasado\" precio 1000 stock 40")
  }

  func job(_ n: Int = 1) throws -> [String: Any] {
    try #require(try box.rows("cola de impresión como json").first { $0["numero"] as? Int == n })
  }

  // A. A web server at the printer's address is not a printer: its reply
  // is not read as a status byte.
  @Test func aReplyThatIsNotAStatusByteLeavesTheJobUncertain() throws {
    let server = try PrinterListener(mode: .httpReply)
    try box.ok("configurar impresora caja tcp 127.0.0.1:\(server.port)")
    let r = try box.tienda(
      ["-c", "vender 1 pan pagar efectivo"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    let j = try job()
    #expect(j["estado"] as? String == "incierto", "\(j)")
    let error = j["error"] as? String ?? ""
    #expect(error.contains("no es el estado de una impresora"), "\(j)")
    #expect(error.contains("estado no"), "\(j)")
    #expect(!error.contains("papel") && !error.contains("fuera de línea"), "\(j)")
  }

  // A. One byte that does not fit the status pattern (bit 4 clear) is not
  // a printer's answer either; before, it was skipped and the job waited
  // out the 2 s as if the printer had said nothing.
  @Test func aSingleByteThatIsNotAStatusLeavesTheJobUncertain() throws {
    let device = try PrinterListener(mode: .answers(0x00))
    try box.ok("configurar impresora caja tcp 127.0.0.1:\(device.port)")
    let r = try box.tienda(
      ["-c", "vender 1 pan pagar efectivo"], env: ["TIENDA_ESPERA_IMPRESION": "8000"])
    #expect(r.status == 0, "\(r.transcript)")
    let j = try job()
    #expect(j["estado"] as? String == "incierto", "\(j)")
    #expect((j["error"] as? String ?? "").contains("no es el estado de una impresora"), "\(j)")
    #expect(device.answerCount == 1)
  }

  /// `ventas` as the table the shopkeeper reads.
  func salesTable() throws -> String {
    let r = try box.ok("ventas")
    return r.stdout
  }

  // C. The footer of `ventas` does not count a voided sale as sold; the
  // Estado column counts returns.
  @Test func theSalesFooterIsNetOfVoidsAndReturns() throws {
    try box.ok(
      "vender 1 pan pagar efectivo 1000", "anular venta 1 motivo \"cobro duplicado\"")
    var out = try salesTable()
    // Oracle: sold minus refunded, from the ledger tables.
    var net = try box.count(
      "SELECT (SELECT coalesce(sum(total), 0) FROM sales) - (SELECT coalesce(sum(total), 0) FROM refunds)"
    )
    #expect(net == 0)
    #expect(out.contains("1 venta, 1 anulada · Neto $0"), "\(out)")
    #expect(out.contains("Vendido $1.000, devuelto $1.000."), "\(out)")
    #expect(!out.contains("1 venta · $1.000"), "\(out)")

    try box.ok(
      "vender 5 pan pagar efectivo", "devolver venta 2 1 pan motivo duro",
      "devolver venta 2 1 pan motivo frío")
    out = try salesTable()
    #expect(out.contains("2 devoluciones"), "\(out)")
    #expect(!out.contains("devolución, devolución"), "\(out)")
    net = try box.count(
      "SELECT (SELECT coalesce(sum(total), 0) FROM sales) - (SELECT coalesce(sum(total), 0) FROM refunds)"
    )
    let sold = try box.count("SELECT sum(total) FROM sales")
    let back = try box.count("SELECT sum(total) FROM refunds")
    #expect(net == 3000 && sold == 6000 && back == 3000)
    #expect(
      out.contains("2 ventas, 1 anulada, 1 con devolución · Neto $3.000"), "\(out)")
    #expect(out.contains("Vendido $6.000, devuelto $3.000."), "\(out)")
    let rows = try box.rows("ventas como json")
    #expect(rows.compactMap { $0["estado"] as? String } == ["anulación", "2 devoluciones"])
  }

  // F. Returning more than what is left on a named line names the line.
  @Test func anOverReturnOnANamedLineNamesTheLine() throws {
    try box.ok("crear producto Leche precio 900 stock 10")
    let r = try box.tienda(
      [],
      stdin: ["vender", "2 pan", "1 leche", "3 pan a 800", "pagar efectivo"].joined(
        separator: "\n") + "\n")
    #expect(r.status == 0, "\(r.transcript)")
    let refused = try box.refused("devolver venta 1 4 pan línea 3")
    #expect(refused.contains("la línea 3 de la venta 1 tiene 3 de «Pan amasado»"), "\(refused)")
    #expect(refused.contains("serían 4"), "\(refused)")
    #expect(!refused.contains("la venta tiene 3"), "\(refused)")
    // Without a line, the sale as a whole (pan on one open line here).
    _ = try box.ok("devolver venta 1 línea 3")
    let whole = try box.refused("devolver venta 1 3 pan")
    #expect(whole.contains("la venta tiene 2 de «Pan amasado»"), "\(whole)")
  }

  // H. The «Uso:» line of an error is wrapped at the width (80 on a pipe),
  // its continuation lines indented.
  @Test func theUsageLineOfAnErrorIsWrapped() throws {
    let r = try box.tienda(["-c", "crear producto Queso precio"])
    #expect(r.status != 0, "\(r.transcript)")
    let lines = r.stderr.split(separator: "\n").map(String.init)
    let usage = try #require(
      lines.firstIndex { $0.hasPrefix("  Uso: crear producto") }, "\(r.stderr)")
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(r.stderr)")
    #expect(usage + 1 < lines.count, "\(r.stderr)")
    for line in lines[(usage + 1)...] { #expect(line.hasPrefix("       "), "\(r.stderr)") }
    // Nothing of the usage was lost: the pieces joined are the whole line.
    let joined = lines[usage...].map { $0.trimmingCharacters(in: .whitespaces) }.joined(
      separator: " ")
    let docs = try String(
      contentsOf: PackagePaths.root.appendingPathComponent("Docs/comandos.md"), encoding: .utf8)
    let whole = try #require(docs.split(separator: "\n").first { $0.hasPrefix("crear producto ") })
    #expect(joined == "Uso: " + whole, "\(joined)")
  }
}
