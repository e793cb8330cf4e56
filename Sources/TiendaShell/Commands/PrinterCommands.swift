import TiendaCore
import TiendaPrint

/// Printers: `configurar impresora`, `listar impresoras`, `borrar impresora`,
/// `probar impresora`.
enum PrinterCommands {
  static let all: [CommandSpec] = [configure, list, delete, test]

  static let printerRef = ParamSpec.positional(
    "impresora", .name, placeholder: "<nombre>", help: "El nombre de la impresora.")

  static let configure = CommandSpec(
    "configurar impresora", group: .printing,
    summary: "Agrega o cambia una impresora: cómo se llega a ella, para qué es y cómo imprime.",
    details: """
      Una de: tcp <host>[:9100], archivo <ruta> (p. ej. /dev/usb/lp0), cups <cola>, pantalla
      (una vista previa que decodifica los mismos bytes). La primera impresora de un rol queda
      como predeterminada de ese rol. Por omisión: rol tickets, lenguaje escpos, ancho 42,
      página de códigos 2 (PC850), corte sí, cajón no, estado sí. Con estado sí, tras cada
      trabajo se pregunta su estado a la impresora (escpos por tcp o en /dev): si contesta, el
      trabajo queda impreso; si no, incierto. Con estado no (impresoras que no lo informan),
      cups, archivos comunes y otros lenguajes, queda enviado.
      """,
    params: [
      printerRef,
      .option(
        "tcp", .text, placeholder: "<host>[:puerto]", help: "Impresora de red (puerto 9100)."),
      .option(
        "archivo", .text, placeholder: "<ruta>", help: "Un dispositivo (/dev/usb/lp0) o un archivo."
      ),
      .option("cups", .text, placeholder: "<cola>", help: "Una cola de CUPS."),
      .option("pantalla", .flag, placeholder: "", help: "Muestra lo que se imprimiría."),
      .option(
        "rol", .choice(PrinterRole.allCases.map(\.rawValue)), placeholder: "tickets",
        help: "tickets, etiquetas, hojas o comanda."),
      .option(
        "lenguaje", .choice(PrinterLanguage.allCases.map(\.rawValue)), placeholder: "escpos",
        help: "escpos, zpl, pdf o texto."),
      .option(
        "ancho", .integer, placeholder: "32|42|48", help: "Columnas: 32 (58 mm), 42 o 48 (80 mm)."),
      .option(
        "página-códigos", .integer, key: "pagina", placeholder: "<n>",
        help: "ESC t n; 2 = PC850 (español)."),
      .option("corte", .yesNo, placeholder: "sí|no", help: "Si tiene cortador."),
      .option("cajón", .yesNo, key: "cajon", placeholder: "sí|no", help: "Si abre el cajón."),
      .option(
        "predeterminada", .yesNo, placeholder: "sí|no", help: "La predeterminada de su rol."),
      .option(
        "estado", .yesNo, placeholder: "sí|no",
        help: "Confirmar cada trabajo con el estado de la impresora."),
    ],
    examples: [
      "configurar impresora boletera tcp 192.168.1.50:9100 ancho 48 cajón sí",
      "configurar impresora usb archivo /dev/usb/lp0 ancho 32 corte no",
      "configurar impresora zebra cups ZD220 rol etiquetas lenguaje zpl",
      "configurar impresora vista pantalla",
      "configurar impresora vieja tcp 192.168.1.60 estado no",
    ],
    mutates: true, right: .manageUsers
  ) { call in
    var draft = PrinterDraft(name: call.text("impresora")!)
    var transports: [(PrinterTransport, String)] = []
    if let t = call.text("tcp") { transports.append((.tcp, t)) }
    if let a = call.text("archivo") { transports.append((.file, a)) }
    if let c = call.text("cups") { transports.append((.cups, c)) }
    if call.isFlagSet("pantalla") { transports.append((.screen, "")) }
    guard transports.count <= 1 else { throw ShellError(Messages.oneTransport) }
    if let (transport, target) = transports.first {
      draft.transport = transport
      draft.target = target
    }
    draft.role = call.text("rol").flatMap(PrinterRole.init(rawValue:))
    draft.language = call.text("lenguaje").flatMap(PrinterLanguage.init(rawValue:))
    draft.width = call.integer("ancho").map { Int(clamping: $0) }
    draft.codePage = call.integer("pagina").map { Int(clamping: $0) }
    draft.cut = call.bool("corte")
    draft.drawer = call.bool("cajon")
    draft.makeDefault = call.bool("predeterminada")
    draft.statusCheck = call.bool("estado")
    let printer = try call.shop.printers.configurePrinter(draft)
    return .message(Messages.printerSaved(printer.name, describe(printer)))
  }

