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
# use_sandbox DIR: the sandbox's endpoint and owner keys in the environment (EP, AWS_*), and
# nothing of the user's AWS set-up (no config files, profile, CA bundle or session token).
use_sandbox() {
    eval "$("$(dirname "${BASH_SOURCE[0]}")/../../scripts/s3-sandbox" env "$1")"
    unset AWS_CA_BUNDLE AWS_PROFILE AWS_SESSION_TOKEN
    export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
    EP=$PARTSWEEP_SANDBOX_ENDPOINT
}
# aws_list BUCKET PREFIX: the bucket's pending uploads under PREFIX by awscli, one
# "bucket<TAB>key<TAB>upload id" line each
aws_list() {
    "$AWSCLI" --endpoint-url "$EP" s3api list-multipart-uploads --bucket "$1" --prefix "$2" \
        --query 'Uploads[].[Key,UploadId]' --output text | { grep -v '^None$' || true; } | sed "s/^/$1\t/"
}
