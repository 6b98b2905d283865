#!/usr/bin/env bash
# The sandbox as a user of scripts/s3-sandbox sees it: start prints a working endpoint, two can
# run at once, awscli can create and list a multipart upload, restart-gateway keeps the state,
# and stop leaves no process behind.
set -uo pipefail
sandbox=${PARTSWEEP_SCRIPTS_DIR:?}/s3-sandbox
AWSCLI=/usr/bin/aws
[ -x "$AWSCLI" ] || AWSCLI=$(command -v aws)
failures=0
check() { # description, command...
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
# Processes whose command line names the sandbox's conf file, printed as "pid: command".
leftovers() {
    local f pid cmd
    for f in /proc/[0-9]*/cmdline; do
        pid=${f#/proc/}
        pid=${pid%/cmdline}
        cmd=$(tr '\0' ' ' <"$f" 2>/dev/null) || continue
        [[ $cmd == *"$1"* ]] && echo "$pid: $cmd"
    done
    return 0
}
dirs=()
cleanup() { for d in "${dirs[@]}"; do "$sandbox" stop "$d" >/dev/null 2>&1; rm -rf "$d"; done; }
trap cleanup EXIT

t0=$(date +%s%N)
out=$("$sandbox" start) || { echo "FAIL: start: $out"; exit 1; }
t1=$(date +%s%N)
echo "started in $(((t1 - t0) / 1000000)) ms"
dir=$(sed -n 's/^SANDBOX_DIR=//p' <<<"$out")
dirs+=("$dir")
check "start without DIR makes a new directory" test -d "$dir"
for k in ENDPOINT REGION OWNER_ACCESS_KEY OWNER_SECRET_KEY REQUESTER_ACCESS_KEY REQUESTER_SECRET_KEY; do
    check "start prints $k" grep -q "^$k=." <<<"$out"
done

dir2=$(mktemp -d)/second
out2=$("$sandbox" start "$dir2") || { echo "FAIL: second start: $out2"; exit 1; }
dirs+=("$dir2")
ep1=$(sed -n 's/^ENDPOINT=//p' <<<"$out")
ep2=$(sed -n 's/^ENDPOINT=//p' <<<"$out2")
check "two sandboxes have different endpoints ($ep1, $ep2)" test "$ep1" != "$ep2"
check "both answer" bash -c "'$sandbox' status '$dir' >/dev/null && '$sandbox' status '$dir2' >/dev/null"

eval "$("$sandbox" env "$dir")"
unset AWS_CA_BUNDLE AWS_PROFILE AWS_SESSION_TOKEN
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
check "env points awscli at the first sandbox" test "$AWS_ENDPOINT_URL" = "$ep1"
aws() { "$AWSCLI" --endpoint-url "$AWS_ENDPOINT_URL" --output text "$@"; }
check "awscli creates a bucket" aws s3api create-bucket --bucket lifecycle-test
id=$(aws s3api create-multipart-upload --bucket lifecycle-test --key "a key/with spaces+plus" --query UploadId)
check "awscli initiates a multipart upload" test -n "$id"
listed() { aws s3api list-multipart-uploads --bucket lifecycle-test --query 'Uploads[].[Key,UploadId]' | grep -qF "$id"; }
check "awscli lists the upload" listed
check "the second sandbox does not see it" bash -c "! '$AWSCLI' --endpoint-url '$ep2' s3api head-bucket --bucket lifecycle-test 2>/dev/null"

gw_pid=$(cat "$dir/run/client.rgw.sandbox.pid")
t0=$(date +%s%N)
check "restart-gateway succeeds" "$sandbox" restart-gateway "$dir"
t1=$(date +%s%N)
echo "gateway restarted in $(((t1 - t0) / 1000000)) ms"
check "the old gateway process is gone" bash -c "! kill -0 $gw_pid 2>/dev/null"
check "a new gateway process runs" bash -c "kill -0 \$(cat '$dir/run/client.rgw.sandbox.pid') && [ \$(cat '$dir/run/client.rgw.sandbox.pid') != $gw_pid ]"
check "the upload survives the gateway restart" listed

running=$(leftovers "$dir/ceph.conf" | wc -l)
check "before stop, the process scan sees the sandbox's $running processes" test "$running" -ge 3
pids=$(cat "$dir"/run/*.pid)
check "stop succeeds" "$sandbox" stop "$dir"
for p in $pids; do check "process $p is gone after stop" bash -c "! kill -0 $p 2>/dev/null"; done
left=$(leftovers "$dir/ceph.conf")
check "no process of the sandbox runs after stop ${left:+(left: $left)}" test -z "$left"
check "status reports it stopped" bash -c "! '$sandbox' status '$dir' >/dev/null"
check "the second sandbox still answers" "$sandbox" status "$dir2"
check "stop of the second" "$sandbox" stop "$dir2"
left=$(leftovers "$dir2/ceph.conf")
check "no process of the second sandbox runs after stop ${left:+(left: $left)}" test -z "$left"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
