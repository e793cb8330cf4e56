import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 12, item 1 (DESIGN §8.4): a ticket belongs to the terminal that
/// opened it. Real processes on one shop file and one register: a ticket
/// held open by a running process (stdin on a pipe), another process
/// selling at the same time, a process killed with SIGKILL mid-ticket.
@Suite(.serialized) struct TicketOwnershipTests {
  /// Products priced so that a merged ticket shows in every total.
  static func shop() throws -> Sandbox {
    let box = try Sandbox()
    let setup = try box.commands(
      "crear producto \"Empanada de pino\" precio 2500 sku EMP01 stock 100",
      "crear producto \"Coca cola\" precio 1990 sku COC01 stock 100",
      "crear producto \"Pan amasado\" precio 1200 sku PAN01 stock 100")
    try #require(setup.status == 0, "\(setup.transcript)")
    return box
  }

  /// The SKUs and quantities of a sale, as sqlite3 reads them.
  static func saleLines(_ box: Sandbox, _ number: Int) throws -> String {
    try box.sqlite(
      box.db,
      """
      SELECT group_concat(l.sku || ' ' || l.quantity, ', ') FROM sale_lines l
      JOIN sales s ON s.id = l.sale_id WHERE s.number = \(number) ORDER BY l.position
      """
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The lines of every open ticket: `ticket id: SKU quantity, …`.
  static func openTickets(_ box: Sandbox) throws -> String {
    try box.sqlite(
      box.db,
      """
      SELECT group_concat(p.sku || ' ' || l.quantity, ', ') FROM tickets t
      JOIN ticket_lines l ON l.ticket_id = t.id JOIN products p ON p.id = l.product_id
      WHERE t.state = 'abierto' GROUP BY t.id ORDER BY t.id
      """
    ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test(.timeLimit(.minutes(1))) func oneLineSaleBesideALiveTicketSellsOnlyItsOwnLines() throws {
    let box = try Self.shop()
    let first = try LiveTienda(box)
    defer { first.stop() }
    first.send("vender", "2 empanada pino")
    try first.waitFor("Ticket: 2 artículos · Total $5.000")

    // Another process sells at the same time on the same register.
    let other = try box.commands("vender 1 coca cola pagar efectivo 5000")
    #expect(other.status == 0, "\(other.transcript)")
    #expect(other.stdout.contains("Venta 1 · Total $1.990"), "\(other.transcript)")
    #expect(try Self.saleLines(box, 1) == "COC01 1000")
    #expect(try Self.openTickets(box) == "EMP01 2000")

    // Nor does a ticket command of the other process touch the live ticket.
    let total = try box.commands("total")
    #expect(total.status == 1, "\(total.transcript)")
    #expect(total.stderr.contains("No hay un ticket abierto"), "\(total.transcript)")
    #expect(!total.stdout.contains("Retomé"), "\(total.transcript)")
    let resume = try box.commands("retomar")
    #expect(resume.status == 1, "\(resume.transcript)")
    #expect(
      resume.stderr.contains(
        "No hay tickets abandonados en Caja 1 para retomar. El ticket abierto de otro terminal de esta caja es de ese terminal."
      ), "\(resume.transcript)")
    #expect(try Self.openTickets(box) == "EMP01 2000")

    // The first terminal's ticket is intact and still usable.
    first.send("1 pan amasado")
    try first.waitFor("Ticket: 3 artículos · Total $6.200")
    first.send("pagar efectivo 10000")
    try first.waitFor("Venta 2 · Total $6.200")
    let done = try first.finish()
    #expect(done.status == 0, "\(done.transcript)")
    #expect(try Self.saleLines(box, 2) == "EMP01 2000, PAN01 1000")
    #expect(try Self.openTickets(box) == "")
    let stock = try box.sqlite(box.db, "SELECT group_concat(stock, ' ') FROM products ORDER BY id")
    #expect(stock.stdout == "98000 99000 99000\n", "\(stock.transcript)")
  }

  @Test(.timeLimit(.minutes(1))) func twoProcessesInTicketModeEachHaveTheirOwnTicket() throws {
    let box = try Self.shop()
    let first = try LiveTienda(box)
    defer { first.stop() }
    let second = try LiveTienda(box)
    defer { second.stop() }
    first.send("vender 2 empanada pino")
    try first.waitFor("Ticket: 2 artículos · Total $5.000")
    second.send("vender 1 coca cola")
    try second.waitFor("Ticket: 1 artículo · Total $1.990")
    first.send("total")
    try first.waitFor("Total     $5.000")
    second.send("pagar débito")
    try second.waitFor("Venta 1 · Total $1.990 · Débito $1.990")
    first.send("pagar efectivo 5000")
    try first.waitFor("Venta 2 · Total $5.000")
    #expect(try first.finish().status == 0)
    #expect(try second.finish().status == 0)
    #expect(try Self.saleLines(box, 1) == "COC01 1000")
    #expect(try Self.saleLines(box, 2) == "EMP01 2000")
  }

  @Test(.timeLimit(.minutes(1))) func crashOrphanIsAdoptedByTheNextTicketCommand() throws {
    let box = try Self.shop()
    let crashed = try LiveTienda(box)
    crashed.send("vender", "2 empanada pino")
    try crashed.waitFor("Ticket: 2 artículos · Total $5.000")
    let pid = crashed.kill()

    let added = try box.commands("agregar 1 pan amasado")
    #expect(added.status == 0, "\(added.transcript)")
    #expect(
      added.stdout.contains(
        "Retomé el ticket que quedó abierto en Caja 1 (1 línea, $5.000): su terminal (proceso \(pid)) ya no está."
      ), "\(added.transcript)")
    #expect(added.stdout.contains("2. Pan amasado 1 × $1.200 = $1.200"), "\(added.transcript)")
    // That process ended too: the next one takes it back again, and pays.
    let paid = try box.commands("pagar efectivo 10000")
    #expect(paid.status == 0, "\(paid.transcript)")
    #expect(paid.stdout.contains("Retomé el ticket"), "\(paid.transcript)")
    #expect(paid.stdout.contains("Venta 1 · Total $6.200"), "\(paid.transcript)")
    #expect(try Self.saleLines(box, 1) == "EMP01 2000, PAN01 1000")
    let journal = try box.sqlite(
      box.db, "SELECT count(*) FROM journal WHERE action = 'ticket.adoptar'")
    #expect(journal.stdout == "2\n")
  }

  @Test(.timeLimit(.minutes(1))) func oneLineSaleAfterACrashLeavesTheOrphanAlone() throws {
    let box = try Self.shop()
    let crashed = try LiveTienda(box)
    crashed.send("vender", "2 empanada pino", "pagar efectivo 2000")
    try crashed.waitFor("Falta $3.000")
    _ = crashed.kill()

    let sold = try box.commands("vender 1 coca cola pagar efectivo 5000")
    #expect(sold.status == 0, "\(sold.transcript)")
    #expect(sold.stdout.contains("Venta 1 · Total $1.990 · Efectivo $5.000"), "\(sold.transcript)")
    #expect(!sold.stdout.contains("Retomé"), "\(sold.transcript)")
    #expect(try Self.saleLines(box, 1) == "COC01 1000")
    #expect(try Self.openTickets(box) == "EMP01 2000")
    let paid = try box.sqlite(box.db, "SELECT sum(amount) FROM payments")
    #expect(paid.stdout == "1990\n", "\(paid.transcript)")

    // The orphan keeps its short payment and is finished by its user.
    let rest = try box.commands("pagar débito")
    #expect(rest.status == 0, "\(rest.transcript)")
    #expect(
      rest.stdout.contains("Venta 2 · Total $5.000 · Efectivo $2.000 · Débito $3.000"),
      "\(rest.transcript)")
  }

  /// The owner is the process, not just its pid: a running process with
  /// the owner's pid but another start time (the pid was reused) does not
  /// keep the ticket; the same pid and start time does.
  @Test func aReusedPidDoesNotKeepTheTicket() throws {
    let box = try Self.shop()
    let crashed = try LiveTienda(box)
    crashed.send("vender 2 empanada pino")
    try crashed.waitFor("Ticket: 2 artículos · Total $5.000")
    _ = crashed.kill()
    // This test process runs: read its start time and boot as tienda does.
    let stat = try String(contentsOfFile: "/proc/self/stat", encoding: .utf8)
    let fields = stat[stat.range(of: ")", options: .backwards)!.upperBound...]
      .split(separator: " ")
    let started = try #require(Int64(fields[19]))
    let boot = try String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let pid = getpid()
    func setOwner(started: Int64) throws {
      let r = try box.sqlite(
        box.db,
        """
        UPDATE tickets SET owner_pid = \(pid), owner_started = \(started),
          owner_boot = '\(boot)' WHERE state = 'abierto'
        """)
      try #require(r.status == 0, "\(r.transcript)")
    }
    try setOwner(started: started)
    let live = try box.commands("total")
    #expect(live.status == 1, "\(live.transcript)")
    #expect(live.stderr.contains("No hay un ticket abierto"), "\(live.transcript)")
    try setOwner(started: started + 1)
    let reused = try box.commands("total")
    #expect(reused.status == 0, "\(reused.transcript)")
    #expect(
      reused.stdout.contains(
        "Retomé el ticket que quedó abierto en Caja 1 (1 línea, $5.000): su terminal (proceso \(pid)) ya no está."
      ), "\(reused.transcript)")
  }

