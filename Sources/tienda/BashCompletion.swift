/// The bash completion script (`tienda --generar-completado-bash`,
/// committed as `Docs/tienda.bash`), generated from `Flag.all`: the flags,
/// file names after a flag that takes a file (`--db`), nothing after one
/// that takes free text (`--caja`, `-c`), and `*.tienda` files (and
/// folders) where the script file goes; after the script, any file.
/// Plain bash (`compgen`), without the bash-completion package's helpers.
enum BashCompletion {
  static func render() -> String {
    let flags = Flag.visible
    let names = flags.flatMap(\.names)
    let fileFlags = flags.filter { $0.placeholder != nil && $0.value == .file }.flatMap(\.names)
    let textFlags = flags.filter { $0.placeholder != nil && $0.value == .text }.flatMap(\.names)
    let valueFlags = fileFlags + textFlags
    return """
      # Completado de bash para tienda.
      # Generado con «tienda --generar-completado-bash» desde las opciones del
      # programa; no editar a mano. Se instala con install.sh; para probarlo:
      #   source Docs/tienda.bash

      _tienda() {
        local cur prev i
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev=""
        if ((COMP_CWORD > 0)); then
          prev="${COMP_WORDS[COMP_CWORD - 1]}"
        fi
        # «--db=archivo»: bash corta la palabra en el «=».
        if [[ "$cur" == "=" ]]; then
          prev="${COMP_WORDS[COMP_CWORD - 1]}"
          cur=""
        elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
          prev="${COMP_WORDS[COMP_CWORD - 2]}"
        fi
        COMPREPLY=()
        local IFS=$'\\n'
        case "$prev" in
          \(pattern(fileFlags)))
            COMPREPLY=($(compgen -f -- "$cur"))
            return 0
            ;;
          \(pattern(textFlags)))
            return 0
            ;;
        esac
        # Tras «--» o tras el archivo de comandos vienen sus argumentos.
        i=1
        while ((i < COMP_CWORD)); do
          case "${COMP_WORDS[i]}" in
            \(pattern(valueFlags)))
              if [[ "${COMP_WORDS[i + 1]:-}" == "=" ]]; then
                ((i += 3))
              else
                ((i += 2))
              fi
              continue
              ;;
            --)
              COMPREPLY=($(compgen -f -- "$cur"))
              return 0
              ;;
            -* | =) ;;
            *)
              COMPREPLY=($(compgen -f -- "$cur"))
              return 0
              ;;
          esac
          ((i += 1))
        done
        if [[ "$cur" == -* ]]; then
          COMPREPLY=($(IFS=' ' compgen -W '\(names.joined(separator: " "))' -- "$cur"))
          return 0
        fi
        COMPREPLY=($(compgen -f -X '!*.tienda' -- "$cur") $(compgen -d -- "$cur"))
        return 0
      }
      complete -o filenames -F _tienda tienda

      """
  }

  /// `--db | --otra` for a `case` branch.
  static func pattern(_ names: [String]) -> String {
    names.isEmpty ? "''" : names.joined(separator: " | ")
  }
}
