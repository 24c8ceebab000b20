#!/usr/bin/env bash
# Installs, when missing, the Debian packages that the build, the tests and the product need here:
# Maven (only to bootstrap Maven 3.9 once), unzip, Xvfb and GTK 3 for SWT, the TrueType CJK fonts the
# reports embed, poppler-utils (pdftotext, pdffonts, pdftoppm) for the report checks, and
# libreoffice-calc-nogui and libreoffice-writer-nogui (soffice) to check that the .xlsx and .docx the product
# writes open and render correctly in a real office client (releng/document-checks),
# libwebkit2gtk-4.1-0 for the SWT Browser of the workbench's report preview, and xdotool for
# releng/scripts/measure-startup.sh, GNU time for releng/scripts/bench-startup.sh, and python3 and zip
# for the product-level tests (releng/product-tests: Debian's python3, standard library only).
set -euo pipefail
packages=(maven unzip xvfb xauth libgtk-3-0 fonts-arphic-gbsn00lp fonts-arphic-gkai00mp
  fonts-droid-fallback fonts-noto-cjk poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui libwebkit2gtk-4.1-0 xdotool time
  python3 zip)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "install-packages: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
