/// What pauses, the demo shop and practice mode say (Spanish, es-CL).
extension Messages {
  // MARK: --eco, --pausa, pausa
  static let pausePrompt = "Presione Enter para seguir («salir» termina)… "
  public static let pauseNeedsTerminal =
    "--pausa espera Enter en la terminal y aquí no hay una (¿cron o CI?); use --eco sin --pausa."
  public static let pauseNeedsBatch =
    "--pausa es para -c, un archivo de comandos o la entrada estándar; en la consola ya se avanza con Enter."
}