  @Test func anotherUsersOrphanIsTakenOnlyWithRetomar() throws {
    let box = try Self.shop()
    try box.withOwnerAndCashier()
    let crashed = try LiveTienda(
      box, ["--usuario", UsersFixture.cashier], env: ["TIENDA_PIN": UsersFixture.cashierPin])
    crashed.send("vender 2 empanada pino")
    try crashed.waitFor("Ticket: 2 artículos · Total $5.000")
    _ = crashed.kill()

    // pepe's ticket commands do not take maría's ticket…
    let total = try box.asUser(UsersFixture.owner, pin: UsersFixture.ownerPin, "total")
    #expect(total.status == 1, "\(total.transcript)")
    #expect(total.stderr.contains("No hay un ticket abierto"), "\(total.transcript)")
    // …nor does his one-line sale.
    let sold = try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "vender 1 coca cola pagar débito")
    #expect(sold.stdout.contains("Venta 1 · Total $1.990"), "\(sold.transcript)")
    #expect(try Self.openTickets(box) == "EMP01 2000")
    // `retomar` takes it, saying whose it was.
    let resumed = try box.okAs(
      UsersFixture.owner, pin: UsersFixture.ownerPin, "retomar", "pagar débito")
    #expect(
      resumed.stdout.contains("Retomé el ticket de maría que quedó abierto en Caja 1"),
      "\(resumed.transcript)")
    #expect(resumed.stdout.contains("Venta 2 · Total $5.000"), "\(resumed.transcript)")
    let who = try box.sqlite(box.db, "SELECT user_name FROM sales WHERE number = 2")
    #expect(who.stdout == "pepe\n")
  }

  @Test func anotherDocumentInTheSameTerminalIsRefusedNamingTheOpenOne() throws {
    let box = try Self.shop()
    let r = try box.commands(
      "vender 2 empanada pino", "vender 1 coca cola pagar efectivo 5000")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      r.stderr.contains(
        "Este terminal tiene un ticket abierto (1 línea, $5.000): cóbrelo («pagar …»), sosténgalo («sostener») o cancélelo («cancelar») antes de abrir otro."
      ), "\(r.transcript)")
    let sales = try box.sqlite(box.db, "SELECT count(*) FROM sales")
    #expect(sales.stdout == "0\n")
    // An empty ticket (just `vender`) is used by the one-line sale.
    let empty = try box.commands("cancelar", "vender", "vender 1 coca cola pagar efectivo 5000")
    #expect(empty.status == 0, "\(empty.transcript)")
    #expect(try Self.saleLines(box, 1) == "COC01 1000")
    #expect(try Self.openTickets(box) == "")
  }
}

