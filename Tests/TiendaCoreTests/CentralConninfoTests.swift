import Testing

@testable import TiendaCore

/// `configurar central` reads a conninfo the way libpq does (issue 23):
/// pairs with quotes and escapes, or a URI; what goes to libpq is always
/// the `clave='valor'` form (a URI cannot take tienda's extra options).
@Suite struct CentralConninfoTests {
  @Test func pairsWithQuotesAndEscapes() throws {
    let pairs = try CentralConninfo.pairs(
      "host = '/tmp/a b' dbname=t\\ x user='o\\'brien'", original: "")
    #expect(pairs.map(\.key) == ["host", "dbname", "user"])
    #expect(pairs.map(\.value) == ["/tmp/a b", "t x", "o'brien"])
    #expect(
      try CentralConninfo.keywordForm("host='/tmp/a b' user=o\\'b")
        == "host='/tmp/a b' user='o\\'b'")
  }

  @Test func uriBecomesPairs() throws {
    #expect(
      try CentralConninfo.keywordForm(
        "postgresql://feria@central.local:5433/tienda?sslmode=require")
        == "user='feria' host='central.local' port='5433' dbname='tienda' sslmode='require'")
    #expect(
      try CentralConninfo.keywordForm("postgres://@/tienda?host=%2Frun%2Fpostgresql")
        == "dbname='tienda' host='/run/postgresql'")
    #expect(
      try CentralConninfo.keywordForm("postgresql://[::1]:5432,otra:6543/t")
        == "host='::1,otra' port='5432,6543' dbname='t'")
  }

  @Test func refusals() {
    #expect(throws: SyncError.passwordInConninfo) {
      try CentralConninfo.validated("postgresql://feria:clave@central/tienda")
    }
    #expect(throws: SyncError.passwordInConninfo) {
      try CentralConninfo.validated("postgresql://feria@central/tienda?password=x")
    }
    #expect(throws: SyncError.passwordInConninfo) {
      try CentralConninfo.validated("host=c sslpassword=x")
    }
    #expect(throws: SyncError.unknownConninfoKeyword("hots", suggestion: "host")) {
      try CentralConninfo.validated("hots=c dbname=t")
    }
    #expect(throws: SyncError.badConninfoValue("port", "54a")) {
      try CentralConninfo.validated("host=c port=54a")
    }
    #expect(
      throws: SyncError.badConninfoChoice(
        "sslmode", "banana", choices: CentralConninfo.choices["sslmode"] ?? [])
    ) {
      try CentralConninfo.validated("host=c sslmode=banana")
    }
    #expect(throws: SyncError.badConninfo("host='c")) { try CentralConninfo.validated("host='c") }
    #expect(throws: SyncError.badConninfo("hola")) { try CentralConninfo.validated("hola") }
  }
}
