#!/usr/bin/env bash
# No secret anywhere PartSweep writes. Runs partsweep-cli and the desktop app (offscreen) against
# the sandbox with known test secrets: a wrong secret key, a session token,
# credential_process profiles (one handing out a wrong secret, one the sandbox's real keys), a
# full abort job with journal and report, debug logging of every category turned on. Then scans
# everything they wrote (stdout, stderr, logs, journals, reports, settings, caches: all of the
# private HOME but the ~/.aws files the test itself wrote) for each secret, each session token
# and any SigV4 signature value. A process that crashed would have left its output in the same
# captured stderr (PartSweep installs no crash reporter: nothing else is written).
# The keychain path (a hand-entered secret kept in the Secret Service, never in settings) is
# checked by tests/unit/app/test_keychain.sh with a real keychain.
# usage: test_secrets_scan.sh PATH/TO/partsweep-cli PATH/TO/partsweep
set -uo pipefail
cli=$1
gui=$2
dir=${PARTSWEEP_SANDBOX_DIR:?}
eval "$("${PARTSWEEP_SCRIPTS_DIR:?}/s3-sandbox" env "$dir")"
unset AWS_CA_BUNDLE AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3
EP=$PARTSWEEP_SANDBOX_ENDPOINT
KEY=$AWS_ACCESS_KEY_ID
REAL_SECRET=$AWS_SECRET_ACCESS_KEY
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
tmp=$(mktemp -d)
trap '[ -n "${KEEP_TMP:-}" ] || rm -rf "$tmp"' EXIT
run=$RANDOM$RANDOM

# Known secrets, each unlike anything else the programs could print.
WRONG_SECRET=wrongSecretCanary${run}Xq9vKp2LmN7rT4sW8yZ
TOKEN=FwoGZXIvYXdzEXPIREDsessionCanary${run}tOkEnValue0123456789abcdefABCDEF==
PROC_SECRET=processSecretCanary${run}Hj3Kl5Mn7Pq9Rs
PROC_TOKEN=processTokenCanary${run}Zx8Cv6Bn4Mq2We0Rt

# A private HOME: settings (XDG_CONFIG_HOME), journals and reports (XDG_DATA_HOME), caches.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share \
    XDG_CACHE_HOME=$tmp/home/.cache XDG_RUNTIME_DIR=$tmp/runtime
mkdir -p "$HOME/.aws" "$XDG_RUNTIME_DIR" "$tmp/out"
chmod 700 "$XDG_RUNTIME_DIR"
export AWS_PAGER='' AWS_CONFIG_FILE=$HOME/.aws/config AWS_SHARED_CREDENTIALS_FILE=$HOME/.aws/credentials
export QT_LOGGING_RULES='partsweep.*.debug=true' # every log line there is

cat >"$tmp/proc-good.sh" <<EOF
#!/bin/sh
printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s"}' '$KEY' '$REAL_SECRET'
EOF
cat >"$tmp/proc-bad.sh" <<EOF
#!/bin/sh
printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s", "SessionToken": "%s"}' '$KEY' '$PROC_SECRET' '$PROC_TOKEN'
EOF
cat >"$tmp/proc-garbled.sh" <<EOF
#!/bin/sh
printf '{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "%s", oops' '$KEY' '$PROC_SECRET'
EOF
chmod +x "$tmp"/proc-*.sh
cat >"$HOME/.aws/config" <<EOF
[profile good]
credential_process = $tmp/proc-good.sh
endpoint_url = $EP
region = $AWS_REGION
[profile bad]
credential_process = $tmp/proc-bad.sh
endpoint_url = $EP
region = $AWS_REGION
[profile garbled]
credential_process = $tmp/proc-garbled.sh
endpoint_url = $EP
region = $AWS_REGION
EOF
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$KEY" "$REAL_SECRET" >"$HOME/.aws/credentials"

# A bucket with three uploads, made by awscli with the real keys.
bucket=secrets-scan-$run
aws_s3api() { AWS_ACCESS_KEY_ID=$KEY AWS_SECRET_ACCESS_KEY=$REAL_SECRET "$AWSCLI" --endpoint-url "$EP" s3api "$@"; }
aws_s3api create-bucket --bucket "$bucket" >/dev/null
for k in a b c; do aws_s3api create-multipart-upload --bucket "$bucket" --key "dir/$k" >/dev/null; done

n=0
# cli NAME [env assignments...] -- ARGS...: one run, its stdout and stderr kept for the scan.
cli_run() {
    local name=$1
    shift
    local envs=()
    while [ "$1" != -- ]; do
        envs+=("$1")
        shift
    done
    shift
    n=$((n + 1))
    env "${envs[@]}" "$cli" "$@" >"$tmp/out/$n-$name.out" 2>"$tmp/out/$n-$name.err" </dev/null
    echo $? >"$tmp/out/$n-$name.status"
}
status_of() { cat "$tmp/out/"*"-$1.status"; }

cli_run wrong-secret AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$WRONG_SECRET" -- \
    buckets --endpoint-url "$EP"
