/// What pauses, the demo shop and practice mode say (Spanish, es-CL).
extension Messages {
  // MARK: --eco, --pausa, pausa
  static let pausePrompt = "Presione Enter para seguir («salir» termina)… "
  public static let pauseNeedsTerminal =
    "--pausa espera Enter en la terminal y aquí no hay una (¿cron o CI?); use --eco sin --pausa."
  public static let pauseNeedsBatch =
    "--pausa es para -c, un archivo de comandos o la entrada estándar; en la consola ya se avanza con Enter."
}

// MARK: --demo
extension Messages {
  public static let demoWelcome =
    "Tienda de demostración «Feria Don Pepe»: pruebe lo que quiera, nada se guarda (se borra al salir)."
  public static func demoSeeded(_ path: String) -> String {
    "Sembré la tienda de demostración en «\(path)»; queda guardada ahí."
  }
  public static func demoFileNotEmpty(_ path: String) -> String {
    "«\(path)» ya existe y tiene datos: --demo sólo siembra un archivo nuevo (o vacío). Use otro nombre."
  }
  public static func demoSeedFailed(_ details: String) -> String {
    "No pude sembrar la tienda de demostración: " + details
  }
  static func scratchFailed(_ base: String, reason: String) -> String {
    "No pude crear una carpeta temporal en «\(base)»: \(reason)."
  }
  public static let demoTag = "DEMO"
}

// MARK: modo práctica
extension Messages {
  public static let practiceTag = "PRÁCTICA"
  static let practiceStarted =
    "Modo práctica: trabaja sobre una copia de la tienda; todo funciona y los papeles dicen PRÁCTICA. «salir de práctica» la descarta."
  static let practiceEnded =
    "Salió de práctica: se descartó la copia y todo lo hecho en ella. La tienda real quedó como estaba."
  static let alreadyPracticing =
    "Ya está en modo práctica; «salir de práctica» vuelve a la tienda real."
  static let notPracticing = "No está en modo práctica: no hay nada que descartar."
  static let practiceInsideTransaction =
    "«modo práctica» y «salir de práctica» no pueden ir dentro de --atómico, --simular ni «simular»."
}
