# shellcheck shell=bash
# Opciones de compilación release de tienda, compartidas por install.sh y los
# benchmarks. Se carga con `source`.
#
# La biblioteca estándar de Swift va enlazada de forma estática
# (--static-swift-stdlib). Además, libstdc++ (que el runtime de Swift necesita)
# se enlaza estática cuando existe libstdc++.a: cargar la versión dinámica
# cuesta unos 0,6 ms en cada arranque, casi la mitad del arranque de sqlite3.
# Se logra con una carpeta que contiene un «libstdc++.so» que en realidad es un
# guion del enlazador que apunta a libstdc++.a; -L la pone primero en la
# búsqueda de -lstdc++. SQLite se enlaza dinámica (libsqlite3.so.0 del
# sistema, la misma que usa el programa sqlite3): enlazar libsqlite3.a ahorraba
# 0,3-0,5 ms por arranque pero pesaba 1,2 MB, y con las áreas del issue 19 al
# 23 el programa pasaba el presupuesto de 12 MB (Docs/decisiones.md, «Tamaño
# del binario: SQLite dinámica»). libedit no se enlaza: se carga con dlopen
# solo al abrir el prompt interactivo.

# Imprime, una por línea, las opciones para `swift build` en modo release.
# $1: carpeta raíz del proyecto.
tienda_opciones_release() {
  local raiz="$1"
  echo "-c"
  echo "release"
  echo "--static-swift-stdlib"
  # Sin «$ORIGIN» en el rpath: el programa instalado no busca bibliotecas en su
  # propia carpeta (15 openat fallidos por arranque, uno por subcarpeta
  # glibc-hwcaps/tls/x86_64 para cada biblioteca del sistema).
  echo "--disable-local-rpath"
  local compilador archivo=""
  for compilador in "$(dirname "$(command -v swift)")/clang" clang gcc g++; do
    if command -v "$compilador" >/dev/null 2>&1; then
      archivo="$("$compilador" -print-file-name=libstdc++.a 2>/dev/null || true)"
      if [[ "$archivo" == /* && -f "$archivo" ]]; then
        break
      fi
      archivo=""
    fi
  done
  local carpeta="$raiz/.build-enlace"
  rm -rf "$carpeta"
  mkdir -p "$carpeta"
  if [[ -n "$archivo" ]]; then
    printf 'INPUT(%s)\n' "$archivo" >"$carpeta/libstdc++.so"
  fi
  echo "-Xswiftc"
  echo "-L$carpeta"
  echo "-Xswiftc"
  echo "-Osize"
  # lld (in the Swift toolchain) packs the ~26.000 relative relocations of a
  # PIE into a few KB (DT_RELR, glibc ≥ 2.36): −650 KB stripped. Gold, the
  # default, cannot; without lld or on an older glibc we keep gold.
  local lld glibc
  lld="$(dirname "$(command -v swift)")/ld.lld"
  glibc="$(ldd --version 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+$' || true)"
  if [[ -x "$lld" && -n "$glibc" ]] \
    && [[ "$(printf '2.36\n%s\n' "$glibc" | sort -V | head -1)" == "2.36" ]]; then
    echo "-Xswiftc"
    echo "-use-ld=lld"
    echo "-Xlinker"
    echo "-z"
    echo "-Xlinker"
    echo "pack-relative-relocs"
    # Identical code folding, the safe kind: only functions whose address is
    # never taken (lld reads .llvm_addrsig; objects without it, such as
    # Debian's libsqlite3.a, are left alone): −12 KB. --icf=all would save
    # −210 KB more but can merge functions whose addresses are compared.
    echo "-Xlinker"
    echo "--icf=safe"
  fi
  # swiftc links executables with -export-dynamic: every public symbol of our
  # modules went into the dynamic symbol table (6.200 names, .dynsym +
  # .dynstr + .gnu.hash ≈ 500 KB) and could not be dropped by --gc-sections.
  # Nothing looks them up (libedit is opened with dlopen and we only dlsym
  # into it). gold and lld both accept it; it must come after the driver's
  # -export-dynamic, and -Xlinker options do.
  echo "-Xlinker"
  echo "--no-export-dynamic"
}
