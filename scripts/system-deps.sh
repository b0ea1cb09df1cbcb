#!/usr/bin/env bash
# Installs the Debian packages the browser and workbook tests need, only when missing (reruns stay fast):
# chromium (sidebar and e-mail rendering), LibreOffice Calc (xlsx recalculation and PDF), poppler (PDF → PNG),
# CJK fonts (Chinese text in screenshots) and Noto's core fonts (Thai and Vietnamese text, which would otherwise
# print as boxes or with misplaced diacritics).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then need+=(fonts-noto-cjk); fi
if ! fc-list :lang=th 2>/dev/null | grep -qi 'Noto Sans Thai'; then need+=(fonts-noto-core); fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "Missing system packages: ${need[*]} — install them with: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
else SUDO=; fi
echo "Installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
