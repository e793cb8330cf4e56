import Foundation
import Testing
import TiendaStore
import TiendaTestSupport

@testable import TiendaCore

/// Issue 14 in the register and users areas: SQL only in `Storage/`, rows
/// read by column name, handlers with typed parameters, and one call into
/// the area per command (`OpenSessionRequest`, `addUser`, `changePin(of:)`).
@Suite struct CashUsersShapeTests {
  let dir = TempDir()
  let shop: Shop

  init() throws {
    shop = try Shop.open(path: dir.file("t.db"), clock: FixedClock(1_795_438_800))
  }

  // MARK: The shape of the sources

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let rulesFiles = [
    "Sources/TiendaCore/Cash/CashError.swift", "Sources/TiendaCore/Cash/CashMovements.swift",
    "Sources/TiendaCore/Cash/CashReport.swift", "Sources/TiendaCore/Cash/Registers.swift",
    "Sources/TiendaCore/Cash/SessionLifecycle.swift", "Sources/TiendaCore/Cash/Sessions.swift",
    "Sources/TiendaCore/Cash/ZReport.swift", "Sources/TiendaCore/Users/AccessError.swift",
    "Sources/TiendaCore/Users/DiscountCaps.swift", "Sources/TiendaCore/Users/RightChecks.swift",
    "Sources/TiendaCore/Users/Roles.swift", "Sources/TiendaCore/Users/UserRequests.swift",
    "Sources/TiendaCore/Users/Users.swift",
  ]
  static let handlerFiles = [
    "Sources/TiendaShell/Commands/CashCommands.swift",
    "Sources/TiendaShell/Commands/CashClosing.swift",
    "Sources/TiendaShell/Commands/CashMovementCommands.swift",
    "Sources/TiendaShell/Commands/UserCommands.swift",
  ]

  func source(_ path: String) throws -> String {
    try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
  }

