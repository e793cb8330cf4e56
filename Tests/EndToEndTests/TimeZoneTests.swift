import Foundation
import Testing

/// The shop's time zone decides "today" (DESIGN.md §6 "Registers and time").
/// The clock is fixed at 2026-11-23T13:00:00Z by `TIENDA_AHORA`.
@Suite struct TimeZoneTests {
  func today(_ box: Sandbox) throws -> String? {
    let r = try box.commands("ver configuración")
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout.split(separator: "\n").first { $0.hasPrefix("Hoy:") }.map(String.init)
  }

  @Test func santiagoZoneIsAccepted() throws {
    let box = try Sandbox()
    // Made under TZ=America/Santiago, the file already keeps that zone.
    #expect(try box.commands("configurar tienda zona Europe/Madrid").status == 0)
    let r = try box.commands("configurar tienda zona America/Santiago")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout == "Configuración guardada: zona.\n")
    let config = try box.commands("ver configuración").stdout
    #expect(config.contains("Zona horaria:    America/Santiago\n"), "\(config)")
    #expect(try today(box) == "Hoy:             23-11-2026")
  }

  /// A new file keeps the zone it was made in (TZ, else the system's):
  /// opened later under another TZ (a cron job in UTC), its days, reports
  /// and rollups stay where they were.
  @Test func defaultZoneComesFromTZAndStaysWithTheFile() throws {
    let box = try Sandbox()
    let config = try box.commands("ver configuración").stdout
    #expect(config.contains("Zona horaria:    America/Santiago\n"), "\(config)")
    #expect(try today(box) == "Hoy:             23-11-2026")
    #expect(
      try box.sqlite(box.db, "SELECT value FROM settings WHERE key = 'tienda.zona'").stdout
        == "America/Santiago\n")
    let tokyo = try box.tienda(["-c", "ver configuración"], env: ["TZ": "Asia/Tokyo"]).stdout
    #expect(tokyo.contains("Zona horaria:    America/Santiago\n"), "\(tokyo)")
    // 13:00Z is 10:00 in Santiago but 22:00 in Tokyo: still the 23rd here.
    let sold = try box.tienda(
      [
        "-c", "crear producto Pan precio 1000 stock 5", "-c", "vender 1 pan pagar efectivo",
        "-c", "verificar base",
      ], env: ["TZ": "Asia/Tokyo", "TIENDA_AHORA": "2026-11-23T20:00:00Z"])
    #expect(sold.status == 0, "\(sold.transcript)")
    let day = try box.tienda(
      ["-c", "informe ventas hoy como json"], env: ["TIENDA_AHORA": "2026-11-23T20:00:00Z"])
    #expect(day.stdout.contains("\"tickets\": 1"), "\(day.stdout)")
  }

  @Test func misspelledZoneSuggestsTheRightOne() throws {
    let box = try Sandbox()
    let r = try box.commands("configurar tienda zona America/Santiag")
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr.contains(
        "tienda: No conozco la zona horaria «America/Santiag». ¿Quiso decir «America/Santiago»?"),
      "\(r.transcript)")
    #expect(try box.commands("bitácora como json").stdout.contains("[]"))
  }

  /// DESIGN.md §5.2: the caret goes under the offending token, here the zone,
  /// not under the whole command.
  @Test func misspelledZonePointsAtTheZoneToken() throws {
    let box = try Sandbox()
    let r = try box.tienda([], stdin: "configurar tienda zona America/Santiag\n")
    #expect(r.status == 1)
    #expect(
      r.stderr.hasPrefix("línea 1, columna 24: No conozco la zona horaria"), "\(r.transcript)")
  }

  @Test func kiritimatiIsAlreadyTomorrow() throws {
    let box = try Sandbox()
    let r = try box.commands("configurar tienda zona Pacific/Kiritimati")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(try today(box) == "Hoy:             24-11-2026")
    let json = try jsonObject(try box.commands("ver configuración como json").stdout)
    #expect(json["hoy"] as? String == "2026-11-24")
    #expect(json["zona"] as? String == "Pacific/Kiritimati")
    // The journal's days follow the shop's zone too: the change happened at
    // 03:00 on 24-11 there, which is today; 23-11 (yesterday) has nothing.
    let hoy = try jsonArray(try box.commands("bitácora hoy como json").stdout)
    #expect(hoy.count == 1)
    let ayer = try jsonArray(try box.commands("bitácora ayer como json").stdout)
    #expect(ayer.isEmpty)
    let table = try box.commands("bitácora").stdout
    #expect(table.contains(" 1  24-11-2026 03:00  dueño"), "\(table)")
  }

  @Test func zoneAppliesAcrossRunsRegardlessOfTZ() throws {
    let box = try Sandbox()
    #expect(try box.commands("configurar tienda zona Pacific/Kiritimati").status == 0)
    let r = try box.commands("ver configuración como json", env: ["TZ": "UTC"])
    #expect(try jsonObject(r.stdout)["hoy"] as? String == "2026-11-24")
  }
}