/// `--caja` (or `TIENDA_CAJA`) naming no register is a usage error.
@Suite struct RegisterFlagTests {
  @Test func registerThatDoesNotExistExitsTwo() throws {
    let box = try Sandbox()
    try box.commands("crear caja \"Caja 2\"")
    let unknown = try box.tienda(["--caja", "Caja 9", "-c", "ver configuración"])
    #expect(unknown.status == 2, "\(unknown.transcript)")
    #expect(
      unknown.stderr.contains(
        "«--caja Caja 9»: No encontré la caja «Caja 9». ¿Quiso decir «Caja 1»? Las cajas de esta tienda: Caja 1, Caja 2."
      ), "\(unknown.transcript)")
    #expect(unknown.stdout.isEmpty, "\(unknown.transcript)")
    let missing = try box.tienda(["-c", "ver configuración", "--caja"])
    #expect(missing.status == 2, "\(missing.transcript)")
    #expect(missing.stderr.contains("falta el valor de «--caja»"), "\(missing.transcript)")
    let flagAfter = try box.tienda(["--caja", "-c", "ver configuración"])
    #expect(flagAfter.status == 2, "\(flagAfter.transcript)")
    #expect(flagAfter.stderr.contains("falta el valor de «--caja»"), "\(flagAfter.transcript)")
    let empty = try box.tienda(["--caja=", "-c", "ver configuración"])
    #expect(empty.status == 2, "\(empty.transcript)")
    #expect(empty.stderr.contains("«--caja» necesita el nombre de una caja"), "\(empty.transcript)")
    let env = try box.tienda(["-c", "ver configuración"], env: ["TIENDA_CAJA": "Caja 9"])
    #expect(env.status == 2, "\(env.transcript)")
    #expect(env.stderr.contains("«TIENDA_CAJA=Caja 9»: No encontré la caja"), "\(env.transcript)")
    let good = try box.tienda(["--caja", "caja 2", "-c", "ver configuración"])
    #expect(good.status == 0, "\(good.transcript)")
    #expect(good.stdout.contains("Caja:            Caja 2"), "\(good.transcript)")
  }
}

