import Testing
import TiendaCrypto
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

@Suite struct UsersTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
  }

  func owner() throws {
    try shop.users.createUser(name: "Pepe", role: "dueño", pin: "4321")
    try shop.users.createUser(name: "María", role: "cajero", pin: "1234")
    try shop.users.createUser(name: "Sofía", role: "supervisor", pin: "5555")
  }

  @Test func singleUserModeAsksNothing() throws {
    #expect(!shop.users.usersExist)
    try shop.users.authorize(.manageUsers)
    try shop.users.authorize(.editCatalog)
    try shop.users.authorizeDiscount(
      DiscountRule(percent: Percent(thousandths: 100_000)), line: nil, in: Ticket())
  }

  @Test func firstUserMustBeOwnerAndPinsAreDigits() throws {
    #expect(throws: CoreError.firstUserMustBeOwner) {
      try shop.users.createUser(name: "María", role: "cajero", pin: "1234")
    }
    for bad in ["123", "123456789", "12a4", ""] {
      #expect(throws: CoreError.badPin) {
        try shop.users.createUser(name: "Pepe", role: "dueño", pin: bad)
      }
    }
    #expect(throws: CoreError.unknownRole("cajera", suggestion: "cajero")) {
      try shop.users.createUser(name: "Pepe", role: "cajera", pin: "1234")
    }
    #expect(!shop.users.usersExist)
  }

  @Test func rolesAndRights() throws {
    try owner()
    _ = try shop.users.logIn("maria", pin: "1234")
    try shop.users.authorize(.sell)
    #expect(throws: CoreError.missingRight(.editCatalog, user: "María")) {
      try shop.users.authorize(.editCatalog)
    }
    // A supervisor lacks editar-catálogo too; a dueño approves.
    #expect(throws: CoreError.approverLacksRight(.editCatalog, approver: "Sofía")) {
      _ = try shop.users.approve(.editCatalog, by: "sofia", pin: "5555")
    }
    #expect(try shop.users.approve(.editCatalog, by: "pepe", pin: "4321") == "Pepe")
  }

  /// The example: a cajero (cap 10 %) is refused 11 %, and a
  /// supervisor (cap 50 %) approves it with their PIN.
  @Test func cajeroBlockedAtElevenPercentUntilSupervisorApproves() throws {
    try owner()
    var d = ProductDraft(name: "Empanada", price: Money(10_000))
    d.stock = Quantity(units: 10)
    try shop.catalog.createProduct(d)
    _ = try shop.users.logIn("maría", pin: "1234")
    var ticket = Ticket()
    ticket.lines = [
      try shop.tickets.resolveItem(SaleItemRequest(query: "empanada", quantity: Quantity(units: 1)))
    ]
    func percent(_ p: Int64) -> DiscountRule { DiscountRule(percent: Percent(thousandths: p)) }
    try shop.users.authorizeDiscount(percent(10_000), line: 1, in: ticket)
    #expect(
      throws: CoreError.discountOverCap(
        Percent(thousandths: 11_000), cap: Percent(thousandths: 10_000), user: "María")
    ) {
      try shop.users.authorizeDiscount(percent(11_000), line: 1, in: ticket)
    }
    #expect(
      try shop.users.approveDiscount(percent(11_000), line: 1, in: ticket, by: "sofía", pin: "5555")
        == "Sofía")
    #expect(throws: CoreError.self) {
      _ = try shop.users.approveDiscount(
        percent(60_000), line: 1, in: ticket, by: "sofía", pin: "5555")
    }
    // 10 % on the line and 5 % on the ticket: 14,5 % of the subtotal, over
    // the cajero's ticket cap (DESIGN.md §8.6).
    ticket = ticket.settingDiscount(percent(10_000), line: 1)
    #expect(
      throws: AccessError.ticketDiscountOverCap(
        Percent(thousandths: 14_500), cap: Percent(thousandths: 10_000), user: "María")
    ) {
      try shop.users.authorizeDiscount(percent(5_000), line: nil, in: ticket)
    }
  }

  @Test func wrongPinsAreCountedAndLock() throws {
    try owner()
    for left in [4, 3, 2, 1] {
      #expect(throws: CoreError.wrongPin(user: "María", attemptsLeft: left)) {
        _ = try shop.users.authenticate("maría", pin: "0000")
      }
    }
    #expect(throws: CoreError.userLocked(user: "María", minutes: 15)) {
      _ = try shop.users.authenticate("maría", pin: "0000")
    }
    // Even the right PIN is refused while locked.
    #expect(throws: CoreError.userLocked(user: "María", minutes: 15)) {
      _ = try shop.users.authenticate("maría", pin: "1234")
    }
    let actions = try shop.db.query("SELECT action FROM journal WHERE entity = 'users'").map {
      $0.string(0)
    }
    #expect(actions.filter { $0 == "usuario.pin_incorrecto" }.count == 4)
    #expect(actions.contains("usuario.bloqueado"))
    // An owner resets it by changing the PIN.
    try shop.users.changePin("maría", to: "2468")
    #expect(try shop.users.authenticate("maría", pin: "2468").name == "María")
  }

  @Test func secretsNeverReachTheJournalOrTheFile() throws {
    try owner()
    try shop.users.changePin("pepe", to: "9753")
    let journal = try shop.db.query("SELECT coalesce(before,'') || coalesce(after,'') FROM journal")
      .map { $0.string(0) }.joined()
    for secret in ["4321", "1234", "5555", "9753", "pbkdf2"] {
      #expect(!journal.contains(secret))
    }
    let stored = try shop.db.query("SELECT pin FROM users").map { $0.string(0) }
    #expect(stored.allSatisfy { $0.hasPrefix("pbkdf2-sha256$") && PinHash(encoded: $0) != nil })
  }

  @Test func lastOwnerStays() throws {
    try owner()
    #expect(throws: CoreError.lastOwner("Pepe")) { try shop.users.deactivateUser("pepe") }
    #expect(throws: CoreError.lastOwner("Pepe")) {
      try shop.users.editUser("pepe", newName: nil, role: "cajero")
    }
    try shop.users.deactivateUser("maría")
    #expect(throws: CoreError.userInactive("María")) {
      _ = try shop.users.authenticate("maría", pin: "1234")
    }
  }

  @Test func editRoleCaps() throws {
    var change = RoleChange()
    change.maxLineDiscount = Percent(thousandths: 15_000)
    change.grant = [.void]
    let role = try shop.users.editRole("cajero", change)
    #expect(role.maxLineDiscount == Percent(thousandths: 15_000))
    #expect(role.rights.contains(.void))
    var revoke = RoleChange()
    revoke.revoke = [.sell]
    #expect(throws: CoreError.ownerKeepsEverything) { try shop.users.editRole("dueño", revoke) }
  }
}
