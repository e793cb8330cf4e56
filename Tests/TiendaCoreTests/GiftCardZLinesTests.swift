import Testing

@testable import TiendaCore

/// The gift card lines a Z keeps (`z_report_lines`) read back the same, and
/// a Z closed before issue 15's fix (its written-off rests kept as 0) reads
/// them as the voids less what was paid back.
@Suite struct GiftCardZLinesTests {
  @Test func linesReadBackTheSame() {
    var s = GiftCardSessionSummary()
    s.issued = [.init(method: .cash, count: 2, amount: Money(11505), kept: Money(11500))]
    s.voidedCount = 2
    s.voided = Money(9505)
    s.paidBack = [
      .init(method: .cash, count: 1, amount: Money(5505), handed: Money(5500)),
      .init(method: nil, count: 1, amount: Money(4000), handed: .zero),
    ]
    #expect(GiftCardSessionSummary(zLines: s.zLines) == s)
  }

  @Test func anOldZReadsTheWrittenOffRest() {
    // As a Z closed before the fix stored them: `devueltas:` (no method) 0.
    let old = [
      ZLine(kind: "vendidas:efectivo", count: 2, amount: Money(11505)),
      ZLine(kind: "cobradas:efectivo", count: 2, amount: Money(11500)),
      ZLine(kind: "anuladas", count: 2, amount: Money(9505)),
      ZLine(kind: "devueltas:efectivo", count: 1, amount: Money(5505)),
      ZLine(kind: "entregadas:efectivo", count: 1, amount: Money(5500)),
      ZLine(kind: "devueltas:", count: 1, amount: .zero),
      ZLine(kind: "entregadas:", count: 1, amount: .zero),
    ]
    let s = GiftCardSessionSummary(zLines: old)
    let writtenOff = s.paidBack.first { $0.method == nil }
    #expect(writtenOff?.amount == Money(9505 - 5505), "\(s.paidBack)")
    #expect(s.paidBack.reduce(Money.zero) { $0 + $1.amount } == s.voided)
  }
}
