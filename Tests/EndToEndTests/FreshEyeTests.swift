import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Problems a fresh-eye tester found by using the installed program as a
/// new user would (issues 12 and 13): each test drives the real binary.
@Suite struct FreshEyeTests {
  /// Every command name of the registry, from the reference it generates.
  static func commandNames(_ box: Sandbox) throws -> [String] {
    let docs = try box.tienda(["--generar-documentacion"], useDB: false).stdout
    return docs.components(separatedBy: "\n### ").dropFirst().map {
      String($0.prefix { $0 != "\n" })
    }
  }

  /// `ayuda <comando>` wraps its prose at the screen's width like a
  /// paragraph: a line that does not start with a space is followed by a
  /// word that would not have fit on it (no ragged «pino», un» lines left
  /// by the registry's own line breaks).
  @Test func helpProseFillsEachLineAtTheWidth() throws {
    let box = try Sandbox()
    let names = try Self.commandNames(box)
    #expect(names.count > 50, "\(names)")
    var ragged: [String] = []
    for width in [60, 80] {
      for name in names {
        let r = try box.tienda(["-c", "ayuda " + name], env: ["COLUMNS": String(width)])
        #expect(r.status == 0, "\(r.transcript)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for (line, next) in zip(lines, lines.dropFirst())
        where !line.isEmpty && !next.isEmpty && !line.hasPrefix(" ") && !next.hasPrefix(" ") {
          let word = next.prefix { $0 != " " }
          if line.count + 1 + word.count <= width {
            ragged.append("«ayuda \(name)» at \(width):\n  \(line)\n  \(next)")
          }
        }
      }
    }
    #expect(ragged.isEmpty, "\(ragged.prefix(8).joined(separator: "\n"))")
  }

  /// The help of each parameter continues in its own column: at 60
  /// columns `ayuda vender` (labels 32 wide) went on at column 30 under a
  /// first line that started at 36.
  @Test func parameterHelpContinuesInItsColumn() throws {
    let box = try Sandbox()
    var misaligned: [String] = []
    for width in [60, 80] {
      for name in ["vender", "pagar", "crear producto", "configurar impresora", "devolver venta"] {
        let r = try box.tienda(["-c", "ayuda " + name], env: ["COLUMNS": String(width)])
        #expect(r.status == 0, "\(r.transcript)")
        let lines = r.stdout.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Parámetros:") else { continue }
        var column: Int? = nil
        for line in lines[(start + 1)...] {
          if line.isEmpty { break }
          let chars = Array(line)
          let indent = chars.prefix { $0 == " " }.count
          if indent == 2 {
            // A row: the help starts after the label's double space.
            column = nil
            var i = 2
            while i + 1 < chars.count, !(chars[i] == " " && chars[i + 1] == " ") { i += 1 }
            guard i + 1 < chars.count else { continue }  // the label alone
            while i < chars.count, chars[i] == " " { i += 1 }
            if i < chars.count { column = i }
          } else if let expected = column, indent != expected {
            misaligned.append("«ayuda \(name)» at \(width): \(indent) ≠ \(expected): \(line)")
          } else if column == nil {
            column = indent
          }
        }
      }
    }
    #expect(misaligned.isEmpty, "\(misaligned.joined(separator: "\n"))")
  }

