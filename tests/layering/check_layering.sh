#!/usr/bin/env bash
# The layering rules, checked on the sources and on the built artefacts:
#   1. every include inside core follows the rules file (check_includes.sh);
#   2. each core library (libpartsweep_<subsystem>.a) uses no symbol defined by a core library
#      the rules do not allow it (so a forbidden dependency fails even without an include, e.g.
#      through a declaration written by hand);
#   3. no core library uses a symbol that QtGui or QtWidgets defines;
#   4. partsweep-cli has no QtGui or QtWidgets among its shared-library dependencies.
# Self-checks prove each method can fail: the include check is run on a copy of core with a
# forbidden include added and must report it; the symbol method must see the uses it allows
# (inventory of s3, s3 of util) and the GUI's use of QtWidgets.
# usage: check_layering.sh CORE_DIR RULES CLI_EXE QTGUI_SO QTWIDGETS_SO UI_LIB GUI_EXE NAME=LIB...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
core_dir=$1 rules=$2 cli=$3 gui_so=$4 widgets_so=$5 ui_lib=$6 gui_exe=$7
shift 7
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- 1. includes ---
bash "$here/check_includes.sh" "$core_dir" "$rules" || fail=1
mkdir -p "$tmp/copy"
cp -r "$core_dir" "$tmp/copy/core"
echo '#include "inventory/inventorymodel.h"' >>"$tmp/copy/core/s3/sigv4.cpp"
if bash "$here/check_includes.sh" "$tmp/copy/core" "$rules" >"$tmp/self-include" 2>&1; then
    echo "FAIL: self-check: an include of inventory/ added to s3/sigv4.cpp was not reported"
    fail=1
elif grep -q 's3/sigv4.cpp:.*inventory/inventorymodel.h' "$tmp/self-include"; then
    echo "ok: self-check: a forbidden include (s3 -> inventory) is reported"
else
    echo "FAIL: self-check: the include check failed for another reason:"
    cat "$tmp/self-include"
    fail=1
fi

# --- 2. symbols between core libraries ---
declare -A lib allowed
for pair in "$@"; do lib[${pair%%=*}]=${pair#*=}; done
while read -r line; do
    line=${line%%#*}
    [[ $line == *:* ]] || continue
    allowed[${line%%:*}]=${line#*:}
done <"$rules"

undefined() { nm --undefined-only "$1" | awk '$1 == "U" { print $2 }' | sort -u; }
# Strong definitions only: inline functions and template instances (W, V, u) are defined in
# every library that uses them and say nothing about dependencies.
defined() { nm --defined-only "$1" | awk '$2 ~ /^[TDBR]$/ { print $3 }' | sort -u; }

for name in "${!lib[@]}"; do
    [ -f "${lib[$name]}" ] || { echo "FAIL: no library ${lib[$name]}"; fail=1; continue; }
    undefined "${lib[$name]}" >"$tmp/undefined-$name"
    defined "${lib[$name]}" >"$tmp/defined-$name"
done
for name in "${!lib[@]}"; do
    [ -n "${allowed[$name]+x}" ] || { echo "FAIL: no rule for core library $name"; fail=1; continue; }
    for other in "${!lib[@]}"; do
        [ "$other" = "$name" ] && continue
        comm -12 "$tmp/undefined-$name" "$tmp/defined-$other" >"$tmp/uses"
        if [[ " ${allowed[$name]} " == *" $other "* ]]; then
            echo "$name $other $(wc -l <"$tmp/uses")" >>"$tmp/allowed-uses"
        elif [ -s "$tmp/uses" ]; then
            echo "FAIL: $name uses $(wc -l <"$tmp/uses") symbol(s) of $other, which the rules forbid:"
            c++filt <"$tmp/uses" | head -10
            fail=1
        fi
    done
done
[ $fail -eq 0 ] && echo "ok: the ${#lib[@]} core libraries use only what the rules allow"
for pair in "inventory s3" "s3 util" "cleanup s3"; do
    set -- $pair
    n=$(awk -v a="$1" -v b="$2" '$1 == a && $2 == b { print $3 }' "$tmp/allowed-uses" 2>/dev/null)
    if [ "${n:-0}" -gt 0 ]; then
        echo "ok: self-check: $1 uses $n symbol(s) of $2 (the method sees a library's use of another)"
    else
        echo "FAIL: self-check: found no symbol of $2 used by $1"
        fail=1
    fi
done

# --- 3. no QtGui / QtWidgets in core ---
nm -D --defined-only "$gui_so" "$widgets_so" | awk 'NF >= 3 { sub(/@.*/, "", $3); print $3 }' | sort -u >"$tmp/gui-symbols"
[ -s "$tmp/gui-symbols" ] || { echo "FAIL: read no symbols from $gui_so / $widgets_so"; exit 1; }
cat "$tmp"/undefined-* | sort -u >"$tmp/core-undefined"
comm -12 "$tmp/core-undefined" "$tmp/gui-symbols" >"$tmp/core-bad"
if [ -s "$tmp/core-bad" ]; then
    echo "FAIL: core uses QtGui/QtWidgets symbols:"
    c++filt <"$tmp/core-bad" | head -20
    fail=1
else
    echo "ok: core uses none of $(wc -l <"$tmp/gui-symbols") QtGui/QtWidgets symbols ($(wc -l <"$tmp/core-undefined") undefined symbols checked)"
fi
# Into a file, not `| grep -q`: grep exits at the first match and, with pipefail, the SIGPIPE of
# the writer would read as "nothing found".
undefined "$ui_lib" | comm -12 - "$tmp/gui-symbols" >"$tmp/ui-uses" || true
[ -s "$tmp/ui-uses" ] || { echo "FAIL: self-check: found no QtWidgets symbol used by partsweep_ui"; fail=1; }

# --- 4. the CLI needs no display libraries ---
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
if needed "$cli" | grep -E 'libQt6(Gui|Widgets|OpenGL)'; then
    echo "FAIL: partsweep-cli links the libraries above"
    fail=1
else
    echo "ok: partsweep-cli needs only: $(needed "$cli" | tr '\n' ' ')"
fi
needed "$gui_exe" | grep libQt6Widgets >/dev/null ||
    { echo "FAIL: self-check: partsweep does not appear to need libQt6Widgets"; fail=1; }
exit $fail
