import Foundation
import Testing

/// What the differential run of issue 14 noticed (the same in the old and
/// the new binary), fixed after it.
///
/// `TIENDA_PIN` with a line end (`TIENDA_PIN="$(cat pin.txt)"` keeps none,
/// but an editor or `printf '4321\n'` does): the blanks are not part of the
/// PIN, as in a PIN file, so cron logs in instead of counting a failed
/// attempt towards the lockout.
@Suite struct DifferentialFollowUpTests {
  @Test func aLineEndAroundThePinIsNotPartOfIt() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear usuario ana rol dueño pin 4321").status == 0)
    for (i, pin) in ["4321\n", "4321\r\n", " 4321\t"].enumerated() {
      let r = try box.tienda(
        ["--usuario", "ana", "-c", "crear categoría bebidas\(i)"], env: ["TIENDA_PIN": pin])
      #expect(r.status == 0, "\(pin.debugDescription): \(r.transcript)")
    }
    // No failed attempt was counted (the oracle: the users table itself).
    let failed = try box.sqlite(box.db, "SELECT failed_attempts FROM users WHERE name = 'ana'")
    #expect(failed.stdout == "0\n", "\(failed.transcript)")
    // A wrong PIN is still wrong, blanks or not.
    let wrong = try box.tienda(
      ["--usuario", "ana", "-c", "crear categoría lácteos"], env: ["TIENDA_PIN": "4322\n"])
    #expect(wrong.status != 0, "\(wrong.transcript)")
  }

  /// `crear kit … con 0 té` said «Un kit necesita componentes con
  /// cantidad», as if none were given; it names the component now.
  @Test func aKitComponentWithQuantityZeroIsNamed() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear producto té precio 500").status == 0)
    let r = try box.commands("crear kit Once precio 5000 con 0 té")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      r.stderr.contains("La cantidad de «té» en el kit debe ser mayor que 0"), "\(r.transcript)")
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM products").stdout == "1\n")
  }

  /// `ingreso` and `retiro` showed `[motivo "…"]` as optional, yet refuse
  /// without it: the usage says it is required now, and the refusal still
  /// says what to write.
  @Test func theReasonOfACashMovementShowsAsRequired() throws {
    let box = try Sandbox()
    for command in ["ingreso", "retiro"] {
      let help = try box.commands("ayuda \(command)")
      #expect(help.stdout.contains("\(command) <monto> motivo \"…\"\n"), "\(help.transcript)")
    }
    let r = try box.commands("abrir caja 0", "ingreso 500")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("Falta el motivo: agregue, por ejemplo"), "\(r.transcript)")
  }

  /// `1 pan a -5` said «No encontré el producto «pan a -5»»: the negative
  /// price is read as a price, and refused as one, in a one-line sale and
  /// in the ticket.
  @Test func aNegativePriceInALineIsRefusedAsAPrice() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear producto pan precio 500").status == 0)
    let before = try box.dump()
    for line in ["vender 1 pan a -5 pagar efectivo 1000", "agregar 1 pan a -5"] {
      let r = try box.commands(line)
      #expect(r.status == 1, "\(r.transcript)")
      #expect(r.stderr.contains("El monto «-5» no puede ser negativo."), "\(r.transcript)")
    }
    #expect(try box.dump() == before)
  }

  /// A typed colour sequence (`ESC[31m`, the one tienda's own red prefix
  /// uses) came back raw in the line echoed under the error and coloured
  /// the terminal; it is escaped like any other control character, and the
  /// carets stay under it.
  @Test func aTypedColourSequenceIsEscapedInTheEcho() throws {
    let box = try Sandbox()
    let r = try box.tienda(["-c", "vender 1 \u{1B}[31mpan"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(!r.stderr.unicodeScalars.contains("\u{1B}"), "\(r.transcript)")
    let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count >= 2 && lines[0] == "  vender 1 \\x1B[31mpan", "\(r.transcript)")
    #expect(lines.count >= 2 && lines[1] == "           ^^^^", "\(r.transcript)")
  }

  /// In one `--atómico` run, `vender …` then `imprimir ticket 1` queued two
  /// originals (the first job was still waiting for the commit, so it did
  /// not count as printed); the second is a copy now: one original per sale.
  @Test func aTicketPrintedAgainInTheSameAtomicRunIsACopy() throws {
    let box = try Sandbox()
    let paper = box.path("papel.txt")
    #expect(
      try box.commands(
        "crear producto té precio 500 stock 10",
        "configurar impresora caja archivo \(paper) lenguaje texto"
      ).status == 0)
    let r = try box.tienda([
      "--atómico", "-c", "vender 1 té pagar efectivo 500", "-c", "imprimir ticket 1",
    ])
    #expect(r.status == 0, "\(r.transcript)")
    let jobs = try box.sqlite(box.db, "SELECT document, copy FROM print_jobs ORDER BY id")
    #expect(jobs.stdout == "venta:1|0\nventa:1|1\n", "\(jobs.transcript)")
  }

  /// `--simular` showed a waiting ticket again after every later command:
  /// each job is previewed once.
  @Test func aSimulationShowsEachTicketOnce() throws {
    let box = try Sandbox()
    #expect(
      try box.commands(
        "crear producto té precio 500 stock 10", "configurar impresora caja pantalla"
      )
      .status == 0)
    let r = try box.tienda([
      "--simular", "-c", "vender 1 té pagar efectivo 500", "-c", "crear categoría x", "-c",
      "crear categoría y",
    ])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.components(separatedBy: "[se imprimiría en «caja»]").count == 2, "\(r.stdout)")
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM print_jobs").stdout == "0\n")
  }
}
