import Foundation
import Testing
import TiendaTestSupport

/// The program's flags, declared once (Sources/tienda/Flags.swift), and
/// what is generated from them: `--help`, the flag suggestion, the man page
/// `Docs/tienda.1` and the bash completion `Docs/tienda.bash` (issue 14,
/// item 3).
@Suite struct FlagsTests {
  // MARK: - Parsing and --help

  @Test func helpIsGeneratedFromTheDeclarations() throws {
    let box = try Sandbox()
    let r = try box.tienda(["--help"], useDB: false)
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stderr == "")
    // A change in the flags or their wording changes this golden on purpose.
    try expectGolden(r.stdout, named: "tienda-help.txt")
    for line in r.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "línea de más de 80 columnas: «\(line)»")
    }
    // The generators stay out of the help.
    #expect(!r.stdout.contains("--generar"))
  }

  @Test func bothSpellingsOfAtomicRollBackEverything() throws {
    for flag in ["--atómico", "--atomico"] {
      let box = try Sandbox()
      let r = try box.tienda([flag, "-c", "crear categoría a", "-c", "crear categria b"])
      #expect(r.status == 1, "\(flag): \(r.transcript)")
      let left = try box.sqlite(box.db, "SELECT count(*) FROM categories;")
      #expect(left.stdout == "0\n", "\(flag): \(left.transcript)")
    }
    // Without the flag the first command stays.
    let box = try Sandbox()
    _ = try box.tienda(["-c", "crear categoría a", "-c", "crear categria b"])
    #expect(try box.sqlite(box.db, "SELECT count(*) FROM categories;").stdout == "1\n")
  }

  @Test func valuesInlineOrNextAndSwitchesWithoutValue() throws {
    let box = try Sandbox()
    let inline = try box.tienda(
      ["--db=" + box.path("u.db"), "-c", "crear categoría a"], useDB: false)
    #expect(inline.status == 0, "\(inline.transcript)")
    #expect(box.exists("u.db"))

    let switchValue = try box.tienda(["--seguir=sí", "-c", "crear categoría a"])
    #expect(switchValue.status == 2)
    #expect(
      switchValue.stderr
        == "tienda: «--seguir» no lleva valor; escríbala sola, por ejemplo «--seguir».\nEscriba «tienda --help» para ver las opciones.\n"
    )

    let emptyRegister = try box.tienda(["--caja=", "-c", "crear categoría a"])
    #expect(emptyRegister.status == 2)
    #expect(emptyRegister.stderr.hasPrefix("tienda: «--caja» necesita el nombre de una caja"))

    // A flag where the value should be: the value is missing.
    for next in ["-c", "-h", "--atomico"] {
      let r = try box.tienda(["--caja", next, "crear categoría a"])
      #expect(r.status == 2, "\(next): \(r.transcript)")
      #expect(r.stderr.hasPrefix("tienda: falta el valor de «--caja».\n"), "\(r.transcript)")
    }
    #expect(!box.exists("t.db"), "a usage error must not create the shop file")
  }

  @Test func unknownFlagSuggestsAmongTheVisibleFlags() throws {
    let box = try Sandbox()
    let atomic = try box.tienda(["--atomco"], useDB: false)
    #expect(atomic.status == 2)
    #expect(atomic.stderr.contains("¿Quiso decir «--atómico»?"), "\(atomic.transcript)")
    let help = try box.tienda(["--hepl"], useDB: false)
    #expect(help.stderr.contains("¿Quiso decir «--help»?"), "\(help.transcript)")
    // The generators are hidden: never suggested.
    let hidden = try box.tienda(["--generar-ma"], useDB: false)
    #expect(hidden.status == 2)
    #expect(!hidden.stderr.contains("--generar-man"), "\(hidden.transcript)")
  }

  // MARK: - Man page

  @Test func manPageIsUpToDate() throws {
    try expectGenerated("--generar-man", matches: "Docs/tienda.1")
  }

  @Test func manPageRendersWithoutWarningsAndListsEverything() throws {
    guard let man = ExternalTool.path(of: "man"), let groff = ExternalTool.path(of: "groff")
    else {
      if ExternalTool.isCI { Issue.record("faltan man y groff (paquetes man-db y groff-base)") }
      return
    }
    let box = try Sandbox()
    let page = PackagePaths.root.appendingPathComponent("Docs/tienda.1").path
    let strict = try box.run(groff, ["-man", "-Tutf8", "-ww", "-z", page])
    #expect(strict.status == 0 && strict.stderr == "", "groff: \(strict.transcript)")
    // An ASCII terminal too: every character has a glyph there.
    let ascii = try box.run(
      man, ["--warnings", "-l", page], env: ["MANWIDTH": "80", "LC_ALL": "C", "LANG": "C"])
    #expect(ascii.status == 0 && ascii.stderr == "", "man (C): \(ascii.transcript)")
    let r = try box.run(
      man, ["--warnings", "-l", page],
      env: ["MANWIDTH": "250", "LC_ALL": "C.UTF-8", "MAN_KEEP_FORMATTING": nil])
    #expect(r.status == 0 && r.stderr == "", "man: \(r.transcript)")
    let text = r.stdout
    #expect(text.contains("DESCRIPCIÓN"))
    #expect(text.contains("--atómico, --atomico"))
    // Every flag of `--help` and every command of `Docs/comandos.md` (the
    // markdown comes from the registry by another path).
    let help = try box.tienda(["--help"], useDB: false).stdout
    let flags = help.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  -") else { return nil }
      return line.dropFirst(2).split(separator: " ").first.map(String.init)
    }
    #expect(flags.count >= 13, "\(help)")
    for flag in flags { #expect(text.contains(flag), "falta \(flag) en el manual") }
    let docs = try String(
      contentsOf: PackagePaths.root.appendingPathComponent("Docs/comandos.md"), encoding: .utf8)
    let commands = docs.split(separator: "\n").filter { $0.hasPrefix("### ") }.map {
      String($0.dropFirst(4))
    }
    #expect(commands.count > 50)
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    for command in commands {
      #expect(
        lines.contains { $0 == command || $0.hasPrefix(command + " ") },
        "falta el comando «\(command)» en el manual")
    }
    for group in ["Tienda", "Catálogo", "Venta", "Caja", "Shell"] {
      #expect(lines.contains(group), "falta el grupo «\(group)»")
    }
  }

  // MARK: - Bash completion

  @Test func bashCompletionIsUpToDate() throws {
    try expectGenerated("--generar-completado-bash", matches: "Docs/tienda.bash")
  }

  @Test func bashCompletionCompletesFlagsScriptsAndFiles() throws {
    let box = try Sandbox()
    // A folder of its own: the sandbox keeps the runs' own files beside.
    try FileManager.default.createDirectory(
      atPath: box.path("w/sub"), withIntermediateDirectories: true)
    try box.write("w/venta.tienda", "crear categoría a\n")
    try box.write("w/notas.txt", "")
    let script = PackagePaths.root.appendingPathComponent("Docs/tienda.bash").path
    func complete(_ words: String...) throws -> [String] {
      let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
      let r = try box.run(
        "/bin/bash",
        [
          "--norc", "--noprofile", "-c",
          """
          cd w && source '\(script)' || exit 9
          COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
          _tienda
          printf '%s\\n' "${COMPREPLY[@]}"
          """,
        ])
      #expect(r.status == 0 && r.stderr == "", "\(r.transcript)")
      return r.stdout.split(separator: "\n").map(String.init).sorted()
    }
    #expect(try complete("tienda", "--ca") == ["--caja"])
    #expect(try complete("tienda", "--at") == ["--atomico", "--atómico"])
    #expect(try complete("tienda", "") == ["sub", "venta.tienda"])
    #expect(try complete("tienda", "ve") == ["venta.tienda"])
    #expect(try complete("tienda", "--db", "") == ["notas.txt", "sub", "venta.tienda"])
    #expect(try complete("tienda", "--db", "=", "") == ["notas.txt", "sub", "venta.tienda"])
    #expect(try complete("tienda", "--db", "x.db", "--se") == ["--seguir"])
    #expect(try complete("tienda", "--caja", "") == [])
    // After the script come its own arguments: any file.
    #expect(
      try complete("tienda", "venta.tienda", "") == ["notas.txt", "sub", "venta.tienda"])
    let registered = try box.run(
      "/bin/bash", ["--norc", "--noprofile", "-c", "source '\(script)'; complete -p tienda"])
    #expect(registered.stdout == "complete -o filenames -F _tienda tienda\n")
  }

  // MARK: - Command words

  /// main.swift spells no command word and no flag: they come from the
  /// registry (`Registry.logIn`, `Registry.quit`) and from `Flag`.
  @Test func mainSpellsNoCommandWordOrFlag() throws {
    let main = try String(
      contentsOf: PackagePaths.root.appendingPathComponent("Sources/tienda/main.swift"),
      encoding: .utf8)
    let code = main.split(separator: "\n").filter {
      !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
    }.joined(separator: "\n")
    let literals = try Regex(#""((?:[^"\\]|\\.)*)""#)
    let strings = code.matches(of: literals).map { String(code[$0.range].dropFirst().dropLast()) }
    #expect(strings.count > 20)
    let docs = try String(
      contentsOf: PackagePaths.root.appendingPathComponent("Docs/comandos.md"), encoding: .utf8)
    var words = Set(
      docs.split(separator: "\n").filter { $0.hasPrefix("### ") }.map {
        String($0.dropFirst(4)).lowercased()
      })
    // Aliases (`exit`, `quit`) and the keyword typed at the log-in (`pin`).
    for line in docs.split(separator: "\n") where line.hasPrefix("También: ") {
      for alias in line.dropFirst(9).split(separator: ",") {
        words.insert(alias.trimmingCharacters(in: CharacterSet(charactersIn: " `")).lowercased())
      }
    }
    words.insert("pin")
    for literal in strings {
      let trimmed = literal.trimmingCharacters(in: .whitespaces).lowercased()
      #expect(!words.contains(trimmed), "main.swift escribe el comando «\(literal)»")
      #expect(
        !trimmed.hasPrefix("--") || trimmed == "--", "main.swift escribe la opción «\(literal)»")
    }
  }

  /// The program's output for `flag` is the committed file at `path`.
  func expectGenerated(
    _ flag: String, matches path: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let box = try Sandbox()
    let r = try box.tienda([flag], useDB: false)
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    #expect(r.stderr == "", sourceLocation: sourceLocation)
    let file = PackagePaths.root.appendingPathComponent(path)
    let committed = try #require(
      FileManager.default.contents(atPath: file.path), "falta \(path)",
      sourceLocation: sourceLocation)
    #expect(
      Data(r.stdout.utf8) == committed,
      """
      \(path) no corresponde a las opciones y comandos del programa; regenérelo con
        Scripts/gen-docs.sh
      \(firstDifference(String(decoding: committed, as: UTF8.self), r.stdout))
      """, sourceLocation: sourceLocation)
    #expect(!box.exists("data/tienda/tienda.db"), "generating must not create a shop file")
  }
}