  static func describe(_ p: Printer) -> String {
    let place = p.transport == .screen ? "pantalla" : p.transport.rawValue + " " + p.target
    var parts = [place, p.role.rawValue, p.language.rawValue, "\(p.width) columnas"]
    if p.confirms { parts.append("confirma con su estado") }
    if p.isDefault { parts.append("predeterminada") }
    return parts.joined(separator: ", ")
  }

  static let list = CommandSpec(
    "listar impresoras", group: .printing, summary: "Lista las impresoras configuradas.",
    examples: ["listar impresoras"], listing: true, access: .loggedIn
  ) { call in
    .table(
      Table(
        columns: [
          Column("Nombre", key: "nombre", priority: .high), Column("Transporte", key: "transporte"),
          Column("Destino", key: "destino"), Column("Rol", key: "rol"),
          Column("Lenguaje", key: "lenguaje"), Column("Ancho", key: "ancho", alignRight: true),
          Column("Página", key: "pagina_codigos", alignRight: true, priority: .low),
          Column("Corte", key: "corte", priority: .low),
          Column("Cajón", key: "cajon", priority: .low),
          Column("Predeterminada", key: "predeterminada"),
          Column("Estado", key: "estado", priority: .low),
        ],
        rows: try call.shop.printers.list().map {
          [
            .text($0.name), .text($0.transport.rawValue), .text($0.target), .text($0.role.rawValue),
            .text($0.language.rawValue), .int(Int64($0.width)), .int(Int64($0.codePage)),
            .bool($0.cut), .bool($0.drawer), .bool($0.isDefault), .bool($0.statusCheck),
          ]
        }, emptyMessage: Messages.noPrinters))
  }

  static let delete = CommandSpec(
    "borrar impresora", group: .printing,
    summary: "Quita una impresora; sus trabajos en espera se cancelan.",
    params: [printerRef], examples: ["borrar impresora boletera"], mutates: true,
    right: .manageUsers
  ) { call in
    let p = try call.shop.printers.deletePrinter(call.text("impresora")!)
    return .message(Messages.printerDeleted(p.name))
  }

  static let test = CommandSpec(
    "probar impresora", group: .printing,
    summary:
      "Imprime una página de prueba: tildes y eñes, una regla de columnas y un código de barras.",
    details: """
      La página sale en el momento y el comando dice si la impresora la confirmó; si no salió
      (o no se sabe), termina con error (estado de salida 1).
      """,
    params: [
      .positional(
        "impresora", .name, required: false, placeholder: "<nombre>",
        help: "Por omisión, la de tickets.")
    ],
    examples: ["probar impresora", "probar impresora boletera"], mutates: true, access: .loggedIn
  ) { call in
    let shop = call.shop
    let printer =
      try call.text("impresora").map(shop.printers.findPrinter)
      ?? shop.printers.defaultPrinter(.tickets)
    guard let printer else { throw PrintError.noPrinter(.tickets) }
    var documents = TicketDocuments(settings: shop.settings, width: printer.width)
    documents.practice = shop.practice
    let bytes = PrintSpool.bytes(documents.testPage(printer: printer), for: printer)
    let job = try shop.printQueue.queuePrint(
      kind: "prueba", printer: printer.name, role: printer.role, payload: bytes,
      action: "impresión.prueba", detail: .object([("impresora", .string(printer.name))]))
    return try PrintNow.send(job, call: call, testPage: true)
  }
}