  func matches(_ pattern: String, in text: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
      String(text[Range($0.range, in: text)!])
    }
  }

  @Test func rulesFilesHoldNoSQLAndNoPositionalReads() throws {
    for path in Self.rulesFiles {
      let text = try source(path)
      let sql =
        try matches(#""(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b"#, in: text)
        + matches(#"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|REPLACE)\b"#, in: text)
      #expect(sql.isEmpty, "SQL in \(path): \(sql)")
      let positional = try matches(
        #"\.(int|string|bool|double|blob|optionalInt|optionalString|optionalBool|optionalBlob)\(\s*\d+\s*\)"#,
        in: text)
      #expect(positional.isEmpty, "positional reads in \(path): \(positional)")
      #expect(!text.contains("db.query"), "raw query in \(path)")
      #expect(!text.contains("db.run("), "raw statement in \(path)")
    }
  }

  @Test func handlersReadTypedParameters() throws {
    for path in Self.handlerFiles {
      let text = try source(path)
      let keyed =
        try matches(
          #"\b[a-z]\w*\.(text|bool|isNone|money|quantity|date|percent|integer|list|isFlagSet|period|rut|saleItems|payments|tokens|has)\("[^"]*"\)"#,
          in: text) + matches(#"\barguments\["[^"]*"\]"#, in: text)
      #expect(keyed.isEmpty, "string-keyed reads in \(path): \(keyed)")
    }
  }

  // MARK: abrir caja names the register inside the core

  @Test func aTrailingAmountIsTheFloatOnlyWhenTheNameNamesNoRegister() throws {
    try shop.register.createRegister(name: "Caja 2")
    try shop.register.createRegister(name: "Caja 3 5")
    // The whole text names a register: the amount is never read.
    let (_, named) = try shop.register.openSession(
      OpenSessionRequest(
        register: "Caja 3 5",
        trailingFloat: (
          "Caja 3",
          {
            Issue.record("amount read")
            return Money(5)
          }
        )))
    #expect(named.name == "Caja 3 5")
    #expect(try shop.register.currentSession(registerID: named.id)?.openingFloat == .zero)
    // What is before the amount names a register exactly: it is the float.
    let (session, register) = try shop.register.openSession(
      OpenSessionRequest(register: "Caja 2 15000", trailingFloat: ("Caja 2", { Money(15_000) })))
    #expect(register.name == "Caja 2")
    #expect(session.openingFloat == Money(15_000))
    // A bare amount opens this terminal's register.
    let (own, here) = try shop.register.openSession(
      OpenSessionRequest(register: "20000", trailingFloat: (nil, { Money(20_000) })))
    #expect(here.name == "Caja 1")
    #expect(own.openingFloat == Money(20_000))
    // What is before the amount names nothing: the whole text is a name.
    #expect(throws: CoreError.self) {
      try shop.register.openSession(
        OpenSessionRequest(
          register: "Bodega 500",
          trailingFloat: (
            "Bodega",
            {
              Issue.record("amount read")
              return Money(500)
            }
          )))
    }
  }

  @Test func aNegativeTrailingFloatIsRefusedAndNothingOpens() throws {
    #expect(throws: CashError.negativeAmount(Money(-500))) {
      try shop.register.openSession(
        OpenSessionRequest(register: "-500", trailingFloat: (nil, { Money(-500) })))
    }
    #expect(try shop.register.currentSession() == nil)
  }

  // MARK: crear usuario and cambiar pin

  @Test func addingTheFirstOwnerLogsInAndTheRoleIsCheckedBeforeThePin() throws {
    #expect(throws: CoreError.unknownRole("cajera", suggestion: "cajero")) {
      try shop.users.addUser(NewUserRequest(name: "Pepe", role: "cajera")) {
        Issue.record("PIN asked before the role was checked")
        return "1234"
      }
    }
    let owner = try shop.users.addUser(NewUserRequest(name: "Pepe", role: "dueño")) { "4321" }
    #expect(owner.first)
    #expect(shop.actor.userName == "Pepe")
    let cashier = try shop.users.addUser(NewUserRequest(name: "María", role: "cajero")) { "1234" }
    #expect(!cashier.first)
    #expect(cashier.user.role.code == "cajero")
    #expect(shop.actor.userName == "Pepe")
  }

  final class FakeDialog: PinChangeDialog {
    var current = ""
    var new = ""
    var authorized: [Right] = []
    var askedOwn: Bool?

    func authorize(_ right: Right) throws { authorized.append(right) }
    func currentPin() throws -> String { current }
    func newPin(own: Bool) throws -> String {
      askedOwn = own
      return new
    }
  }

  @Test func changingOnesOwnPinNeedsTheCurrentOne() throws {
    try shop.users.addUser(NewUserRequest(name: "Pepe", role: "dueño")) { "4321" }
    let dialog = FakeDialog()
    dialog.current = "0000"
    dialog.new = "5678"
    #expect(throws: CoreError.self) { try shop.users.changePin(of: nil, dialog: dialog) }
    #expect(dialog.askedOwn == nil)
    _ = try shop.users.authenticate("Pepe", pin: "4321")
    dialog.current = "4321"
    #expect(try shop.users.changePin(of: "pepe", dialog: dialog) == "pepe")
    #expect(dialog.askedOwn == true)
    #expect(dialog.authorized.isEmpty)
    _ = try shop.users.authenticate("Pepe", pin: "5678")
  }

  @Test func changingAnothersPinAsksForTheRightNotTheirPin() throws {
    try shop.users.addUser(NewUserRequest(name: "Pepe", role: "dueño")) { "4321" }
    try shop.users.addUser(NewUserRequest(name: "María", role: "cajero")) { "1234" }
    let dialog = FakeDialog()
    dialog.new = "9999"
    #expect(try shop.users.changePin(of: "María", dialog: dialog) == "María")
    #expect(dialog.authorized == [.manageUsers])
    #expect(dialog.askedOwn == false)
    _ = try shop.users.authenticate("María", pin: "9999")
  }

  // MARK: The Z report's row, against hand-written SQL

  @Test func theZRowHoldsTheFiguresByName() throws {
    try shop.register.openSession(float: Money(20_000))
    try shop.register.moveCash(.deposit, amount: Money(5_000), reason: "sencillo")
    try shop.register.moveCash(.withdrawal, amount: Money(2_000), reason: "banco")
    try shop.register.openDrawer()
    let z = try shop.register.closeSession(
      CashCount(
        cash: Money(22_500), others: [.debit: Money(0)], leave: Money(10_000), note: "ok",
        denominations: [
          Denomination(value: Money(10_000), count: 2), Denomination(value: Money(500), count: 5),
        ]))
    // Expected = 20000 + 5000 − 2000 = 23000; counted 22500: 500 short.
    let other = try Database(path: dir.file("t.db"))
    let row = try #require(
      try other.queryFirst(
        """
        SELECT opening_float, deposits_count, deposits, withdrawals_count, withdrawals,
          drawer_opens, expected_cash, counted_cash, cash_difference, left_float, note
        FROM z_reports WHERE number = 1
        """))
    #expect(
      row.values == [
        .integer(20_000), .integer(1), .integer(5_000), .integer(1), .integer(2_000),
        .integer(1), .integer(23_000), .integer(22_500), .integer(-500), .integer(10_000),
        .text("ok"),
      ])
    let methods = try other.query(
      "SELECT method, expected, counted, difference FROM z_report_methods ORDER BY method")
    #expect(
      methods.map(\.values) == [
        [.text("crédito"), .integer(0), .null, .null],
        [.text("débito"), .integer(0), .integer(0), .integer(0)],
        [.text("efectivo"), .integer(23_000), .integer(22_500), .integer(-500)],
        [.text("transferencia"), .integer(0), .null, .null],
      ])
    let counts = try other.query(
      "SELECT value, count FROM z_report_denominations ORDER BY value DESC")
    #expect(
      counts.map(\.values) == [[.integer(10_000), .integer(2)], [.integer(500), .integer(5)]])
    // Read back, the stored report is the one the closing returned.
    let stored = try shop.register.zReport(number: 1)
    #expect(stored == z)
    #expect(stored.report.deposits == Money(5_000))
    #expect(stored.report.withdrawals == Money(2_000))
    #expect(stored.report.drawerOpens == 1)
    #expect(stored.cashDifference == Money(-500))
    #expect(stored.counted == [.cash: Money(22_500), .debit: .zero])
  }
}
