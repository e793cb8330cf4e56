import Foundation
import Testing

/// Hooks (issue 17 item 5): `al cerrar caja ejecutar …` and `al vender
/// ejecutar …` run a saved script in the same process after the event
/// commits, with a time bound; they never undo the event, never fire
/// themselves again, and do not run under `--simular` or practice mode.
/// Checked through the binary, against the files the scripts write and
/// the ledger (sqlite3).
@Suite struct HookTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok("crear producto Pan precio 1000 stock 100")
  }

  func sql(_ query: String) throws -> String {
    try box.sqlite(box.db, query).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func refused(_ line: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let r = try box.tienda(["-c", line])
    #expect(r.status == 1, "\(r.transcript)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(message), "\(r.transcript)", sourceLocation: sourceLocation)
  }

  @Test func aSaleRunsItsHookWithItsNumberAndTheHookDoesNotFireItself() throws {
    // The hook itself sells: that sale must not run the hook again.
    let script = try box.write(
      "aviso.tienda",
      "ver venta $venta como csv > \(box.path("venta-$venta.csv"))\nvender 1 pan pagar efectivo\n")
    try box.ok("al vender ejecutar \(script)")
    let r = try box.ok("vender 2 pan pagar efectivo")
    #expect(r.stdout.contains("Evento al vender: «\(script)» terminó bien"), "\(r.transcript)")
    // Two sales: the one typed and the hook's own; no third.
    #expect(try sql("SELECT group_concat(number) FROM sales") == "1,2")
    let csv = try box.read("venta-1.csv")
    #expect(csv.contains("Pan"), "\(csv)")
    #expect(!FileManager.default.fileExists(atPath: box.path("venta-2.csv")))
    // Journaled, with its exit status.
    #expect(
      try sql(
        "SELECT json_extract(after, '$.estado') FROM journal WHERE action = 'evento.ejecutar'")
        == "0")
    // Ticket mode: the sale completed by `pagar` runs it too.
    try box.ok("vender 1 pan", "pagar efectivo")
    #expect(FileManager.default.fileExists(atPath: box.path("venta-3.csv")))
  }

  @Test func aFailingClosingHookIsReportedAndJournaledButTheClosingStays() throws {
    let export = try box.write(
      "cierre.tienda", "informe z $z como csv > \(box.path("z-$z-$caja.csv"))\nstock nada\n")
    try box.ok("al cerrar caja ejecutar \(export)", "vender 1 pan pagar efectivo")
    let r = try box.tienda(["-c", "cerrar caja 1000"])
    // The closing committed: exit 0; the hook's failure is said on stderr.
    #expect(r.status == 0, "\(r.transcript)")
    #expect(
      r.stderr.contains("El evento al cerrar caja («\(export)») no terminó bien"), "\(r.stderr)")
    #expect(r.stderr.contains("cierre.tienda:2"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM z_reports") == "1")
    let z = try box.read("z-1-Caja 1.csv")
    #expect(z.contains("1000"), "\(z)")
    #expect(
      try sql(
        "SELECT json_extract(after, '$.estado') || '/' || json_extract(after, '$.comandos_fallidos')"
          + " FROM journal WHERE action = 'evento.ejecutar'") == "1/1")
  }

  @Test func noHookUnderSimulationNorARolledBackAtomicRunNorPractice() throws {
    let script = try box.write(
      "marca.tienda", "definir x 1\nver venta $venta > \(box.path("marca-$venta.txt"))\n")
    try box.ok("al vender ejecutar \(script)")
    try box.ok("simular vender 1 pan pagar efectivo")
    let simulated = try box.tienda(["--simular", "-c", "vender 1 pan pagar efectivo"])
    #expect(simulated.status == 0, "\(simulated.transcript)")
    // An atomic run that fails is rolled back: its sale never happened.
    let failed = try box.tienda([
      "--atómico", "-c", "vender 1 pan pagar efectivo", "-c", "stock nada",
    ])
    #expect(failed.status == 1)
    #expect(try sql("SELECT count(*) FROM sales") == "0")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: box.dir.path).filter {
        $0.hasPrefix("marca-")
      }.isEmpty)
    // A committed atomic run runs the hook after the commit.
    let atomic = try box.tienda(["--atómico", "-c", "vender 1 pan pagar efectivo"])
    #expect(atomic.status == 0, "\(atomic.transcript)")
    #expect(FileManager.default.fileExists(atPath: box.path("marca-1.txt")))
    // Practice mode: not unless the hook says `práctica`.
    let practice = try box.tienda(
      [], stdin: "modo práctica\nvender 1 pan pagar efectivo\nsalir de práctica\n")
    #expect(practice.status == 0, "\(practice.transcript)")
    #expect(!practice.stdout.contains("Evento al vender"), "\(practice.stdout)")
  }

  @Test func aHookPastItsLimitIsStoppedBetweenCommands() throws {
    let slow = String(repeating: "buscar pan\n", count: 40_000)
    let script = try box.write("lento.tienda", slow)
    try box.ok("al vender ejecutar \(script) límite 1")
    let r = try box.tienda(["-c", "vender 1 pan pagar efectivo"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr.contains("pasó su límite de 1 s"), "\(r.stderr)")
    #expect(
      try sql(
        "SELECT json_extract(after, '$.límite_segundos') FROM journal WHERE action = 'evento.ejecutar'"
      )
        == "1")
  }

  @Test func wrongInputIsWorded() throws {
    try refused("al vender ejecutar no-existe.tienda", "no-existe.tienda")
    let script = try box.write("a.tienda", "stock pan\n")
    try refused("al vender ejecutar \(script) límite 0", "El límite va de 1 a 3600 segundos")
    try box.ok("al vender ejecutar \(script)")
    try refused("al vender ejecutar \(script)", "ya se ejecuta al vender (evento 1)")
    try refused("borrar evento 7", "No hay evento 7; los eventos son 1")
    let listed = try box.ok("listar eventos como csv").stdout
    #expect(listed.contains("1;al vender;\(script);;60;no"), "\(listed)")
    try box.ok("borrar evento 1")
    #expect(try box.ok("listar eventos").stdout.contains("No hay eventos"))
    #expect(try sql("SELECT count(*) FROM settings WHERE key LIKE 'evento.%'") == "0")
  }

  @Test func aHookMayNotLeaveATicketOpenAndNumbersAreNotReused() throws {
    let opens = try box.write("abre.tienda", "vender 1 pan\n")
    try box.ok("al vender ejecutar \(opens)")
    let r = try box.tienda(["-c", "vender 1 pan pagar efectivo"])
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr.contains("dejó un ticket abierto (1 línea) y se canceló"), "\(r.stderr)")
    #expect(try sql("SELECT count(*) FROM tickets") == "0")
    // The next one-line sale is not blocked by a leftover ticket.
    try box.ok("vender 1 pan pagar efectivo")
    #expect(try sql("SELECT count(*) FROM sales") == "2")
    try box.ok("borrar evento 1")
    let again = try box.ok("al vender ejecutar \(opens)").stdout
    #expect(again.contains("Evento 2 guardado"), "\(again)")
    // The shop file itself is no script.
    try refused("al cerrar caja ejecutar \(box.db)", "es el archivo de la tienda")
  }

  @Test func aMistypedHookCommandSuggestsTheWholeCommand() throws {
    try refused("al cerrar ejecutar x.tienda", "¿Quiso decir «al cerrar caja ejecutar»?")
  }
}
