import TiendaCore

/// How the X and Z reports are shown: one record, the same fields on
/// screen, in CSV and in JSON.
enum CashView {
  /// `iva 19%` → key `impuesto_iva_19`; `ila-cerveza 20,5%` → `impuesto_ila_cerveza_20_5`.
  static func taxKey(_ tax: CashReport.TaxLine) -> String {
    let code = foldedWords(tax.code).joined(separator: "_")
    let rate = TextFormat.plainQuantity(Quantity(thousandths: tax.rate))
      .replacingOccurrences(of: ",", with: "_")
    return "impuesto_" + code + "_" + rate
  }

  static func taxLabel(_ tax: CashReport.TaxLine) -> String {
    tax.code.uppercased() + " " + TextFormat.percent(Percent(thousandths: tax.rate))
  }

  static func person(_ name: String?) -> Cell { .text(name ?? Messages.ownerName) }

  /// The X report (`z` nil) or a stored Z report.
  static func record(_ r: CashReport, z: ZReport?, currency: Currency, footer: [String] = [])
    -> Record
  {
    var f: [(String, String, Cell)] = [("Caja", "caja", .text(r.registerName))]
    if let z { f.append(("Informe Z N°", "numero", .int(z.number))) }
    f.append(("Abierta", "apertura", .instant(r.openedAt)))
    f.append(("Abrió", "abrio", r.autoOpened ? .text("primera venta") : person(r.openedBy)))
    if let z {
      f.append(("Cerrada", "cierre", .instant(z.closedAt)))
      f.append(("Cerró", "cerro", person(z.closedBy)))
      if let approver = z.approvedBy { f.append(("Autorizó", "autorizo", .text(approver))) }
    }
    f += [
      ("Ventas", "ventas", .int(Int64(r.salesCount))),
      ("Primera venta", "primera_venta", r.firstSale.map(Cell.int) ?? .null),
      ("Última venta", "ultima_venta", r.lastSale.map(Cell.int) ?? .null),
      ("Total vendido", "total_vendido", .money(r.salesTotal)),
      ("Descuentos en líneas", "descuentos_lineas", .money(r.lineDiscounts)),
      ("Descuentos al ticket", "descuentos_ticket", .money(r.ticketDiscounts)),
      ("Cupones usados", "cupones", .int(Int64(r.couponCount))),
      ("Descuento por cupones", "descuento_cupones", .money(r.couponDiscounts)),
      ("Anulaciones", "anulaciones", .int(Int64(r.voidsCount))),
      ("Total anulado", "total_anulado", .money(r.voidsTotal)),
      ("Devoluciones", "devoluciones", .int(Int64(r.returnsCount))),
      ("Total devuelto", "total_devuelto", .money(r.returnsTotal)),
      ("Venta neta", "venta_neta", .money(r.netSales)),
      ("Neto sin impuestos", "neto", .money(r.salesNet - r.refundsNet)),
    ]
    for tax in r.taxes { f.append((taxLabel(tax), taxKey(tax), .money(tax.net))) }
    f += [
      ("Fondo inicial", "fondo", .money(r.openingFloat)),
      ("Efectivo de ventas", "efectivo_ventas", .money(r.cashFromSales)),
      ("Efectivo devuelto", "efectivo_devuelto", .money(r.cashRefunds)),
      ("Ingresos (\(r.depositsCount))", "ingresos", .money(r.deposits)),
      ("Retiros (\(r.withdrawalsCount))", "retiros", .money(r.withdrawals)),
      ("Efectivo esperado", "efectivo_esperado", .money(r.expectedCash)),
    ]
    if let z {
      f += [
        ("Efectivo contado", "efectivo_contado", .money(z.countedCash)),
        ("Diferencia en efectivo", "diferencia_efectivo", .money(z.cashDifference)),
        ("Resultado", "resultado", .text(Messages.outcome(z.cashDifference, currency))),
      ]
    }
    f.append(("Redondeo (informativo)", "redondeo", .money(r.rounding)))
    // Cards and transfers only when used or declared, to keep the report short.
    for line in r.methods
    where line.method != .cash
      && (line.payments > 0 || line.expected != .zero || z?.counted[line.method] != nil)
    {
      let name = Messages.methodName(line.method)
      let key = foldedWords(line.method.rawValue).joined(separator: "_")
      f.append(
        ("\(name) (\(Messages.payments(line.payments)))", key + "_esperado", .money(line.expected))
      )
      if let z {
        let counted = z.counted[line.method]
        f.append(
          (
            "\(name) contado", key + "_contado",
            counted.map(Cell.money) ?? .text(Messages.notCounted)
          ))
        f.append(
          (
            "\(name) diferencia", key + "_diferencia",
            z.difference(line.method).map(Cell.money) ?? .null
          ))
      }
    }
    f.append(("Aperturas del cajón", "aperturas_cajon", .int(Int64(r.drawerOpens))))
    if let z {
      f += [
        ("Dejado como fondo", "dejado", .money(z.leftFloat)),
        ("Retirado al cerrar", "retirado_al_cerrar", .money(z.takenAway)),
        ("Nota", "nota", z.note.isEmpty ? .null : .text(z.note)),
      ]
      if !z.denominations.isEmpty {
        let text = z.denominations.map {
          TextFormat.money($0.value, currency) + " × " + String($0.count)
        }.joined(separator: ", ")
        f.append(("Conteo", "conteo", .text(text)))
      }
      if let head = z.journalHead {
        f.append((Messages.zHeadLabel, "bitacora", .text(Messages.chainHead(head))))
      }
    }
    return Record(f, footer: footer)
  }

}
