import Foundation
import Testing
import TiendaTestSupport

/// Issue 23, the base: branch identity, `configurar central`, `central
/// preparar` against a real throwaway PostgreSQL, libpq loaded only on use.
@Suite struct SyncBaseTests {
  /// A fresh central database, or nil (and a failure under CI) without PostgreSQL.
  static func central() throws -> String? {
    switch ThrowawayPostgres.server {
    case .success: return try ThrowawayPostgres.newDatabase()
    case .failure(let failure):
      if ExternalTool.isCI { Issue.record("PostgreSQL: \(failure)") }
      return nil
    }
  }

  @Test func branchIdentityIsMadeAtCreationAndUniquePerFile() throws {
    let a = try Sandbox()
    let b = try Sandbox()
    try a.commands("ver configuración")
    try b.commands("ver configuración")
    let idA = try a.sqlite(a.db, "SELECT value FROM settings WHERE key = 'sucursal.id'").stdout
    let idB = try b.sqlite(b.db, "SELECT value FROM settings WHERE key = 'sucursal.id'").stdout
    #expect(idA.trimmingCharacters(in: .whitespacesAndNewlines).count == 32)
    #expect(idA != idB)
    let r = try a.commands("configurar tienda sucursal \"Feria Matta\"")
    #expect(r.status == 0, "\(r.transcript)")
    let name = try a.sqlite(a.db, "SELECT value FROM settings WHERE key = 'sucursal.nombre'")
    #expect(name.stdout == "Feria Matta\n")
    // The id does not change with the name.
    #expect(
      try a.sqlite(a.db, "SELECT value FROM settings WHERE key = 'sucursal.id'").stdout == idA)
  }

  @Test func conninfoWithPasswordIsRefusedAndNothingStored() throws {
    let s = try Sandbox()
    for info in ["host=x dbname=y password=secreta", "postgresql://feria:secreta@central/tienda"] {
      let r = try s.commands("configurar central \"\(info)\"")
      #expect(r.status == 1)
      #expect(r.stderr.contains("contraseña"), "\(r.transcript)")
    }
    let stored = try s.sqlite(s.db, "SELECT count(*) FROM settings WHERE key LIKE 'central.%'")
    #expect(stored.stdout == "0\n")
  }

  @Test func prepareCreatesTheCentralSchemaAndIsSafeToRepeat() throws {
    guard let info = try Self.central() else { return }
    let s = try Sandbox()
    var r = try s.commands("configurar central \"\(info)\"")
    #expect(r.status == 0, "\(r.transcript)")
    r = try s.commands("central preparar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("creado (versión 1)"), "\(r.transcript)")
    #expect(r.stderr.isEmpty, "\(r.transcript)")
    let tables = try ThrowawayPostgres.psql(
      info,
      "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
        + " WHERE table_schema = 'tienda' AND table_name IN ('eventos','sucursales','sales','sale_lines','journal','customers')"
    )
    #expect(tables == "customers,eventos,journal,sale_lines,sales,sucursales")
    r = try s.commands("central preparar")
    #expect(r.status == 0, "\(r.transcript)")
    #expect(r.stdout.contains("ya estaba en la versión 1"), "\(r.transcript)")
    #expect(r.stderr.isEmpty, "\(r.transcript)")
    #expect(try ThrowawayPostgres.psql(info, "SELECT version FROM tienda.esquema") == "1")
  }

  @Test func centralDownIsASpanishErrorAndExitOne() throws {
    let s = try Sandbox()
    let dead = s.path("sin-servidor")
    try FileManager.default.createDirectory(atPath: dead, withIntermediateDirectories: true)
    var r = try s.commands("configurar central \"host=\(dead) dbname=tienda user=feria\"")
    #expect(r.status == 0, "\(r.transcript)")
    r = try s.commands("central preparar")
    #expect(r.status == 1)
    #expect(r.stderr.contains("No se pudo conectar con la central"), "\(r.transcript)")
  }

  @Test func notConfiguredSaysHow() throws {
    let s = try Sandbox()
    let r = try s.commands("central preparar")
    #expect(r.status == 1)
    #expect(r.stderr.contains("configurar central"), "\(r.transcript)")
  }

  /// libpq is loaded by `central preparar` and never by other commands
  /// (the dynamic loader's own trace, LD_DEBUG=libs, is the oracle).
  @Test func libpqIsLoadedOnlyWhenTheCentralIsUsed() throws {
    let s = try Sandbox()
    try s.commands("ver configuración")
    var r = try s.commands("ver configuración", env: ["LD_DEBUG": "libs"])
    #expect(r.status == 0)
    #expect(!r.stderr.contains("libpq.so"), "libpq cargada al iniciar")
    #expect(r.stderr.contains("libsqlite3") || r.stderr.contains("calling init"), "\(r.stderr)")
    try s.commands("configurar central \"host=\(s.path("nada")) dbname=x\"")
    r = try s.commands("central preparar", env: ["LD_DEBUG": "libs"])
    #expect(r.stderr.contains("libpq.so.5"), "libpq no se cargó")
  }
}
