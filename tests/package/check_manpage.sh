#!/usr/bin/env bash
# tests/package/check_manpage.sh MANPAGE PARTSWEEP_CLI VERSION
# `man partsweep-cli` renders without a warning (the check lintian runs), shows the project
# version, and documents every command and option that `partsweep-cli --help` prints. When this
# fails after a new option: describe it in packaging/linux/partsweep-cli.1.in.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/common.sh"
[ $# -eq 3 ] || die "usage: check_manpage.sh MANPAGE PARTSWEEP_CLI VERSION"
page=$1 cli=$2 version=$3
require_tools man groff

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || die "man reports: $warnings"
# Plain ASCII text, so that the options read as typed (-Tutf8 would print \- as a minus sign).
text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l -Tascii -P cat "$page" 2>/dev/null | sed 's/.\x08//g')
grep -q "PartSweep $version" <<<"$text" || die "the page does not show PartSweep $version"

help=$("$cli" --help)
options=$(grep -oE '^ +(-[a-zA-Z?], )?--[a-z][a-z0-9-]*' <<<"$help" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
# "  buckets   list ...": two spaces, the command; continuation lines are indented further.
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
if [ -z "$options" ] || [ -z "$commands" ]; then
    die "could not read the options and commands from $cli --help"
fi
missing=()
# Each one has its own entry: a heading line such as "       -h, --help" or "       --region region".
for option in $options; do
    grep -qE -- "^ {7}(-[a-zA-Z?], )?$option( |\$)" <<<"$text" || missing+=("$option")
done
for command in $commands; do
    grep -qE "^ {7}$command( |\$)" <<<"$text" || missing+=("command '$command'")
done
[ ${#missing[@]} -eq 0 ] ||
    die "partsweep-cli --help lists ${missing[*]} but the man page does not describe it; add it to packaging/linux/partsweep-cli.1.in"
echo "$(basename "$page"): no warning, version $version, $(wc -w <<<"$options") options and $(wc -w <<<"$commands") commands documented"
