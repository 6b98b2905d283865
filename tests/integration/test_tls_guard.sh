#!/usr/bin/env bash
# Runs a test that starts its own TLS sandbox in $PARTSWEEP_TLS_WORK_DIR/sandbox (tst_tls), and
# stops that sandbox afterwards whatever became of the test: a crash, an abort or Ctrl-C skip the
# test's own cleanup, and the sandbox's daemons would outlive it.
# usage: test_tls_guard.sh COMMAND [ARGS...]
set -uo pipefail
sandbox=${PARTSWEEP_SCRIPTS_DIR:?}/s3-sandbox
work=$(mktemp -d "${TMPDIR:-/tmp}/partsweep-tls.XXXXXX")
cleanup() {
    [ -f "$work/sandbox/sandbox.env" ] && "$sandbox" stop "$work/sandbox" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
PARTSWEEP_TLS_WORK_DIR=$work "$@" </dev/null