  /// A bad amount in a shop in dollars shows examples written in dollars.
  @Test func badAmountExamplesUseTheShopsSeparators() throws {
    let box = try Sandbox()
    let setup = try box.commands("configurar tienda moneda USD")
    #expect(setup.status == 0, "\(setup.transcript)")
    let r = try box.commands("crear producto Pan precio abc")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("Ejemplos: 2500, 2,500 o 2,500.50."), "\(r.transcript)")
    let clp = try Sandbox()
    let c = try clp.commands("crear producto Pan precio abc")
    #expect(c.stderr.contains("Ejemplos: 2500, 2.500 o $2.500."), "\(c.transcript)")
  }

  /// The roles that have a right are listed as Spanish alternatives.
  @Test func lockedScreenListsRolesAsAlternatives() throws {
    let box = try Sandbox()
    let setup = try box.commands("crear usuario ana rol dueño pin 1234")
    #expect(setup.status == 0, "\(setup.transcript)")
    let r = try box.commands("vender 1 pan pagar efectivo 1000")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("(cajero, supervisor o dueño)"), "\(r.transcript)")
  }

  /// A one-shot sale whose automatic ticket did not print says so on
  /// stderr (the sale stands, exit 0): with the printer off, nothing told
  /// the person at the counter that the customer got no ticket.
  @Test func oneShotSaleSaysItsTicketDidNotPrint() throws {
    let box = try Sandbox()
    let gone = try PrinterListener()
    let port = gone.port
    gone.stop()
    let setup = try box.commands(
      "crear producto Pan precio 1000 stock 100",
      "configurar impresora caja tcp 127.0.0.1:\(port)")
    #expect(setup.status == 0, "\(setup.transcript)")
    let first = try box.commands("vender 1 pan pagar efectivo 1000")
    #expect(first.status == 0, "\(first.transcript)")
    #expect(first.stdout.contains("Venta 1 · Total $1.000"), "\(first.transcript)")
    #expect(
      first.stderr.contains("Aviso: el trabajo 1 no salió por «caja»: no pude conectar"),
      "\(first.transcript)")
    let second = try box.commands("vender 1 pan pagar efectivo 1000")
    #expect(second.status == 0, "\(second.transcript)")
    #expect(
      second.stderr.contains("el trabajo 2 todavía no sale por «caja»"), "\(second.transcript)")

    // A printer that confirms: nothing to say.
    let healthy = try PrinterListener()
    defer { healthy.stop() }
    let fine = try Sandbox()
    let ok = try fine.commands(
      "crear producto Pan precio 1000 stock 100",
      "configurar impresora caja tcp 127.0.0.1:\(healthy.port)",
      "vender 1 pan pagar efectivo 1000")
    #expect(ok.status == 0, "\(ok.transcript)")
    #expect(!ok.stderr.contains("Aviso"), "\(ok.transcript)")
  }

  /// `crear usuario pedro pin 1111` said «Falta el valor de «rol»», as if
  /// «rol» had been written without its value.
  @Test func createUserWithoutRoleNamesTheRoles() throws {
    let box = try Sandbox()
    let r = try box.commands("crear usuario pedro pin 1111")
    #expect(r.status == 1, "\(r.transcript)")
    #expect(
      r.stderr.contains(
        "Falta el rol del usuario: «rol cajero», «rol supervisor» o «rol dueño» (el primer usuario debe ser dueño)."
      ), "\(r.transcript)")
    #expect(!r.stderr.contains("Falta el valor de «rol»"), "\(r.transcript)")
  }

  /// `> archivo` and exports write a temporary file and rename it over the
  /// target: run as root, `listar productos como csv > /dev/null` replaced
  /// /dev/null with a regular file. A FIFO (made here, not in /dev) stands
  /// for any device or pipe: written in place when something reads it,
  /// refused when nothing does, and never replaced.
  @Test func outputNeverReplacesADeviceOrPipe() throws {
    let box = try Sandbox()
    let fifo = box.path("tubo")
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = box.path("enlace")
    #expect(symlink(fifo, link) == 0)
    let setup = try box.commands("crear producto Pan precio 1000 stock 5")
    #expect(setup.status == 0, "\(setup.transcript)")
    for command in [
      "listar productos como csv > \(fifo)", "listar productos > \(link)",
      "exportar productos \(fifo)",
    ] {
      let r = try box.commands(command)
      #expect(r.status == 1, "\(command): \(r.transcript)")
      #expect(r.stderr.contains("nadie la está leyendo"), "\(command): \(r.transcript)")
      var info = stat()
      #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "\(command)")
      #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "\(command)")
    }
    // An ordinary file is still replaced.
    let r = try box.commands("listar productos como csv > \(box.path("p.csv"))")
    #expect(r.status == 0, "\(r.transcript)")
  }

  /// `ver rol cajero`: every value of a record starts in one column (the
  /// 27-column «Descuento máximo por ticket» was one column off at 80).
  @Test func recordValuesShareOneColumn() throws {
    let box = try Sandbox()
    let r = try box.commands("ver rol cajero")
    #expect(r.status == 0, "\(r.transcript)")
    let columns = Set(
      r.stdout.split(separator: "\n").compactMap { line -> Int? in
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let after = line[line.index(after: colon)...]
        return line.distance(from: line.startIndex, to: colon) + 1
          + after.prefix { $0 == " " }.count
      })
    #expect(columns.count == 1, "\(r.stdout)")
  }

  /// Cron without a PIN: the message names both ways a script gives one.
  @Test func missingPinNamesThePinFile() throws {
    let box = try Sandbox()
    let setup = try box.commands("crear usuario ana rol dueño pin 1234")
    #expect(setup.status == 0, "\(setup.transcript)")
    let r = try box.tienda(["--usuario", "ana", "-c", "ventas"])
    #expect(r.status == 1, "\(r.transcript)")
    #expect(r.stderr.contains("TIENDA_PIN_ARCHIVO"), "\(r.transcript)")
  }
}
