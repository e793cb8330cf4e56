import Foundation
import Testing

/// No PIN, hash or salt ever shows: not in output, errors, JSON, CSV, the
/// journal (issue 3, "Must hold").
@Suite struct UsersSecretsTests {
  typealias F = UsersFixture

  /// Every PIN used below, right or wrong. Chosen so that none can appear
  /// by chance in dates, ids or amounts of these outputs.
  static let pins = ["4321", "1234", "5678", "8765", "9753", "2468", "13579"]

  /// Checks one text for every PIN and for hash material.
  func expectClean(
    _ raw: String, _ what: String, in box: Sandbox,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    // The sandbox path has a random UUID: not part of what is checked.
    let text = raw.replacingOccurrences(of: box.dir.path, with: "<sandbox>")
    for pin in Self.pins {
      #expect(
        !text.contains(pin), "el PIN \(pin) aparece en \(what):\n\(text)",
        sourceLocation: sourceLocation)
    }
    #expect(
      !text.contains("pbkdf2"), "un hash de PIN aparece en \(what):\n\(text)",
      sourceLocation: sourceLocation)
  }

  @Test func noPinAnywhere() throws {
    let box = try Sandbox()
    var runs: [(String, RunResult)] = []
    func run(_ what: String, _ r: RunResult) { runs.append((what, r)) }

    run("primer usuario", try box.commands("crear usuario \(F.owner) rol dueño pin \(F.ownerPin)"))
    run(
      "más usuarios",
      try box.asUser(
        F.owner, pin: F.ownerPin, "crear usuario \(F.cashier) rol cajero pin \(F.cashierPin)",
        "crear usuario sofía rol supervisor pin 5678"))
    run("cambiar pin", try box.asUser(F.owner, pin: F.ownerPin, "cambiar pin sofía pin 8765"))
    run("pin incorrecto", try box.asUser(F.cashier, pin: "9753", "listar categorías"))
    run(
      "entrar con pin", try box.commands("entrar sofía pin 8765", "crear categoría ignorada"))
    run("entrar con pin incorrecto", try box.commands("entrar sofía pin 2468"))

    // A failing `crear usuario … pin 1234` echoes the line with the PIN masked.
    let duplicate = try box.asUser(
      F.owner, pin: F.ownerPin, "crear usuario \(F.cashier) rol cajero pin \(F.cashierPin)")
    run("crear usuario repetido", duplicate)
    #expect(duplicate.status == 1, "\(duplicate.transcript)")
    #expect(
      duplicate.stderr.contains("pin ****"),
      "el eco del error debía mostrar «pin ****»:\n\(duplicate.transcript)")
    #expect(duplicate.stderr.contains("crear usuario maría rol cajero"), "\(duplicate.transcript)")

    let noLogin = try box.commands("crear usuario juan rol cajero pin 2468")
    run("crear usuario sin sesión", noLogin)
    #expect(noLogin.status == 1, "\(noLogin.transcript)")
    #expect(noLogin.stderr.contains("pin ****"), "\(noLogin.transcript)")

    let badRole = try box.asUser(
      F.owner, pin: F.ownerPin, "crear usuario juan rol gerente pin 2468")
    run("rol desconocido", badRole)
    #expect(badRole.status == 1 && badRole.stderr.contains("pin ****"), "\(badRole.transcript)")

    let badPin = try box.asUser(
      F.owner, pin: F.ownerPin, "crear usuario juan rol cajero pin 13579x")
    run("pin inválido", badPin)
    #expect(badPin.status == 1, "\(badPin.transcript)")

    let typo = try box.asUser(F.owner, pin: F.ownerPin, "crear usuari juan rol cajero pin 2468")
    run("comando mal escrito", typo)
    #expect(typo.status == 1, "\(typo.transcript)")

    // Two commands on one line, the second failing.
    let twoOnOneLine = try box.asUser(
      F.owner, pin: F.ownerPin, "listar roles; crear usuario sofía rol cajero pin 2468")
    run("dos comandos en una línea", twoOnOneLine)
    #expect(twoOnOneLine.status == 1, "\(twoOnOneLine.transcript)")

    // Stdin and script files report errors by position; nothing to leak.
    run(
      "stdin",
      try box.tienda(
        ["--usuario", F.owner], stdin: "crear usuario sofía rol cajero pin 2468\n",
        env: ["TIENDA_PIN": F.ownerPin]))
    let script = try box.write("usuarios.tienda", "crear usuario sofía rol cajero pin 2468\n")
    run(
      "script",
      try box.tienda(["--usuario", F.owner, script], env: ["TIENDA_PIN": F.ownerPin]))

    // Reading everything back.
    let journalJSON = try box.reading("bitácora como json")
    let journalCSV = try box.reading("bitácora como csv")
    let journalTable = try box.reading("bitácora")
    let usersJSON = try box.reading("listar usuarios como json")
    let usersCSV = try box.reading("listar usuarios como csv")
    let usersTable = try box.reading("listar usuarios")
    for (what, r) in [
      ("bitácora como json", journalJSON), ("bitácora como csv", journalCSV),
      ("bitácora", journalTable), ("listar usuarios como json", usersJSON),
      ("listar usuarios como csv", usersCSV), ("listar usuarios", usersTable),
    ] {
      #expect(r.status == 0, "\(what): \(r.transcript)")
      run(what, r)
    }
    #expect(journalJSON.stdout.contains("pin ****"), "\(journalJSON.stdout)")

    for (what, r) in runs {
      expectClean(r.stdout, "la salida de «\(what)»", in: box)
      expectClean(r.stderr, "los errores de «\(what)»", in: box)
    }

    // The journal table itself.
    let journal = try box.sqlite(box.db, "SELECT * FROM journal")
    #expect(journal.status == 0, "\(journal.transcript)")
    expectClean(journal.stdout, "la tabla journal", in: box)
    let commands = try box.sqlite(
      box.db, "SELECT command FROM journal WHERE command LIKE '%pin%' ORDER BY id")
    let lines = commands.stdout.split(separator: "\n").map(String.init)
    #expect(!lines.isEmpty, "\(commands.transcript)")
    for line in lines
    where line.hasPrefix("crear usuario") || line.hasPrefix("cambiar pin")
      || line.hasPrefix("entrar")
    {
      #expect(line.contains("pin ****"), "«\(line)» debía mostrar «pin ****»")
    }
    #expect(lines.contains("crear usuario maría rol cajero pin ****"), "\(lines)")
    #expect(lines.contains("cambiar pin sofía pin ****"), "\(lines)")

    // The users table holds only salted PBKDF2 hashes.
    let stored = try box.sqlite(box.db, "SELECT name || '|' || pin FROM users ORDER BY name")
    let hashes = stored.stdout.split(separator: "\n").map(String.init)
    #expect(hashes.count == 3, "\(stored.transcript)")
    for row in hashes {
      let parts = row.split(separator: "|", maxSplits: 1).map(String.init)
      try #require(parts.count == 2, "\(row)")
      #expect(parts[1].hasPrefix("pbkdf2-sha256$"), "PIN guardado sin hash: \(parts[0])")
      #expect(!Self.pins.contains(parts[1]), "PIN en claro: \(parts[0])")
      #expect(parts[1].split(separator: "$").count >= 4, "hash sin sal o sin iteraciones: \(row)")
    }
    #expect(Set(hashes).count == hashes.count)
    // Salted: two users with the same PIN get different hashes.
    try box.okAs(F.owner, pin: F.ownerPin, "crear usuario ana rol cajero pin \(F.cashierPin)")
    let same = try box.sqlite(
      box.db, "SELECT count(DISTINCT pin) FROM users WHERE name IN ('maría', 'ana')")
    #expect(
      same.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "2", "\(same.transcript)")

    // Other tables with text: no PIN either.
    // The branch id (random hex) and the file's identity (device:inode)
    // are digits by chance, not secrets: a 4-digit PIN can show up inside them.
    let rest = try box.sqlite(
      box.db,
      "SELECT * FROM settings WHERE key NOT IN ('sucursal.id', 'sincronización.identidad')")
    expectClean(rest.stdout, "la tabla settings", in: box)
  }

  @Test func echoOptionMasksPins() throws {
    // `--eco` writes each command before running it: the PIN must be masked.
    let box = try Sandbox()
    let r = try box.tienda(["--eco", "-c", "crear usuario \(F.owner) rol dueño pin \(F.ownerPin)"])
    #expect(r.status == 0, "\(r.transcript)")
    expectClean(r.stdout, "la salida de --eco", in: box)
    let piped = try box.tienda(
      ["--eco", "--usuario", F.owner],
      stdin: "crear usuario \(F.cashier) rol cajero pin \(F.cashierPin)\n",
      env: ["TIENDA_PIN": F.ownerPin])
    #expect(piped.status == 0, "\(piped.transcript)")
    expectClean(piped.stdout, "la salida de --eco con stdin", in: box)
  }

  @Test func pinFromEnvironmentIsNotShown() throws {
    // The PIN given by TIENDA_PIN does not come back in errors either.
    let box = try Sandbox()
    try box.withOwnerAndCashier()
    for pin in ["9753", F.ownerPin] {
      let r = try box.asUser(F.owner, pin: pin, "ver configuración", "crear categoría x")
      expectClean(r.stdout + r.stderr, "la salida con TIENDA_PIN=\(pin)", in: box)
    }
  }
}
