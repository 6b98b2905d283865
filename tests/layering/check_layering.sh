#!/usr/bin/env bash
# The layering rule, checked on the built artefacts:
#   partsweep_core (static library) uses no symbol that QtGui or QtWidgets defines;
#   partsweep-cli has no QtGui or QtWidgets among its shared-library dependencies.
# It also checks that the same method does see the GUI's use of QtWidgets, so it cannot
# pass merely because it looked at nothing.
# usage: check_layering.sh CORE_LIB CLI_EXE QTGUI_SO QTWIDGETS_SO
set -euo pipefail
core=$1 cli=$2 gui_so=$3 widgets_so=$4
ui_lib=$(dirname "$core")/../ui/libpartsweep_ui.a
gui_exe=$(dirname "$cli")/partsweep
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$gui_so" "$widgets_so" | awk 'NF >= 3 { sub(/@.*/, "", $3); print $3 }' | sort -u >"$tmp/gui-symbols"
[ -s "$tmp/gui-symbols" ] || { echo "FAIL: read no symbols from $gui_so / $widgets_so"; exit 1; }

undefined() { nm --undefined-only "$1" | awk '$1 == "U" { print $2 }' | sort -u; }

undefined "$core" >"$tmp/core-undefined"
comm -12 "$tmp/core-undefined" "$tmp/gui-symbols" >"$tmp/core-bad"
if [ -s "$tmp/core-bad" ]; then
    echo "FAIL: partsweep_core uses QtGui/QtWidgets symbols:"
    c++filt <"$tmp/core-bad" | head -20
    fail=1
else
    echo "ok: partsweep_core uses none of $(wc -l <"$tmp/gui-symbols") QtGui/QtWidgets symbols ($(wc -l <"$tmp/core-undefined") undefined symbols checked)"
fi

needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
if needed "$cli" | grep -E 'libQt6(Gui|Widgets|OpenGL)'; then
    echo "FAIL: partsweep-cli links the libraries above"
    fail=1
else
    echo "ok: partsweep-cli needs only: $(needed "$cli" | tr '\n' ' ')"
fi

# The method must see what it is looking for where it is there.
if [ -f "$ui_lib" ]; then
    # Into a file, not `| grep -q`: grep exits at the first match and, with pipefail, the
    # SIGPIPE of the writer would read as "nothing found".
    undefined "$ui_lib" | comm -12 - "$tmp/gui-symbols" >"$tmp/ui-uses" || true
    [ -s "$tmp/ui-uses" ] ||
        { echo "FAIL: self-check: found no QtWidgets symbol used by partsweep_ui"; fail=1; }
fi
needed "$gui_exe" | grep libQt6Widgets >/dev/null ||
    { echo "FAIL: self-check: partsweep does not appear to need libQt6Widgets"; fail=1; }
exit $fail
