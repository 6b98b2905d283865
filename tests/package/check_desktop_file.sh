#!/usr/bin/env bash
# tests/package/check_desktop_file.sh DESKTOP_FILE APP_ID
# The desktop file that menus read: desktop-file-validate finds no error, warning nor hint, it is
# named by the application id and names the icon by it too, and it starts the installed program.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/common.sh"
[ $# -eq 2 ] || die "usage: check_desktop_file.sh DESKTOP_FILE APP_ID"
desktop=$1 app_id=$2
require_tools desktop-file-validate

out=$(desktop-file-validate "$desktop" 2>&1) || die "desktop-file-validate: $out"
[ -z "$out" ] || die "desktop-file-validate: $out"
echo "desktop-file-validate $(basename "$desktop"): no error, warning or hint"

[ "$(basename "$desktop")" = "$app_id.desktop" ] || die "the desktop file is named $(basename "$desktop"), not $app_id.desktop"
key() {
    sed -n "s/^$1=//p" "$desktop"
}
[ "$(key Icon)" = "$app_id" ] || die "Icon=$(key Icon), expected the application id $app_id"
[ "$(key Exec)" = partsweep ] || die "Exec=$(key Exec), expected partsweep (found on PATH, /usr/bin)"
[ "$(key Type)" = Application ] || die "Type=$(key Type)"
[ "$(key Terminal)" = false ] || die "Terminal=$(key Terminal)"
[ -n "$(key Categories)" ] || die "no Categories: the application would appear in no menu"
echo "Name=$(key Name); Icon=$(key Icon); Exec=$(key Exec); Categories=$(key Categories)"
