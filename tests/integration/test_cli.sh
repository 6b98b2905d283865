#!/usr/bin/env bash
# partsweep-cli as a script author uses it, against the sandbox, with awscli as the reference.
# usage: test_cli.sh PATH/TO/partsweep-cli
set -uo pipefail
cli=$1
dir=${PARTSWEEP_SANDBOX_DIR:?}
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
use_sandbox "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
json_count() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }

# buckets: the same names as awscli, each with a region. Other tests on the shared sandbox make
# and remove buckets of their own meanwhile, so awscli lists before and after: every bucket in
# both lists must be in ours, and ours may hold only buckets of either list.
aws_buckets() {
    "$AWSCLI" --endpoint-url "$PARTSWEEP_SANDBOX_ENDPOINT" s3api list-buckets --query 'Buckets[].Name' --output text |
        tr '\t' '\n' | LC_ALL=C sort
}
aws_buckets >"$tmp/before"
"$cli" buckets --output json >"$tmp/buckets.json" 2>"$tmp/err"
check "buckets exits 0" test $? -eq 0
aws_buckets >"$tmp/after"
python3 -c 'import json,sys; print("\n".join(b["name"] for b in json.load(open(sys.argv[1]))))' "$tmp/buckets.json" |
    LC_ALL=C sort >"$tmp/ours"
LC_ALL=C comm -12 "$tmp/before" "$tmp/after" >"$tmp/always"
LC_ALL=C sort -u "$tmp/before" "$tmp/after" >"$tmp/either"
check "buckets lists every bucket awscli lists" test -z "$(LC_ALL=C comm -23 "$tmp/always" "$tmp/ours")"
check "and none that awscli does not" test -z "$(LC_ALL=C comm -13 "$tmp/either" "$tmp/ours")"
check "the seeded buckets among them" grep -qx logs-firehose "$tmp/ours"
check "every bucket has a region" python3 -c 'import json,sys; sys.exit(not all(b["region"] for b in json.load(open(sys.argv[1]))))' "$tmp/buckets.json"

# uploads of the 10k bucket: the same set as awscli
"$cli" uploads --bucket logs-firehose --output csv >"$tmp/logs.csv" 2>"$tmp/err"
check "uploads exits 0" test $? -eq 0
tail -n +2 "$tmp/logs.csv" | cut -d, -f3 | sort >"$tmp/ours"
"$AWSCLI" --endpoint-url "$PARTSWEEP_SANDBOX_ENDPOINT" s3api list-multipart-uploads --bucket logs-firehose --query 'Uploads[].UploadId' --output text | tr '\t' '\n' | sort >"$tmp/theirs"
check "uploads lists the same $(wc -l <"$tmp/theirs") upload ids as awscli" diff -q "$tmp/ours" "$tmp/theirs"
check "the summary line counts them" grep -q "^$(wc -l <"$tmp/theirs") pending upload(s) in 1 bucket(s)" "$tmp/err"

# --sizes: the bytes of every upload equal the sum of its parts as awscli reports them
"$cli" uploads --bucket media-archive --sizes --output json >"$tmp/media.json" 2>"$tmp/err"
check "uploads --sizes exits 0" test $? -eq 0
check "300 uploads in media-archive" test "$(json_count <"$tmp/media.json")" -eq 300
python3 - "$tmp/media.json" >"$tmp/sample" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
for r in rows[::60]:
    print(r["key"], r["uploadId"], r["parts"], r["size"])
PY
while read -r key id parts size; do
    read -r n sum < <("$AWSCLI" --endpoint-url "$PARTSWEEP_SANDBOX_ENDPOINT" s3api list-parts --bucket media-archive --key "$key" --upload-id "$id" \
        --query '[length(Parts || `[]`), sum(Parts[].Size || `[0]`)]' --output text)
    check "$key: $parts parts, $size bytes, as awscli says ($n, $sum)" test "$parts" = "$n" -a "$size" = "$sum"
done <"$tmp/sample"