/// A `tienda` process that keeps running while the test sends it lines on
/// a pipe (a terminal left in ticket mode), with its output in files.
final class LiveTienda {
  let process = Process()
  let input = Pipe()
  let outURL: URL
  let errURL: URL

  init(_ box: Sandbox, _ args: [String] = [], env: [String: String] = [:]) throws {
    let id = UUID().uuidString
    outURL = box.dir.appendingPathComponent(".live-out-" + id)
    errURL = box.dir.appendingPathComponent(".live-err-" + id)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.executableURL = URL(fileURLWithPath: PackagePaths.binary)
    process.arguments = ["--db", box.db] + args
    process.environment = box.environment.merging(env) { $1 }
    process.currentDirectoryURL = box.dir
    process.standardInput = input
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
  }

  var stdout: String {
    String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
  }
  var stderr: String {
    String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
  }

  func send(_ lines: String...) {
    input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  /// Waits until stdout holds `text` (the command was answered).
  func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      if stdout.contains(text) { return }
      usleep(5000)
    }
    Issue.record(
      "no apareció «\(text)»\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)",
      sourceLocation: sourceLocation)
    throw CancellationError()
  }

  /// SIGKILL, as a laptop that dies; returns the pid it had.
  func kill() -> Int32 {
    let pid = process.processIdentifier
    Glibc.kill(pid, SIGKILL)
    process.waitUntilExit()
    return pid
  }

  /// Ends the input and waits for the process.
  func finish() throws -> RunResult {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    return RunResult(stdout: stdout, stderr: stderr, status: process.terminationStatus)
  }

  /// Kills it if a failed test left it running.
  func stop() {
    if process.isRunning {
      Glibc.kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: outURL)
    try? FileManager.default.removeItem(at: errURL)
  }
}
