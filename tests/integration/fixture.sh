#!/usr/bin/env bash
# CTest fixture for the integration tests: one seeded sandbox for the whole run.
#   fixture.sh start DIR   stop and remove a leftover sandbox in DIR, start a new one, seed it
#   fixture.sh stop DIR    stop it; the directory is kept only when KEEP_SANDBOX=1
set -euo pipefail
scripts=$(cd "$(dirname "$0")/../../scripts" && pwd)
action=$1 dir=$2
case $action in
start)
    if [ -d "$dir" ]; then
        [ -f "$dir/sandbox.env" ] && "$scripts/s3-sandbox" stop "$dir" >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    t0=$(date +%s.%N)
    "$scripts/s3-sandbox" start "$dir" | grep -E '^(ENDPOINT|SANDBOX_DIR)='
    t1=$(date +%s.%N)
    "$scripts/s3-sandbox" seed "$dir"
    t2=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "sandbox started in %.1f s, seeded in %.1f s\n", b - a, c - b }'
    ;;
stop)
    [ -d "$dir" ] || exit 0
    "$scripts/s3-sandbox" stop "$dir"
    [ "${KEEP_SANDBOX:-0}" = 1 ] || rm -rf "$dir"
    ;;
*)
    echo "usage: fixture.sh start|stop DIR" >&2
    exit 2
    ;;
esac
