# Sourced by the script tests (test_*.sh): awscli as the reference client, and check().
# shellcheck shell=bash
AWSCLI=/usr/bin/aws
[ -x "$AWSCLI" ] || AWSCLI=$(command -v aws)
failures=0
# check DESCRIPTION COMMAND...: runs the command; prints "ok: ..." or "FAIL: ..." (counted in
# $failures, which the script turns into its exit status).
check() {
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
