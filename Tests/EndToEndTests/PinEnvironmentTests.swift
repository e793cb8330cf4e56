import Foundation
import Testing

/// `TIENDA_PIN` with a line end (`TIENDA_PIN="$(cat pin.txt)"` keeps none,
/// but an editor or `printf '4321\n'` does): the blanks are not part of the
/// PIN, as in a PIN file, so cron logs in instead of counting a failed
/// attempt towards the lockout.
@Suite struct PinEnvironmentTests {
  @Test func aLineEndAroundThePinIsNotPartOfIt() throws {
    let box = try Sandbox()
    #expect(try box.commands("crear usuario ana rol dueño pin 4321").status == 0)
    for (i, pin) in ["4321\n", "4321\r\n", " 4321\t"].enumerated() {
      let r = try box.tienda(
        ["--usuario", "ana", "-c", "crear categoría bebidas\(i)"], env: ["TIENDA_PIN": pin])
      #expect(r.status == 0, "\(pin.debugDescription): \(r.transcript)")
    }
    // No failed attempt was counted (the oracle: the users table itself).
    let failed = try box.sqlite(box.db, "SELECT failed_attempts FROM users WHERE name = 'ana'")
    #expect(failed.stdout == "0\n", "\(failed.transcript)")
    // A wrong PIN is still wrong, blanks or not.
    let wrong = try box.tienda(
      ["--usuario", "ana", "-c", "crear categoría lácteos"], env: ["TIENDA_PIN": "4322\n"])
    #expect(wrong.status != 0, "\(wrong.transcript)")
  }
}
