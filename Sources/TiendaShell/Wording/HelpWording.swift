/// `ayuda informe`: the first words of several commands.
enum HelpWording {
  static let family = "Comandos que empiezan así (escriba «ayuda <comando>» para ver ejemplos):"
}
