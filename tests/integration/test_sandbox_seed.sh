#!/usr/bin/env bash
# What `s3-sandbox seed` promises the demo and the integration tests, checked with awscli and
# curl against the fixture sandbox: buckets, counts, awkward keys, parts, ages, requester pays.
set -uo pipefail
dir=${PARTSWEEP_SANDBOX_DIR:?}
sandbox=${PARTSWEEP_SCRIPTS_DIR:?}/s3-sandbox
AWSCLI=/usr/bin/aws
[ -x "$AWSCLI" ] || AWSCLI=$(command -v aws)
eval "$("$sandbox" env "$dir")"
unset AWS_CA_BUNDLE AWS_PROFILE AWS_SESSION_TOKEN
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
EP=$PARTSWEEP_SANDBOX_ENDPOINT
failures=0
check() {
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
aws() { "$AWSCLI" --endpoint-url "$EP" --output text "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

aws s3api list-buckets --query 'Buckets[].Name' | tr '\t' '\n' >"$tmp/buckets"
nb=$(wc -l <"$tmp/buckets")
check "at least 4 buckets ($nb)" test "$nb" -ge 4

total=0 biggest=0
while read -r b; do
    # awscli pages through ListMultipartUploads itself; Key and UploadId tab-separated.
    aws s3api list-multipart-uploads --bucket "$b" --query 'Uploads[].[Key,UploadId,Initiated]' |
        grep -v '^None$' >"$tmp/uploads-$b" || true
    n=$(wc -l <"$tmp/uploads-$b")
    echo "  $b: $n uploads"
    total=$((total + n))
    [ "$n" -gt "$biggest" ] && biggest=$n
done <"$tmp/buckets"
check "500+ pending uploads ($total)" test "$total" -ge 500
check "one bucket with 10,000+ uploads ($biggest)" test "$biggest" -ge 10000

keys=$tmp/uploads-weird-keys
has_key() { cut -f1 "$keys" | grep -q -- "$1"; }
check "a key with a space" has_key ' '
check "a key with +" has_key '+'
check "a key with %" has_key '%'
check "a key with =" has_key '='
check "a key with &" has_key '&'
check "a key with //" has_key '//'
check "a non-ASCII key" bash -c "cut -f1 '$keys' | LC_ALL=C grep -q -P '[\x80-\xff]'"
check "a key of 1,000+ bytes" bash -c "cut -f1 '$keys' | LC_ALL=C awk 'length(\$0) >= 1000 { f = 1 } END { exit !f }'"
dup=$(cut -f1 "$keys" | sort | uniq -d | head -n1)
check "several uploads on one key ('$dup')" test -n "$dup"
ages=$(cut -f3 "$tmp/uploads-media-archive" | cut -c1-10 | sort -u | wc -l)
check "uploads of several ages in media-archive ($ages distinct days)" test "$ages" -ge 4
oldest=$(cut -f3 "$tmp"/uploads-* | sort | head -n1)
check "the oldest upload is months old ($oldest)" test "$(date -d "$oldest" +%s)" -lt "$(date -d '-90 days' +%s)"

# Parts of every media-archive upload, with curl in parallel (awscli would take minutes).
SIGN=(--aws-sigv4 "aws:amz:$PARTSWEEP_SANDBOX_REGION:s3" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")
i=0
while IFS=$'\t' read -r key id _; do
    i=$((i + 1))
    printf 'url = "%s/media-archive/%s?uploadId=%s"\n-o "%s/parts-%04d.xml"\n' "$EP" "$key" "$id" "$tmp" "$i"
done <"$tmp/uploads-media-archive" >"$tmp/parts.cfg"
curl -sS --parallel --parallel-max 8 "${SIGN[@]}" \
    --user "$PARTSWEEP_SANDBOX_OWNER_ACCESS_KEY:$PARTSWEEP_SANDBOX_OWNER_SECRET_KEY" -K "$tmp/parts.cfg"
for f in "$tmp"/parts-*.xml; do grep -o '<PartNumber>' "$f" | wc -l; done | sort -n | uniq >"$tmp/partcounts"
check "some uploads have no parts" grep -qx 0 "$tmp/partcounts"
check "at most 30 parts per upload (max $(tail -n1 "$tmp/partcounts"))" test "$(tail -n1 "$tmp/partcounts")" -le 30
check "varied part counts ($(wc -l <"$tmp/partcounts") distinct)" test "$(wc -l <"$tmp/partcounts")" -ge 10
sizes=$(cat "$tmp"/parts-*.xml | grep -o '<Size>[0-9]*</Size>' | sort -u | wc -l)
check "varied part sizes ($sizes distinct)" test "$sizes" -ge 4
check "rclone left uploads with real 5 MiB parts" bash -c "grep -q backup '$tmp/uploads-backups-rclone'"

# Requester pays: the second user is refused without the header, served and charged with it.
requester=(--user "$PARTSWEEP_SANDBOX_REQUESTER_ACCESS_KEY:$PARTSWEEP_SANDBOX_REQUESTER_SECRET_KEY")
code=$(curl -s -o /dev/null -w '%{http_code}' "${SIGN[@]}" "${requester[@]}" "$EP/shared-payer?uploads=")
check "requester without x-amz-request-payer gets 403 ($code)" test "$code" = 403
curl -s -D "$tmp/rp-headers" -o "$tmp/rp-body" "${SIGN[@]}" "${requester[@]}" \
    -H "x-amz-request-payer: requester" "$EP/shared-payer?uploads="
check "requester with x-amz-request-payer is served" grep -q '^HTTP/1.1 200' "$tmp/rp-headers"
check "and charged (x-amz-request-charged: requester)" grep -qi '^x-amz-request-charged: requester' "$tmp/rp-headers"
code=$(curl -s -o /dev/null -w '%{http_code}' "${SIGN[@]}" "${requester[@]}" \
    -H "x-amz-request-payer: requester" "$EP/media-archive?uploads=")
check "the requester has no access to the owner's other buckets ($code)" test "$code" = 403

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