cli_run wrong-secret-listing AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$WRONG_SECRET" -- \
    uploads --endpoint-url "$EP" --bucket "$bucket" --output json
cli_run session-token AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$REAL_SECRET" AWS_SESSION_TOKEN="$TOKEN" -- \
    uploads --endpoint-url "$EP" --bucket "$bucket"
cli_run process-bad -- uploads --profile bad --bucket "$bucket"
cli_run process-garbled -- uploads --profile garbled --bucket "$bucket"
cli_run process-good -- uploads --profile good --bucket "$bucket" --sizes --output csv
cli_run dry-run -- abort --profile good --bucket "$bucket" --min-age 0 --dry-run --yes
cli_run abort -- abort --profile good --bucket "$bucket" --min-age 0 --yes --report "$HOME/report.json"
cli_run jobs -- jobs --profile good

check "the wrong secret was refused (exit 3)" test "$(status_of wrong-secret)" = 3
# (Ceph RGW ignores a session token sent with a user's long-term key: the listing may work.)
check "the session token went out signed" grep -q 'x-amz-security-token' "$tmp/out/"*-session-token.err
check "the bad credential_process failed the listing" test "$(status_of process-bad)" != 0
check "the garbled credential_process output was refused (exit 3)" test "$(status_of process-garbled)" = 3
check "the good credential_process listed the three uploads" test "$(grep -c "dir/" "$tmp/out/"*-process-good.out)" = 3
check "the abort job succeeded" test "$(status_of abort)" = 0
check "it wrote a report" test -s "$HOME/report.json"
check "it wrote a journal" test -n "$(find "$XDG_DATA_HOME" -name '*.jsonl' 2>/dev/null)"
check "awscli lists no upload left in the bucket" \
    test "$(aws_s3api list-multipart-uploads --bucket "$bucket" --query 'length(Uploads || `[]`)' --output text)" = 0
check "debug logging was on (request lines in stderr)" grep -q 'attempt' "$tmp/out/"*-abort.err

# The desktop app, offscreen: connected by a profile, with wrong keys, then closed (SIGTERM).
gui_run() {
    local name=$1
    shift
    n=$((n + 1))
    QT_QPA_PLATFORM=offscreen "$@" >"$tmp/out/$n-$name.out" 2>"$tmp/out/$n-$name.err" </dev/null &
    local pid=$!
    sleep 8
    kill -TERM "$pid" 2>/dev/null
    wait "$pid"
    echo $? >"$tmp/out/$n-$name.status"
}
aws_s3api create-multipart-upload --bucket "$bucket" --key "dir/gui" >/dev/null
gui_run gui-good "$gui" --profile good
gui_run gui-wrong-secret env AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$WRONG_SECRET" "$gui" --endpoint-url "$EP"
gui_run gui-token env AWS_ACCESS_KEY_ID="$KEY" AWS_SECRET_ACCESS_KEY="$REAL_SECRET" AWS_SESSION_TOKEN="$TOKEN" \
    "$gui" --endpoint-url "$EP"
check "the window listed the bucket (log)" grep -q "$bucket" "$tmp/out/"*-gui-good.err
check "the window saved its settings" test -n "$(find "$XDG_CONFIG_HOME" -type f 2>/dev/null)"

# The scan: every file written, but the ~/.aws files and scripts this test wrote itself.
scanned=$tmp/scanned.txt
# First, that it finds a secret where there is one (a file planted deep in the settings).
mkdir -p "$XDG_CONFIG_HOME/planted/deeper"
echo "token=$TOKEN" >"$XDG_CONFIG_HOME/planted/deeper/leak.conf"
find "$tmp/out" "$HOME" -type f ! -path "$HOME/.aws/*" >"$scanned"
check "the scan finds a planted secret" test -n "$(xargs -d '\n' grep -lF -- "$TOKEN" <"$scanned" 2>/dev/null)"
rm -r "$XDG_CONFIG_HOME/planted"
find "$tmp/out" "$HOME" -type f ! -path "$HOME/.aws/*" >"$scanned"
echo "scanning $(wc -l <"$scanned") files ($(xargs -d '\n' cat <"$scanned" | wc -c) bytes)"
for name in REAL_SECRET WRONG_SECRET TOKEN PROC_SECRET PROC_TOKEN; do
    value=${!name}
    hits=$(xargs -d '\n' grep -lF -- "$value" <"$scanned" 2>/dev/null)
    check "no $name anywhere" test -z "$hits"
    [ -z "$hits" ] || echo "  found in: $hits"
done
sigs=$(xargs -d '\n' grep -lE 'Signature=[0-9a-f]{64}' <"$scanned" 2>/dev/null)
check "no SigV4 signature value anywhere" test -z "$sigs"
[ -z "$sigs" ] || echo "  found in: $sigs"
check "the access key id is there (the scan reads what was written)" \
    test -n "$(xargs -d '\n' grep -lF -- "$KEY" <"$scanned" 2>/dev/null)"

[ "$failures" -eq 0 ] && echo "all secret checks passed" || echo "$failures check(s) failed"
exit $((failures > 0))
