# shellcheck shell=bash
# Colas de CUPS para las pruebas de impresión (Scripts/test.sh).
#
# Uso:
#   source Scripts/lib/apt.sh
#   source Scripts/lib/cups.sh
#   cups_preparar_colas && swift test
#
# Qué hace (todo idempotente: se puede llamar muchas veces):
#
# 1. Pone «FileDevice Yes» en /etc/cups/cups-files.conf: sin eso CUPS no
#    acepta impresoras con URI file:///…
# 2. Si no hay un cupsd funcionando (por ejemplo en un contenedor sin
#    systemd, como root), inicia uno con /usr/sbin/cupsd y espera a que
#    responda.
# 3. Cola «tienda-raw»: escribe a un archivo lo que recibe, sin tocarlo.
#    Usa un PPD propio con
#      *cupsFilter: "application/vnd.cups-raw 0 gziptoany"
#    y la URI file://$TIENDA_CUPS_DIR/raw.bin (el archivo se crea
#    antes: una cola «-m raw» con URI file: no escribe nada).
#    Prueba: lp -d tienda-raw -o raw archivo   →   cmp archivo raw.bin
# 4. Cola «tienda-pdf»: la impresora PDF de Debian (printer-driver-cups-pdf)
#    con su propia configuración /etc/cups/cups-pdf-tienda.conf (URI
#    cups-pdf:/tienda): deja cada trabajo como PDF en
#    $TIENDA_CUPS_DIR/pdf, con «job_N» (el número de trabajo) en el
#    nombre. Los PDF pasan por los filtros normales de CUPS (nunca -o raw).
# 5. Exporta para las pruebas:
#      TIENDA_CUPS_RAW_QUEUE=tienda-raw   TIENDA_CUPS_RAW_FILE=…/raw.bin
#      TIENDA_CUPS_PDF_QUEUE=tienda-pdf   TIENDA_CUPS_PDF_DIR=…/pdf
#    Las pruebas que usan la cola raw se turnan con flock sobre
#    «$TIENDA_CUPS_RAW_FILE.lock» (ver Tests/TiendaTestSupport/CupsQueues.swift).
#
# TIENDA_CUPS_DIR cambia la carpeta de salida (por omisión /var/spool/tienda-cups).
#
# Necesita los paquetes cups cups-client cups-bsd printer-driver-cups-pdf y
# permisos de administrador (root o sudo, como apt.sh). Devuelve un código
# distinto de cero, con un mensaje en español, si algo falla.

CUPS_DIR_PRUEBAS="${TIENDA_CUPS_DIR:-/var/spool/tienda-cups}"
CUPS_COLA_RAW="tienda-raw"
CUPS_COLA_PDF="tienda-pdf"

# ¿Responde el planificador de CUPS?
cups_funcionando() {
  lpstat -r 2>/dev/null | grep -q 'scheduler is running\|planificador.*funcionando'
}

# FileDevice Yes en cups-files.conf. Devuelve 0 si ya estaba, 2 si lo agregó.
_cups_permitir_archivos() {
  local conf=/etc/cups/cups-files.conf
  if grep -Eq '^[[:space:]]*FileDevice[[:space:]]+Yes' "$conf" 2>/dev/null; then
    return 0
  fi
  apt_info "Permitiendo impresoras que escriben a archivos (FileDevice Yes en $conf)…"
  apt_como_root sed -i -E '/^[[:space:]]*FileDevice[[:space:]]/d' "$conf" || return 1
  printf 'FileDevice Yes\n' | apt_como_root tee -a "$conf" >/dev/null || return 1
  return 2
}

_cups_iniciar() {
  apt_info "Iniciando cupsd (no había uno funcionando)…"
  apt_como_root mkdir -p /run/cups || return 1
  apt_como_root /usr/sbin/cupsd || return 1
  for _ in $(seq 1 50); do
    cups_funcionando && return 0
    sleep 0.2
  done
  apt_error "cupsd no respondió en 10 segundos (revise /var/log/cups/error_log)."
  return 1
}

# cupsd relee su configuración (necesario después de cambiar cups-files.conf).
_cups_reiniciar() {
  local pid
  pid="$(cat /run/cups/cupsd.pid 2>/dev/null || pgrep -x -o cupsd)"
  if [[ -z "$pid" ]]; then
    apt_error "cupsd funciona pero no se encontró su proceso para reiniciarlo."
    return 1
  fi
  apt_info "Reiniciando cupsd (proceso $pid) para que lea FileDevice Yes…"
  apt_como_root kill -TERM "$pid" || return 1
  for _ in $(seq 1 50); do
    cups_funcionando || break
    sleep 0.2
  done
  _cups_iniciar
}

