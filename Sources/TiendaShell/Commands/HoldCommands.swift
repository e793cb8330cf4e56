import TiendaCore

/// Holding and quoting: `sostener`, `sostenidas`, `retomar`,
/// `sostener cotización`, `cotizaciones`, `ver cotización`, `retomar cotización`.
enum HoldCommands {
  static let all: [CommandSpec] = [hold, held, resume, quote, quotes, showQuote, resumeQuote]

  static let hold = CommandSpec(
    "sostener", group: .sale,
    summary: "Deja el ticket abierto a un lado (sin mover stock) y libera la caja.",
    details: "Necesita al menos una línea y ningún pago. Al retomarlo toma los precios vigentes.",
    params: [holdName.spec],
    examples: ["sostener", "sostener señora del gorro"], mutates: true, right: .sell
  ) { call in
    let ticket = try call.shop.tickets.holdTicket(name: call[holdName] ?? "")
    return .message(Messages.held(ticket.number ?? 0, ticket.name))
  }

  static let held = CommandSpec(
    "sostenidas", group: .sale, summary: "Lista los tickets sostenidos.",
    examples: ["sostenidas"], listing: true, access: .loggedIn
  ) { call in
    .table(
      SalesTables.tickets(
        try call.shop.tickets.heldTickets(), empty: Messages.noHeld, quotes: false))
  }

  static let resume = CommandSpec(
    "retomar", group: .sale,
    summary:
      "Reabre un ticket sostenido (a los precios de hoy) o, sin número, uno que quedó abierto.",
    details: """
      Sin número toma el ticket que quedó abierto en esta caja cuando su terminal se cerró o se
      cayó (el más antiguo), sea de quien sea.
      """,
    params: [heldNumber.spec],
    examples: ["retomar 3", "retomar"], mutates: true, right: .sell
  ) { call in
    guard let number = call[heldNumber] else { return try TicketSession.resumeOrphan(call) }
    let (ticket, changes) = try call.shop.tickets.resumeHeldReporting(number)
    let notices = changes.map {
      switch $0.kind {
      case .deleted: return Messages.heldProductDeleted($0.product)
      case .repriced(let old, let new):
        return Messages.heldProductRepriced(
          $0.product, from: old, to: new, call.shop.settings.currency)
      }
    }
    return .lines(notices + TicketView(call.shop.settings.currency).breakdown(ticket))
  }

  static let quote = CommandSpec(
    "sostener cotización", aliases: ["cotizar"], group: .sale,
    summary: "Guarda el ticket abierto como cotización numerada, con sus precios de hoy.",
    params: [quotedFor.spec, validDays.spec, daysWord.spec],
    examples: ["sostener cotización para \"Juan Pérez\" válida 7 días", "cotizar"],
    mutates: true, right: .sell
  ) { call in
    let days = call[validDays] ?? 7
    guard (1...365).contains(days) else { throw ShellError(Messages.badValidity) }
    let ticket = try call.shop.tickets.makeQuote(for: call[quotedFor] ?? "", validDays: Int(days))
    return .message(
      Messages.quoted(
        ticket.number ?? 0, until: ticket.validUntil ?? call.shop.today,
        total: ticket.totals.total, call.shop.settings.currency))
  }

  static let quotes = CommandSpec(
    "cotizaciones", group: .sale, summary: "Lista las cotizaciones.",
    examples: ["cotizaciones"], listing: true, access: .loggedIn
  ) { call in
    .table(
      SalesTables.tickets(try call.shop.tickets.quotes(), empty: Messages.noQuotes, quotes: true))
  }

  static let showQuote = CommandSpec(
    "ver cotización", group: .sale, summary: "Muestra una cotización con sus líneas y total.",
    params: [quoteNumber.spec],
    examples: ["ver cotización 2"], access: .loggedIn
  ) { call in
    let quote = try call.shop.tickets.quote(try call[quoteNumber])
    var lines = [Messages.quoteTitle(quote.number ?? 0, quote.name, until: quote.validUntil)]
    lines += TicketView(call.shop.settings.currency).breakdown(quote)
    return .lines(lines)
  }

  static let resumeQuote = CommandSpec(
    "retomar cotización", group: .sale,
    summary: "Abre un ticket con las líneas de una cotización vigente, a sus precios.",
    params: [quoteNumber.spec],
    examples: ["retomar cotización 2"], mutates: true, right: .sell
  ) { call in
    .lines(
      TicketView(call.shop.settings.currency).breakdown(
        try call.shop.tickets.resumeQuote(try call[quoteNumber])))
  }

  static let holdName = Param<String>.positional(
    "nombre", .name, placeholder: "<nombre>", help: "Para reconocerlo.")
  static let heldNumber = Param<Int64>.positional(
    "numero", placeholder: "<n>",
    help: "El número del sostenido; sin número, un ticket que quedó abierto.")
  static let quotedFor = Param<String>.option(
    "para", .name, placeholder: "\"…\"", help: "A quién se le cotiza.")
  static let validDays = Param<Int64>.option(
    "válida", key: "valida", placeholder: "<n>", help: "Días de validez (7).")
  static let daysWord = FlagParam(
    "días", key: "dias", help: "Se puede escribir «válida 7 días».")
  static let quoteNumber = RequiredParam<Int64>.positional(
    "numero", placeholder: "<n>", help: "El número de la cotización.")
}
