import Foundation
import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// The dialog side of an approval, scripted: the answers a person would
/// type, and what they were asked.
final class ScriptedApprovals: Approvals {
  var canAsk = true
  var approvers: [ApproverCredentials] = []
  var confirms = false
  var asked: [String] = []

  func askApprover(_ reason: ApprovalReason) -> ApproverCredentials? {
    asked.append(Self.describe(reason))
    return approvers.isEmpty ? nil : approvers.removeFirst()
  }

  func confirmOverride(_ reason: ApprovalReason) -> Bool {
    asked.append("confirmar " + Self.describe(reason))
    return confirms
  }

  static func describe(_ reason: ApprovalReason) -> String {
    switch reason {
    case .missingRight(let right, let user, _): return "falta \(right.rawValue) a \(user)"
    case .overCap: return "tope"
    case .override(let right, let why): return "forzar \(right.rawValue): \(why)"
    }
  }
}

/// Writes carry the command's `WriteContext` (issue 14): a handle made with
/// `acting(_:)` shares the open shop's state and journals its own command
/// text and approver.
@Suite struct WriteContextTests {
  let dir = TempDir()

  func open() throws -> Shop {
    let shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
    try shop.users.createUser(name: "Pepe", role: "dueño", pin: "4321")
    try shop.users.createUser(name: "María", role: "cajero", pin: "1234")
    return shop
  }

  /// The journal rows of `action`, read with plain SQL.
  func rows(_ shop: Shop, _ action: String) throws -> [[String]] {
    try shop.db.query(
      "SELECT command, user_name, approved_by FROM journal WHERE action = ? ORDER BY id",
      [.text(action)]
    ).map { [$0.string(0), $0.optionalString(1) ?? "-", $0.optionalString(2) ?? "-"] }
  }

  @Test func aHandleJournalsItsContextAndSharesTheSession() throws {
    let shop = try open()
    let command = shop.acting(WriteContext(command: "crear categoría Bebidas", approvedBy: "Pepe"))
    _ = try command.users.logIn("maria", pin: "1234")
    // The session is shared: the login through the handle is the shop's.
    #expect(shop.actor.userName == "María")
    #expect(command.actor.approvedBy == "Pepe")
    #expect(shop.actor.approvedBy == nil)
    try command.catalog.createCategory(name: "Bebidas")
    try shop.catalog.createCategory(name: "Pan")
    #expect(
      try rows(shop, "categoría.crear") == [
        ["crear categoría Bebidas", "María", "Pepe"], ["", "María", "-"],
      ])
    #expect(try rows(shop, "sesión.entrar") == [["crear categoría Bebidas", "María", "Pepe"]])
  }

  @Test func aMissingRightIsApprovedThroughTheDialog() throws {
    let shop = try open()
    _ = try shop.users.logIn("maria", pin: "1234")
    let command = shop.acting(WriteContext(command: "crear caja Caja 2"))
    let dialog = ScriptedApprovals()
    dialog.approvers = [ApproverCredentials(name: "pepe", pin: "4321")]
    let approved = try command.users.authorize(.manageUsers, approvals: dialog)
    #expect(approved == WriteContext(command: "crear caja Caja 2", approvedBy: "Pepe"))
    #expect(dialog.asked == ["falta administrar a María"])
    try command.acting(approved).register.createRegister(name: "Caja 2")
    #expect(try rows(shop, "caja.crear") == [["crear caja Caja 2", "María", "Pepe"]])
  }

  @Test func withoutAnApproverTheRefusalStands() throws {
    let shop = try open()
    _ = try shop.users.logIn("maria", pin: "1234")
    let dialog = ScriptedApprovals()
    #expect(throws: CoreError.missingRight(.manageUsers, user: "María")) {
      try shop.users.authorize(.manageUsers, approvals: dialog)
    }
    // A wrong PIN is no approval either.
    dialog.approvers = [ApproverCredentials(name: "pepe", pin: "9999")]
    #expect(throws: (any Error).self) {
      try shop.users.authorize(.manageUsers, approvals: dialog)
    }
    #expect(dialog.asked.count == 2)
  }

  @Test func anOverrideIsConfirmedOrApprovedOrNotAsked() throws {
    let shop = try open()
    let dialog = ScriptedApprovals()
    let why = "No hay stock."
    // Nobody at a terminal: nothing is asked.
    dialog.canAsk = false
    #expect(try shop.users.approveOverride(.sellBelowZero, why: why, approvals: dialog) == nil)
    #expect(dialog.asked.isEmpty)
    // The owner holds the right: they confirm it themselves.
    dialog.canAsk = true
    dialog.confirms = true
    _ = try shop.users.logIn("pepe", pin: "4321")
    let command = shop.acting(WriteContext(command: "vender 5 pan"))
    #expect(
      try command.users.approveOverride(.sellBelowZero, why: why, approvals: dialog)
        == WriteContext(command: "vender 5 pan"))
    // A cashier without the right needs a supervisor.
    _ = try shop.users.logIn("maria", pin: "1234")
    dialog.approvers = [ApproverCredentials(name: "Pepe", pin: "4321")]
    #expect(
      try command.users.approveOverride(.sellBelowZero, why: why, approvals: dialog)
        == WriteContext(command: "vender 5 pan", approvedBy: "Pepe"))
    #expect(
      dialog.asked == [
        "confirmar forzar vender-sin-stock: No hay stock.",
        "forzar vender-sin-stock: No hay stock.",
      ])
  }

  @Test func openingKeepsTheConnectionSafe() throws {
    let shop = try open()
    #expect(try shop.db.scalarInt("PRAGMA foreign_keys") == 1)
    #expect(try shop.db.scalarInt("PRAGMA synchronous") == 2)
    // temp_store = MEMORY comes before the first savepoint or batch, not at
    // opening (a one-line sale needs none).
    #expect(try shop.db.scalarInt("PRAGMA temp_store") != 2)
    try shop.runBatch { .rollback }
    #expect(try shop.db.scalarInt("PRAGMA temp_store") == 2)
    #expect(try shop.db.queryFirst("PRAGMA journal_mode")?.string(0) == "wal")
    // Foreign keys are enforced, not only reported.
    let refused = #expect(throws: StoreError.self) {
      try shop.db.run(
        "INSERT INTO cash_sessions(register_id, opened_at, opening_float) VALUES (999, 0, 0)")
    }
    #expect(refused?.message.contains("FOREIGN KEY") == true)
  }
}