# PPD mínimo de la cola raw: un solo filtro que no cambia los bytes.
_cups_ppd_raw() {
  cat <<'PPD'
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "TIENDARW.PPD"
*Manufacturer: "tienda"
*Product: "(tienda raw)"
*ModelName: "tienda raw"
*ShortNickName: "tienda raw"
*NickName: "tienda raw (bytes sin cambios)"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*cupsVersion: 2.4
*cupsFilter: "application/vnd.cups-raw 0 gziptoany"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*CloseUI: *PageSize
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595 842"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
PPD
}

_cups_cola_raw() {
  local archivo="$1" ppd
  apt_como_root mkdir -p "$CUPS_DIR_PRUEBAS" || return 1
  apt_como_root chmod 0777 "$CUPS_DIR_PRUEBAS" || return 1
  if [[ ! -f "$archivo" ]]; then
    apt_como_root touch "$archivo" || return 1
  fi
  apt_como_root chmod 0666 "$archivo" || return 1
  ppd="$(mktemp "${TMPDIR:-/tmp}/tienda-raw.XXXXXX.ppd")"
  _cups_ppd_raw >"$ppd"
  chmod 0644 "$ppd"
  # lpadmin avisa que los PPD están obsoletos: se muestra solo si falla.
  local salida
  if ! salida="$(apt_como_root lpadmin -p "$CUPS_COLA_RAW" -E -v "file://$archivo" -P "$ppd" \
    -D "tienda: pruebas ESC/POS y ZPL (bytes a un archivo)" 2>&1)"; then
    rm -f "$ppd"
    printf '%s\n' "$salida" >&2
    apt_error "lpadmin no pudo crear la cola $CUPS_COLA_RAW."
    return 1
  fi
  rm -f "$ppd"
}

_cups_cola_pdf() {
  local dir="$1" ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
  if [[ ! -x /usr/lib/cups/backend/cups-pdf || ! -f "$ppd" ]]; then
    apt_error "falta la impresora PDF de CUPS: instale printer-driver-cups-pdf."
    return 1
  fi
  apt_como_root mkdir -p "$dir" || return 1
  apt_como_root chmod 1777 "$dir" || return 1
  # Configuración propia de esta cola (cups-pdf lee cups-pdf-NOMBRE.conf
  # cuando la URI es cups-pdf:/NOMBRE); la de todo el sistema no se toca.
  printf '%s\n' \
    "Out $dir" \
    "AnonDirName $dir" \
    "Label 1" \
    "TitlePref 1" \
    "UserUMask 0022" \
    "Grp lpadmin" |
    apt_como_root tee /etc/cups/cups-pdf-tienda.conf >/dev/null || return 1
  local salida
  if ! salida="$(apt_como_root lpadmin -p "$CUPS_COLA_PDF" -E -v "cups-pdf:/tienda" -P "$ppd" \
    -D "tienda: pruebas de hojas de etiquetas (PDF a $dir)" 2>&1)"; then
    printf '%s\n' "$salida" >&2
    apt_error "lpadmin no pudo crear la cola $CUPS_COLA_PDF."
    return 1
  fi
}

# Deja cupsd funcionando con las dos colas y exporta sus ubicaciones.
cups_preparar_colas() {
  local comando
  for comando in lp lpstat lpadmin /usr/sbin/cupsd; do
    if ! command -v "$comando" >/dev/null 2>&1; then
      apt_error "falta «$comando»: instale cups, cups-client y cups-bsd."
      return 1
    fi
  done

  local cambio=0
  _cups_permitir_archivos || cambio=$?
  if [[ $cambio -eq 1 ]]; then
    apt_error "no se pudo editar /etc/cups/cups-files.conf."
    return 1
  fi
  if cups_funcionando; then
    if [[ $cambio -eq 2 ]]; then
      _cups_reiniciar || return 1
    fi
  else
    _cups_iniciar || return 1
  fi

  local raw="$CUPS_DIR_PRUEBAS/raw.bin" pdf="$CUPS_DIR_PRUEBAS/pdf"
  _cups_cola_raw "$raw" || return 1
  _cups_cola_pdf "$pdf" || return 1

  export TIENDA_CUPS_RAW_QUEUE="$CUPS_COLA_RAW" TIENDA_CUPS_RAW_FILE="$raw"
  export TIENDA_CUPS_PDF_QUEUE="$CUPS_COLA_PDF" TIENDA_CUPS_PDF_DIR="$pdf"
  apt_info "Colas de CUPS listas: $CUPS_COLA_RAW → $raw, $CUPS_COLA_PDF → $pdf/"
}
