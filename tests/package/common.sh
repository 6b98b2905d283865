# shellcheck shell=bash
# Helpers of the package tests (sourced, not run). Each check prints what a person would look at
# and dies with what is wrong and what to do.

die() {
    echo "FAIL: $*" >&2
    exit 1
}

skip() {
    echo "SKIP: $*" >&2
    exit 77 # SKIP_RETURN_CODE of the package tests
}

step() {
    echo "--- $*"
}

require_tools() {
    local tool missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    [ ${#missing[@]} -eq 0 ] || die "missing tools: ${missing[*]} (scripts/deps installs them)"
}

# The files a package must hold, relative to its prefix, sorted (comments and blanks dropped).
expected_files() {
    grep -v -e '^#' -e '^[[:space:]]*$' "$(dirname "${BASH_SOURCE[0]}")/expected-files.txt" | sort
}

# compare_lists WHAT EXPECTED ACTUAL: dies with the difference when the two sorted lists differ.
compare_lists() {
    local what=$1 expected=$2 actual=$3
    if [ "$expected" != "$actual" ]; then
        echo "$what: expected (<) and found (>):" >&2
        diff <(echo "$expected") <(echo "$actual") | grep '^[<>]' >&2 || true
        die "$what differ from tests/package/expected-files.txt"
    fi
}

# check_elf_programs BINDIR TREE...: the programs find their libraries without a path of their
# own: no RPATH or RUNPATH, no library left unresolved, none resolved inside the given trees
# (the build and source trees). Running them after a move (the tarball test) shows the rest.
check_elf_programs() {
    local bindir=$1
    shift
    local program tag libs tree
    for program in "$bindir"/*; do
        readelf -h "$program" >/dev/null 2>&1 || die "$program is not an ELF program"
        tag=$(readelf -d "$program" | grep -E '\((RPATH|RUNPATH)\)' || true)
        [ -z "$tag" ] || die "$(basename "$program") has a library search path: $tag"
        libs=$(LC_ALL=C ldd "$program")
        if grep -q 'not found' <<<"$libs"; then
            grep 'not found' <<<"$libs" >&2
            die "$(basename "$program") needs libraries this machine does not have"
        fi
        for tree in "$@"; do
            ! grep -qF " $tree/" <<<"$libs" || die "$(basename "$program") loads a library from $tree: $libs"
        done
    done
}

# needed_sonames PROGRAM...: the shared libraries the programs link directly, one per line.
needed_sonames() {
    readelf -d "$@" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u
}

# expect_version PROGRAM VERSION: `PROGRAM --version` prints "<name> VERSION" and exits 0.
expect_version() {
    local out
    out=$("$1" --version) || die "$1 --version failed"
    [ "$out" = "$(basename "$1") $2" ] || die "$1 --version printed '$out', expected '$(basename "$1") $2'"
    echo "$1 --version: $out"
}

# run_gui_offscreen PROGRAM WORKDIR: starts the desktop app on the offscreen platform in an empty
# home, waits for "main window shown" (category partsweep.app), stops it with SIGTERM and expects
# exit status 0, as tests/unit/app/tst_commandline.cpp does for the build tree's copy.
run_gui_offscreen() {
    local program=$1 dir=$2 log=$2/gui.log pid status=0 waited=0
    mkdir -p "$dir/home" "$dir/runtime"
    chmod 700 "$dir/runtime"
    (cd / && exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" \
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES=partsweep.app.info=true "$program") >"$log" 2>&1 &
    pid=$!
    # Polls the log, as QTRY_VERIFY does, for at most 30 s.
    until grep -q 'main window shown' "$log"; do
        if ! kill -0 "$pid" 2>/dev/null || [ $waited -ge 300 ]; then
            kill -KILL "$pid" 2>/dev/null || true
            cat "$log" >&2
            die "$program did not show its main window within 30 s"
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    kill -TERM "$pid"
    wait "$pid" || status=$?
    [ $status -eq 0 ] || { cat "$log" >&2; die "$program exited with status $status after SIGTERM, expected 0"; }
    grep -q 'closing' "$log" || { cat "$log" >&2; die "$program did not log that it was closing"; }
    echo "$program: main window shown offscreen, closed on SIGTERM with status 0"
}
