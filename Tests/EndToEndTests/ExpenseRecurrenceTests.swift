import Foundation
import Testing

/// Recurring expenses (issue 18, part B): the due days of each rule, the
/// backfill window for a file left unused, and the schema's unique key
/// (definition, period).
@Suite struct ExpenseRecurrenceTests {
  let box: Sandbox

  init() throws { box = try Sandbox() }

  @discardableResult
  func at(_ when: String, _ lines: String..., sourceLocation: SourceLocation = #_sourceLocation)
    throws -> RunResult
  {
    let r = try box.tienda(lines.flatMap { ["-c", $0] }, env: ["TIENDA_AHORA": when])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  func periods(_ recurrence: Int) throws -> [String] {
    try box.sqlite(
      box.db, "SELECT period FROM expenses WHERE recurrence_id = \(recurrence) ORDER BY period"
    ).stdout.split(separator: "\n").map(String.init)
  }

  @Test func dueDaysOfEachRule() throws {
    try at(
      "2027-01-20T15:00:00Z",
      "crear gasto \"Arriendo\" 300000 categoría local cada mes día 31",
      "crear gasto \"Aseo\" 20000 cada semana lunes",
      "crear gasto \"Patente\" 90000 categoría permisos cada año vence 15-02-2027",
      "crear gasto \"Internet\" 25000 categoría servicios cada mes")
    // Day 31 falls on the month's last day; weekly on Mondays; yearly on
    // 15-02; «cada mes» without «día» on today's day (the 20th).
    for day in ["2027-01-31", "2027-02-28", "2027-03-15", "2027-03-31"] {
      try at(day + "T15:00:00Z", "gastos pendientes")
    }
    #expect(try periods(1) == ["2027-01-31", "2027-02-28", "2027-03-31"])
    #expect(
      try periods(2) == [
        "2027-01-25", "2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22", "2027-03-01",
        "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-29",
      ])
    #expect(try periods(3) == ["2027-02-15"])
    #expect(try periods(4) == ["2027-01-20", "2027-02-20", "2027-03-20"])
    let id = try box.sqlite(
      box.db, "SELECT min(id) FROM expenses WHERE recurrence_id = 1"
    ).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let shown = try jsonObject(try at("2027-03-31T15:00:00Z", "ver gasto \(id) como json").stdout)
    #expect(shown["recurrencia"] as? String == "cada mes el día 31", "\(shown)")
  }

  @Test func aFileLeftUnusedBackfillsOneYearAtMost() throws {
    // A rent due since January 2025 (vence sets the first due day), first
    // opened on 05-12-2026: the periods of the last 366 days are generated,
    // the older ones skipped (and journaled).
    try at(
      "2026-12-05T15:00:00Z",
      "crear gasto \"Arriendo\" 300000 categoría local cada mes día 5 vence 05-01-2025")
    let got = try periods(1)
    #expect(got.first == "2025-12-05" && got.last == "2026-12-05" && got.count == 13, "\(got)")
    let skipped = try box.sqlite(
      box.db,
      "SELECT json_extract(after, '$.omitidos') FROM journal WHERE action = 'gastos.generar'"
    ).stdout
    #expect(skipped == "11\n", "\(skipped)")  // 01-2025 … 11-2025
    // Nothing more the same day, however many commands.
    try at("2026-12-05T16:00:00Z", "gastos pendientes", "listar gastos", "informe resultado")
    #expect(try periods(1).count == 13)
    // Months later: the missed months come, once.
    try at("2027-03-06T15:00:00Z", "listar productos")
    try at("2027-03-07T15:00:00Z", "listar productos")
    #expect(try periods(1).suffix(3) == ["2027-01-05", "2027-02-05", "2027-03-05"])
    #expect(try periods(1).count == 16)
  }

  @Test func theSchemaRefusesAPeriodTwice() throws {
    try at("2026-12-05T15:00:00Z", "crear gasto \"Arriendo\" 300000 cada mes día 5")
    let again = try box.sqlite(
      box.db,
      "INSERT INTO expenses(description, amount, category_id, day, due_day, recurrence_id,"
        + " period, register_id, at) VALUES ('x', 1, 1, '2026-12-05', '2026-12-05', 1,"
        + " '2026-12-05', 1, 0)")
    #expect(again.status != 0, "\(again.transcript)")
    // Even with the trigger gone, the unique index holds.
    let bare = try box.sqlite(
      box.db,
      "DROP TRIGGER expenses_no_replace; INSERT INTO expenses(description, amount, category_id,"
        + " day, due_day, recurrence_id, period, register_id, at) VALUES ('x', 1, 1,"
        + " '2026-12-05', '2026-12-05', 1, '2026-12-05', 1, 0)")
    #expect(bare.status != 0 && bare.stderr.contains("UNIQUE"), "\(bare.transcript)")
    // …and `verificar base` notices the missing trigger.
    let check = try box.commands("verificar base")
    #expect(
      check.status != 0 && check.stdout.contains("expenses_no_replace")
        || check.stderr.contains("expenses_no_replace"), "\(check.transcript)")
  }

  /// Top-level statements of one run at `when` (sub-statements start with `--`).
  func statements(_ command: String, at when: String) throws -> [String] {
    let trace = box.path("traza-\(UUID().uuidString).txt")
    let r = try box.tienda(
      ["-c", command], env: ["TIENDA_TRAZA_SQL": trace, "TIENDA_AHORA": when])
    #expect(r.status == 0, "\(r.transcript)")
    let text = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("--") }
  }

  @Test func theOpeningPaysOnlyOnTheDueDay() throws {
    try at("2026-12-01T15:00:00Z", "crear gasto \"Arriendo\" 300000 cada mes día 5")
    // Before the day: the opening's one read says nothing is due.
    let before = try statements("ayuda", at: "2026-12-04T15:00:00Z")
    #expect(before.count <= 2, "\(before.joined(separator: "\n"))")
    // The day comes: one transaction writes the instance…
    let due = try statements("ayuda", at: "2026-12-05T15:00:00Z")
    #expect(due.contains { $0.hasPrefix("BEGIN IMMEDIATE") }, "\(due)")
    #expect(try periods(1) == ["2026-12-05"])
    // …and the next opening is back to the read alone.
    let after = try statements("ayuda", at: "2026-12-05T16:00:00Z")
    #expect(after.count <= 2, "\(after.joined(separator: "\n"))")
  }

  @Test func aStoppedRecurrenceCreatesNoMore() throws {
    try at(
      "2026-12-05T15:00:00Z", "crear gasto \"Arriendo\" 300000 cada mes día 5",
      "crear gasto \"Luz\" 30000")
    let refused = try box.tienda(
      ["-c", "detener gasto 2"], env: ["TIENDA_AHORA": "2026-12-05T15:01:00Z"])
    #expect(refused.status == 1 && refused.stderr.contains("no es de un gasto recurrente"))
    try at("2026-12-06T15:00:00Z", "detener gasto 1")
    let again = try box.tienda(
      ["-c", "detener gasto 1"], env: ["TIENDA_AHORA": "2026-12-06T15:01:00Z"])
    #expect(again.status == 1 && again.stderr.contains("ya estaba detenido"), "\(again.transcript)")
    try at("2027-02-06T15:00:00Z", "gastos pendientes")
    #expect(try periods(1) == ["2026-12-05"])
  }
}
