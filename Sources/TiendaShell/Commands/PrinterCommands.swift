import TiendaCore
import TiendaPrint

/// Printers: `configurar impresora`, `listar impresoras`, `borrar impresora`,
/// `probar impresora`.
enum PrinterCommands {
  static let all: [CommandSpec] = [configure, list, delete, test]

  static let printerRef = RequiredParam<String>.positional(
    "impresora", .name, placeholder: "<nombre>", help: "El nombre de la impresora.")
  static let tcp = Param<String>.option(
    "tcp", .text, placeholder: "<host>[:puerto]", help: "Impresora de red (puerto 9100).")
  static let file = Param<String>.option(
    "archivo", .text, placeholder: "<ruta>", help: "Un dispositivo (/dev/usb/lp0) o un archivo.")
  static let cups = Param<String>.option(
    "cups", .text, placeholder: "<cola>", help: "Una cola de CUPS.")
  static let screen = FlagParam("pantalla", help: "Muestra lo que se imprimiría.")
  static let role = Param<PrinterRole>.option(
    "rol", placeholder: "tickets", help: "tickets, etiquetas, hojas o comanda.")
  static let language = Param<PrinterLanguage>.option(
    "lenguaje", placeholder: "escpos", help: "escpos, zpl, pdf o texto.")
  static let width = Param<Int64>.option(
    "ancho", placeholder: "32|42|48", help: "Columnas: 32 (58 mm), 42 o 48 (80 mm).")
  static let codePage = Param<Int64>.option(
    "página-códigos", key: "pagina", placeholder: "<n>", help: "ESC t n; 2 = PC850 (español).")
  static let cut = Param<Bool>.option("corte", placeholder: "sí|no", help: "Si tiene cortador.")
  static let drawer = Param<Bool>.option(
    "cajón", key: "cajon", placeholder: "sí|no", help: "Si abre el cajón.")
  static let makeDefault = Param<Bool>.option(
    "predeterminada", placeholder: "sí|no", help: "La predeterminada de su rol.")
  static let statusCheck = Param<Bool>.option(
    "estado", placeholder: "sí|no", help: "Confirmar cada trabajo con el estado de la impresora.")
  /// Issue 20: the categories a comanda printer takes.
  static let categories = Param<[String]>.option(
    "categorías", key: "categorias", placeholder: "<categoría>, …|todas",
    help: "Comanda: las categorías que toma (todas: lo que ninguna otra toma).",
    completion: .categories)
  static let testedPrinter = Param<String>.positional(
    "impresora", .name, placeholder: "<nombre>", help: "Por omisión, la de tickets.")

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
      printerRef.spec, tcp.spec, file.spec, cups.spec, screen.spec, role.spec, language.spec,
      width.spec, codePage.spec, cut.spec, drawer.spec, makeDefault.spec, statusCheck.spec,
      categories.spec,
    ],
    examples: [
      "configurar impresora boletera tcp 192.168.1.50:9100 ancho 48 cajón sí",
      "configurar impresora usb archivo /dev/usb/lp0 ancho 32 corte no",
      "configurar impresora zebra cups ZD220 rol etiquetas lenguaje zpl",
      "configurar impresora vista pantalla",
      "configurar impresora vieja tcp 192.168.1.60 estado no",
      "configurar impresora cocina tcp 192.168.1.61 rol comanda categorías empanadas, tortas",
    ],
    mutates: true, right: .manageUsers
  ) { call in
    var draft = PrinterDraft(name: try call[printerRef])
    var transports: [(PrinterTransport, String)] = []
    if let t = call[tcp] { transports.append((.tcp, t)) }
    if let a = call[file] { transports.append((.file, a)) }
    if let c = call[cups] { transports.append((.cups, c)) }
    if call[screen] { transports.append((.screen, "")) }
    guard transports.count <= 1 else { throw ShellError(Messages.oneTransport) }
    if let (transport, target) = transports.first {
      draft.transport = transport
      draft.target = target
    }
    draft.role = call[role]
    draft.language = call[language]
    draft.width = call[width].map { Int(clamping: $0) }
    draft.codePage = call[codePage].map { Int(clamping: $0) }
    draft.cut = call[cut]
    draft.drawer = call[drawer]
    draft.makeDefault = call[makeDefault]
    draft.statusCheck = call[statusCheck]
    if let names = call[categories] {
      draft.categories =
        names.count == 1 && fold(names[0]) == Messages.allCategoriesWord ? [] : names
    }
    let printer = try call.shop.printers.configurePrinter(draft)
    var message = Messages.printerSaved(printer.name, PrintingTables.describe(printer))
    if draft.categories != nil {
      message += Messages.printerCategories(
        try call.shop.kitchen.printerCategories()[printer.id] ?? [])
    }
    return .message(message)
  }

  static let list = CommandSpec(
    "listar impresoras", group: .printing, summary: "Lista las impresoras configuradas.",
    examples: ["listar impresoras"], listing: true, access: .loggedIn
  ) { call in
    .table(
      PrintingTables.printers(
        try call.shop.printers.list(), categories: try call.shop.kitchen.printerCategories()))
  }

  static let delete = CommandSpec(
    "borrar impresora", group: .printing,
    summary: "Quita una impresora; sus trabajos en espera se cancelan.",
    params: [printerRef.spec], examples: ["borrar impresora boletera"], mutates: true,
    right: .manageUsers
  ) { call in
    let p = try call.shop.printers.deletePrinter(try call[printerRef])
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
    params: [testedPrinter.spec],
    examples: ["probar impresora", "probar impresora boletera"], mutates: true, access: .loggedIn
  ) { call in
    let shop = call.shop
    let job = try shop.printQueue.printTestPage(on: call[testedPrinter]) { printer in
      var documents = TicketDocuments(settings: shop.settings, width: printer.width)
      documents.practice = shop.practice
      return PrintSpool.bytes(documents.testPage(printer: printer), for: printer)
    }
    return try PrintNow.send(job, call: call, testPage: true)
  }
}

/// `rol tickets|etiquetas|hojas|comanda`, read as the printer's role.
extension PrinterRole: ParamValue {
  public static var paramKind: ParamKind { .choice(allCases.map(\.rawValue)) }
  public static func paramValue(_ argument: ArgValue) -> PrinterRole? {
    String.paramValue(argument).flatMap(PrinterRole.init(rawValue:))
  }
}

/// `lenguaje escpos|zpl|pdf|texto`, read as the printer's language.
extension PrinterLanguage: ParamValue {
  public static var paramKind: ParamKind { .choice(allCases.map(\.rawValue)) }
  public static func paramValue(_ argument: ArgValue) -> PrinterLanguage? {
    String.paramValue(argument).flatMap(PrinterLanguage.init(rawValue:))
  }
}
