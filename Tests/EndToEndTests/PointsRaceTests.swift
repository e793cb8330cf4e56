import Foundation
import Testing

/// Points spent by two terminals at once (issue 19 B): the balance is
/// checked when the payment is added and again inside the sale's
/// transaction, so the same points are never spent twice.
@Suite struct PointsRaceTests {
  let box: Sandbox

  init() throws {
    box = try Sandbox()
    try box.ok(
      "crear producto Pan precio 1000 stock 100", "abrir caja 10000",
      "crear cliente \"Ana Rojas\"", "configurar puntos 1 cada 100",
      "ajustar puntos ana +800 motivo \"saldo inicial\"")
  }

  func sql(_ query: String) throws -> String { try box.sqlite(box.db, query).stdout }

  @Test func twoProcessesSpendingTheSamePoints() throws {
    // 500 of 800 points each: only one fits. Both start together.
    let lines = [
      "vender 1 pan cliente ana pagar puntos 500, efectivo",
      "vender 1 pan cliente ana pagar puntos 500, efectivo",
    ]
    let results = LockedResults()
    let group = DispatchGroup()
    nonisolated(unsafe) let shared = box  // each thread only starts a process
    for line in lines {
      group.enter()
      Thread.detachNewThread {
        results.append(try? shared.commands(line))
        group.leave()
      }
    }
    group.wait()
    let all = results.all.compactMap { $0 }
    #expect(all.count == 2)
    #expect(all.filter { $0.status == 0 }.count == 1, "\(all.map(\.transcript))")
    #expect(
      all.filter { $0.status == 1 && $0.stderr.contains("no alcanza para 500 puntos") }.count == 1,
      "\(all.map(\.transcript))")
    #expect(
      try sql("SELECT count(*), sum(points) FROM point_moves WHERE kind = 'canje'") == "1|-500\n")
    #expect(try sql("SELECT count(*) FROM sales") == "1\n")
    // Hand-written SQL: 800 − 500 + 5 earned on the 500 paid in cash.
    #expect(try sql("SELECT sum(points) FROM point_moves") == "305\n")
  }

  /// Points taken on a ticket are checked again when the sale is recorded:
  /// another process spent them in between.
  @Test func theSaleChecksThePointsAgainInsideItsTransaction() throws {
    let first = try box.commands("vender", "cliente ana", "1 pan", "canjear 600 puntos")
    #expect(first.status == 0, "\(first.transcript)")
    #expect(first.stdout.contains("Puntos $600 · Falta $400"), "\(first.transcript)")
    #expect(try sql("SELECT count(*) FROM point_moves WHERE kind = 'canje'") == "0\n")
    // Meanwhile, another terminal spends 300 of Ana's 800 points.
    try box.ok("vender 1 pan cliente ana pagar puntos 300, efectivo")
    // The ticket's 600 no longer fit in the 500 + 7 left: refused whole.
    let pay = try box.commands("pagar efectivo")
    #expect(pay.status == 1, "\(pay.transcript)")
    #expect(
      pay.stderr.contains("se usaron en otra caja mientras tanto: quedan 507 puntos"),
      "\(pay.transcript)")
    #expect(try sql("SELECT count(*) FROM sales") == "1\n")
    #expect(try sql("SELECT sum(points) FROM point_moves") == "507\n")
  }
}
