import Foundation
import Testing

/// Helpers for the users and permissions end-to-end tests (DESIGN.md §6
/// "Users", issue 3). Runs are scripts: never a TTY, so nothing is asked.
enum UsersFixture {
  static let owner = "pepe"
  static let ownerPin = "4321"
  static let cashier = "maría"
  static let cashierPin = "1234"
}

extension Sandbox {
  /// `TIENDA_PIN=<pin> tienda --db … --usuario <user> -c l1 -c l2 …`.
  @discardableResult
  func asUser(_ user: String, pin: String, _ lines: String..., extra: [String] = [])
    throws -> RunResult
  {
    try tienda(
      ["--usuario", user] + extra + lines.flatMap { ["-c", $0] }, env: ["TIENDA_PIN": pin])
  }

  /// As `asUser`, expecting success.
  @discardableResult
  func okAs(
    _ user: String, pin: String, _ lines: String...,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> RunResult {
    let r = try tienda(
      ["--usuario", user] + lines.flatMap { ["-c", $0] }, env: ["TIENDA_PIN": pin])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return r
  }

  /// Runs a read to check the shop's state: once users exist reads need a
  /// login (DESIGN.md §8.5), so it runs as the fixture's dueño.
  func reading(_ command: String) throws -> RunResult {
    guard FileManager.default.fileExists(atPath: db) else { return try commands(command) }
    let users = try sqlite(db, "SELECT count(*) FROM users WHERE active = 1").stdout
    guard !users.hasPrefix("0") else { return try commands(command) }
    return try asUser(UsersFixture.owner, pin: UsersFixture.ownerPin, command)
  }

  /// pepe (dueño, 4321) and maría (cajero, 1234): login is on afterwards.
  func withOwnerAndCashier(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let r = try tienda([
      "-c", "crear usuario \(UsersFixture.owner) rol dueño pin \(UsersFixture.ownerPin)",
      "-c", "crear usuario \(UsersFixture.cashier) rol cajero pin \(UsersFixture.cashierPin)",
    ])
    #expect(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
  }

  /// The shop file's dump lines that are new since `before`.
  func newDumpLines(since before: String) throws -> [String] {
    let old = Set(before.split(separator: "\n").map(String.init))
    return try dump().split(separator: "\n").map(String.init).filter { !old.contains($0) }
  }

  /// Runs a command as `user` that must fail and change nothing but the
  /// journal row of the login itself (`sesión.entrar`); returns the error.
  func refusedAs(
    _ user: String, pin: String, _ command: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let before = try dump()
    let r = try asUser(user, pin: pin, command)
    #expect(
      r.status == 1, "«\(command)» como \(user) debía fallar:\n\(r.transcript)",
      sourceLocation: sourceLocation)
    let added = try newDumpLines(since: before)
    #expect(
      added.count <= 1 && added.allSatisfy { $0.contains("sesión.entrar") },
      "«\(command)» como \(user) cambió el archivo más allá del ingreso:\n\(added.joined(separator: "\n"))",
      sourceLocation: sourceLocation)
    return errorText(r)
  }

  /// `bitácora como json`, parsed (today, with the fixed clock). Once users
  /// exist the journal is a money figure (DESIGN.md §8.5): read as the dueño.
  func journalRows(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    let r = try reading("bitácora como json")
    try #require(r.status == 0, "\(r.transcript)", sourceLocation: sourceLocation)
    return try jsonArray(r.stdout, sourceLocation: sourceLocation)
  }

  /// Journal actions in order, straight from the file.
  func journalActions() throws -> [String] {
    let r = try sqlite(db, "SELECT action FROM journal ORDER BY id")
    #expect(r.status == 0, "\(r.transcript)")
    return r.stdout.split(separator: "\n").map(String.init)
  }
}