# --older-than filters by age
# cost: the sandbox is not AWS, so no list price applies (never a guess); a price set for the
# connection gives each sized upload its cost, bytes / 2^30 x the price, and the total
check "no price on a non-AWS service, and it says so" grep -q 'cost: no price set for this service' "$tmp/err"
check "and no upload carries a cost" python3 -c 'import json,sys; sys.exit(any("costPerMonthUsd" in u for u in json.load(open(sys.argv[1]))))' "$tmp/media.json"
"$cli" uploads --bucket media-archive --sizes --price-per-gb-month 0.0059 --output json >"$tmp/priced.json" 2>"$tmp/err"
check "with --price-per-gb-month every sized upload costs size / 2^30 x 0.0059" python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
sys.exit(not (rows and all(abs(u["costPerMonthUsd"] - u["size"] / 2**30 * 0.0059) < 1e-12 for u in rows)))' "$tmp/priced.json"
check "and what it has cost so far, estimated: the monthly cost x its age / 730 h" python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
sys.exit(not (rows and all(abs(u["costSoFarUsdEstimate"] - u["costPerMonthUsd"] * u["ageSeconds"] / (730 * 3600)) < 1e-12 for u in rows)))' "$tmp/priced.json"
check "and the summary states the monthly total, the estimate so far and the source" grep -q 'a month, .* so far (an estimate.*) (\$0.0059 per GB-month set for this connection)' "$tmp/err"
"$cli" uploads --price-per-gb-month cheap >/dev/null 2>&1
check "--price-per-gb-month cheap: exit 2" test $? -eq 2

"$cli" uploads --bucket media-archive --older-than 30d --output json >"$tmp/old.json" 2>/dev/null
old=$(json_count <"$tmp/old.json")
check "--older-than 30d keeps the 180 uploads of the three oldest bands ($old)" test "$old" -eq 180

# every bucket, in parallel
"$cli" uploads --output json >"$tmp/all.json" 2>"$tmp/err"
check "uploads without --bucket scans every bucket" test "$(json_count <"$tmp/all.json")" -ge 10800

# requester pays: refused without the header (exit 1, a hint), served with it
AWS_ACCESS_KEY_ID=$PARTSWEEP_SANDBOX_REQUESTER_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$PARTSWEEP_SANDBOX_REQUESTER_SECRET_KEY \
    "$cli" uploads --bucket shared-payer >/dev/null 2>"$tmp/err"
check "requester without --request-payer: exit 1" test $? -eq 1
check "and the message says to enable requester pays" grep -q 'requester pays' "$tmp/err"
AWS_ACCESS_KEY_ID=$PARTSWEEP_SANDBOX_REQUESTER_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$PARTSWEEP_SANDBOX_REQUESTER_SECRET_KEY \
    "$cli" uploads --bucket shared-payer --request-payer requester --output json >"$tmp/rp.json" 2>"$tmp/err"
check "requester with --request-payer requester: exit 0" test $? -eq 0
check "lists the 24 uploads" test "$(json_count <"$tmp/rp.json")" -eq 24

# failures: wrong keys exit 3 naming the source, never the secret; a missing bucket is partial (1)
AWS_SECRET_ACCESS_KEY=not-the-right-secret-key-0000000000000000 "$cli" buckets >/dev/null 2>"$tmp/err"
check "wrong secret: exit 3" test $? -eq 3
check "the message names the credential source" grep -qi 'environment' "$tmp/err"
check "the message does not contain the secret" bash -c "! grep -q not-the-right-secret '$tmp/err'"
"$cli" uploads --bucket no-such-bucket-here >/dev/null 2>"$tmp/err"
check "missing bucket: exit 1" test $? -eq 1
check "the message says no such bucket" grep -q 'NoSuchBucket\|No such bucket' "$tmp/err"
"$cli" uploads --older-than forever >/dev/null 2>"$tmp/err"
check "bad --older-than: exit 2" test $? -eq 2
"$cli" buckets --endpoint-url http://127.0.0.1:1 --max-attempts 1 >/dev/null 2>"$tmp/err"
check "dead endpoint: exit 3" test $? -eq 3

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
