#!/usr/bin/env bash
# partsweep-cli over HTTPS, as a storage admin with a private CA uses it: --ca-bundle,
# AWS_CA_BUNDLE, ca_bundle in ~/.aws/config or in AWS_CONFIG_FILE, --no-verify-ssl, and the
# messages when the certificate is not trusted or the bundle is unusable. Runs its own small TLS
# sandbox (s3-sandbox start --tls, about 1 s, unseeded) and stops it on exit, even on failure.
# usage: test_tls_cli.sh PATH/TO/partsweep-cli
set -uo pipefail
cli=$1
sandbox=${PARTSWEEP_SCRIPTS_DIR:?}/s3-sandbox
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
# Processes whose command line names the given file, printed as "pid: command".
leftovers() {
    local f pid cmd
    for f in /proc/[0-9]*/cmdline; do
        pid=${f#/proc/}
        pid=${pid%/cmdline}
        cmd=$(tr '\0' ' ' 2>/dev/null <"$f") || continue
        [[ $cmd == *"$1"* ]] && echo "$pid: $cmd"
    done
    return 0
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/partsweep-tls-cli.XXXXXX")
dir=$tmp/sandbox
cleanup() {
    [ -f "$dir/sandbox.env" ] && "$sandbox" stop "$dir" >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

t0=$(date +%s%N)
"$sandbox" start --tls "$dir" >"$tmp/start.out" 2>&1 </dev/null || {
    echo "FAIL: s3-sandbox start --tls"
    cat "$tmp/start.out"
    exit 1
}
t1=$(date +%s%N)
echo "TLS sandbox started in $(((t1 - t0) / 1000000)) ms"
https=$(sed -n 's/^HTTPS_ENDPOINT=//p' "$tmp/start.out")
ca=$(sed -n 's/^CA_BUNDLE=//p' "$tmp/start.out")
check "start --tls prints an https endpoint ($https)" grep -q '^https://127\.0\.0\.1:[0-9]*$' <<<"$https"
check "start --tls prints the CA bundle, a PEM certificate" grep -q 'BEGIN CERTIFICATE' "$ca"

# The owner's keys from `env`, but none of the caller's AWS settings or proxies.
eval "$("$sandbox" env "$dir")"
check "env exports the https endpoint" test "$PARTSWEEP_SANDBOX_HTTPS_ENDPOINT" = "$https"
check "env exports the CA bundle" test "$PARTSWEEP_SANDBOX_CA_BUNDLE" = "$ca"
unset AWS_CA_BUNDLE AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3 \
    HTTP_PROXY HTTPS_PROXY http_proxy https_proxy NO_PROXY no_proxy
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null

# Two buckets and three uploads, made by awscli over https with the sandbox's CA.
aws_tls() { "$AWSCLI" --endpoint-url "$https" --ca-bundle "$ca" "$@" </dev/null; }
head -c 5000 /dev/zero >"$tmp/part"
# awscli takes a second or two to start: the independent calls run side by side.
for b in tls-alpha tls-beta; do aws_tls s3api create-bucket --bucket "$b" >/dev/null & done
wait
upload() { # key
    local id
    id=$(aws_tls s3api create-multipart-upload --bucket tls-alpha --key "$1" --query UploadId --output text) &&
        aws_tls s3api upload-part --bucket tls-alpha --key "$1" --upload-id "$id" --part-number 1 \
            --body "$tmp/part" >/dev/null
}
for k in "backup/one.tar" "backup/two two.tar" "db/dump+1.sql"; do upload "$k" & done
wait
aws_tls s3api list-multipart-uploads --bucket tls-alpha --query 'Uploads[].UploadId' --output text |
    tr '\t' '\n' | sort >"$tmp/theirs"
check "awscli created 3 uploads over https" test "$(wc -l <"$tmp/theirs")" -eq 3

run() { "$cli" "$@" --endpoint-url "$https" </dev/null >"$tmp/out" 2>"$tmp/err"; }
bucket_names() { python3 -c 'import json,sys; print(" ".join(sorted(b["name"] for b in json.load(open(sys.argv[1])))))' "$tmp/out"; }
says() { grep -q -- "$1" "$tmp/err" || { echo "  stderr was: $(cat "$tmp/err")"; return 1; }; }

# --- trusted through --ca-bundle ---------------------------------------------------------------
run buckets --ca-bundle "$ca" --output json
check "buckets over https with --ca-bundle: exit 0" test $? -eq 0
check "and lists both buckets" test "$(bucket_names)" = "tls-alpha tls-beta"
run uploads --bucket tls-alpha --sizes --ca-bundle "$ca" --output csv
check "uploads --sizes over https with --ca-bundle: exit 0" test $? -eq 0
tail -n +2 "$tmp/out" | cut -d, -f3 | sort >"$tmp/ours"
check "lists the upload ids awscli lists" diff "$tmp/ours" "$tmp/theirs"
check "with their parts (1 part of 5000 bytes each)" test "$(tail -n +2 "$tmp/out" | cut -d, -f6,7 | sort -u)" = "1,5000"

# --- not trusted ---------------------------------------------------------------------------------
t0=$(date +%s%N)
run buckets
rc=$?
t1=$(date +%s%N)
check "no CA bundle: exit 3" test $rc -eq 3
check "the message says the server's TLS certificate is not trusted" says "TLS certificate of 127.0.0.1 is not trusted"
check "and what to do: --ca-bundle" says "give that CA's certificate as a PEM file (--ca-bundle, AWS_CA_BUNDLE or ca_bundle"
check "nothing on stdout" test ! -s "$tmp/out"
check "it fails at once, without retries ($(((t1 - t0) / 1000000)) ms)" test $(((t1 - t0) / 1000000)) -lt 5000
run uploads --bucket tls-alpha
rc=$?
check "uploads with no CA bundle fails as a connection failure (exit $rc)" test $rc -eq 3
check "with the same message" says "TLS certificate of 127.0.0.1 is not trusted"

run buckets --ca-bundle /etc/ssl/certs/ca-certificates.crt
check "a CA bundle without the sandbox's CA: exit 3" test $? -eq 3
check "the message names that bundle" says "not signed by a certificate authority in the CA bundle /etc/ssl/certs/ca-certificates.crt"

# --- unusable bundles: named, not a handshake error -----------------------------------------------
run buckets --ca-bundle "$tmp/no-such-ca.pem"
check "a missing CA bundle: exit 3" test $? -eq 3
check "the message says it does not exist" says "The CA bundle $tmp/no-such-ca.pem does not exist"
run buckets --ca-bundle "$tmp/part"
check "a file that is not PEM: exit 3" test $? -eq 3
check "the message says it holds no certificate" says "The CA bundle $tmp/part holds no PEM certificate"

# --- --no-verify-ssl ---------------------------------------------------------------------------------
run buckets --no-verify-ssl --output json
check "--no-verify-ssl: exit 0" test $? -eq 0
check "and lists both buckets" test "$(bucket_names)" = "tls-alpha tls-beta"
check "with a warning that certificates are not verified" says "warning: TLS certificates are not verified"

# --- AWS_CA_BUNDLE -------------------------------------------------------------------------------------
AWS_CA_BUNDLE=$ca run buckets --output json
check "AWS_CA_BUNDLE: exit 0" test $? -eq 0
check "and lists both buckets" test "$(bucket_names)" = "tls-alpha tls-beta"
AWS_CA_BUNDLE=$tmp/no-such-ca.pem run buckets --ca-bundle "$ca" --output json
check "--ca-bundle wins over AWS_CA_BUNDLE" test $? -eq 0
AWS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt run buckets
check "a wrong AWS_CA_BUNDLE: exit 3" test $? -eq 3
check "the message names it" says "in the CA bundle /etc/ssl/certs/ca-certificates.crt"

# --- ca_bundle in a profile ----------------------------------------------------------------------------
# ~/.aws of a temporary HOME: keys in credentials, endpoint and CA in config (default profile).
home=$tmp/home
mkdir -p "$home/.aws"
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' \
    "$PARTSWEEP_SANDBOX_OWNER_ACCESS_KEY" "$PARTSWEEP_SANDBOX_OWNER_SECRET_KEY" >"$home/.aws/credentials"
printf '[default]\nregion = us-east-1\nendpoint_url = %s\nca_bundle = %s\n' "$https" "$ca" >"$home/.aws/config"
in_home() {
    env -u AWS_CONFIG_FILE -u AWS_SHARED_CREDENTIALS_FILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY \
        -u AWS_REGION HOME="$home" "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
}
in_home "$cli" buckets --output json
check "ca_bundle and endpoint_url of the default profile in ~/.aws/config: exit 0" test $? -eq 0
check "and lists both buckets" test "$(bucket_names)" = "tls-alpha tls-beta"
in_home env AWS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt "$cli" buckets
check "AWS_CA_BUNDLE wins over the profile's ca_bundle (as in the AWS CLI)" says "in the CA bundle /etc/ssl/certs/ca-certificates.crt"
# A named profile in the file AWS_CONFIG_FILE names.
printf '[profile private-ca]\nendpoint_url = %s\nca_bundle = %s\naws_access_key_id = %s\naws_secret_access_key = %s\n' \
    "$https" "$ca" "$PARTSWEEP_SANDBOX_OWNER_ACCESS_KEY" "$PARTSWEEP_SANDBOX_OWNER_SECRET_KEY" >"$tmp/config"
in_home env AWS_CONFIG_FILE="$tmp/config" "$cli" uploads --profile private-ca --bucket tls-alpha --output csv
check "ca_bundle of a named profile in AWS_CONFIG_FILE: exit 0" test $? -eq 0
check "and lists the 3 uploads" test "$(tail -n +2 "$tmp/out" | cut -d, -f3 | sort | tr '\n' ' ')" = "$(tr '\n' ' ' <"$tmp/theirs")"
printf '[profile private-ca]\nendpoint_url = %s\nca_bundle = %s\naws_access_key_id = %s\naws_secret_access_key = %s\n' \
    "$https" "$tmp/no-such-ca.pem" "$PARTSWEEP_SANDBOX_OWNER_ACCESS_KEY" "$PARTSWEEP_SANDBOX_OWNER_SECRET_KEY" >"$tmp/config"
in_home env AWS_CONFIG_FILE="$tmp/config" "$cli" buckets --profile private-ca
check "a missing ca_bundle in the profile: exit 3" test $? -eq 3
check "the message names the missing file" says "The CA bundle $tmp/no-such-ca.pem does not exist"

# --- the plain endpoint is unaffected by a CA bundle -----------------------------------------------------
"$cli" buckets --endpoint-url "$PARTSWEEP_SANDBOX_ENDPOINT" --ca-bundle "$tmp/no-such-ca.pem" </dev/null >/dev/null 2>"$tmp/err"
check "http endpoint with an unusable CA bundle (it only concerns https): exit 0" test $? -eq 0

# --- the sandbox goes away completely -------------------------------------------------------------------
"$sandbox" stop "$dir" >/dev/null
left=$(leftovers "$dir/ceph.conf")
check "no sandbox process is left after stop ${left:+(left: $left)}" test -z "$left"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
