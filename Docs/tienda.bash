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
  local IFS=$'\n'
  case "$prev" in
    --db)
      COMPREPLY=($(compgen -f -- "$cur"))
      return 0
      ;;
    --caja | --usuario | -c)
      return 0
      ;;
  esac
  # Tras «--» o tras el archivo de comandos vienen sus argumentos.
  i=1
  while ((i < COMP_CWORD)); do
    case "${COMP_WORDS[i]}" in
      --db | --caja | --usuario | -c)
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
    COMPREPLY=($(IFS=' ' compgen -W '--db --caja --usuario -c --seguir --simular --atómico --atomico --eco --pausa --demo --json --help -h --ayuda --version -V --versión' -- "$cur"))
    return 0
  fi
  COMPREPLY=($(compgen -f -X '!*.tienda' -- "$cur") $(compgen -d -- "$cur"))
  return 0
}
complete -o filenames -F _tienda tienda
