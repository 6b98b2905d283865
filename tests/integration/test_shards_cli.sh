#!/usr/bin/env bash
# One cleanup spread over several processes: partsweep-cli abort --shard K/N run four times at
# once on the same selection (as a Kubernetes Indexed Job or an AWS Batch array job would), then
# partsweep-cli report --merge of their journals. awscli is the reference for what the server
# holds; which shard takes which upload is recomputed here with Python's hashlib from the
# documented rule (SHA-256 of "bucket/key", first 8 bytes big-endian, mod N).
# usage: test_shards_cli.sh PATH/TO/partsweep-cli
set -uo pipefail
cli=$1
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
use_sandbox "${PARTSWEEP_SANDBOX_DIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
run=$RANDOM$RANDOM

make_uploads() { # bucket n prefix
    local cfg=$tmp/init.cfg i
    : >"$cfg"
    for i in $(seq 1 "$2"); do
        printf 'url = "%s/%s/%s/part-%05d.bin?uploads="\n-X POST\n-o /dev/null\n' "$EP" "$1" "$3" "$i" >>"$cfg"
    done
    curl -sS --no-progress-meter --fail --parallel --parallel-max 16 --aws-sigv4 "aws:amz:$AWS_REGION:s3" \
        --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -K "$cfg"
}

a=shards-a-$run
b=shards-b-$run
for bucket in "$a" "$b"; do "$AWSCLI" --endpoint-url "$EP" s3api create-bucket --bucket "$bucket" >/dev/null; done
make_uploads "$a" 300 go
make_uploads "$a" 10 keep
make_uploads "$b" 100 go
# Two uploads of one key: they must land in the same shard.
make_uploads "$b" 3 go/same
make_uploads "$b" 3 go/same
{ aws_list "$a" go/; aws_list "$b" go/; } | sort >"$tmp/selected.tsv"
aws_list "$a" keep/ | sort >"$tmp/kept.tsv"
check "set-up: 406 uploads to clean, 10 to keep (awscli)" \
    test "$(wc -l <"$tmp/selected.tsv")" -eq 406 -a "$(wc -l <"$tmp/kept.tsv")" -eq 10

# --- usage ---
"$cli" abort --bucket "$a" --min-age 0 --yes --shard 4/4 >/dev/null 2>"$tmp/err"
check "--shard 4/4: exit 2 (K counts from 0)" test $? -eq 2
check "and it says what a shard is" grep -q 'A shard is K/N' "$tmp/err"
"$cli" abort --bucket "$a" --min-age 0 --yes --shard two >/dev/null 2>&1
check "--shard two: exit 2" test $? -eq 2
"$cli" uploads --bucket "$a" --shard 0/2 >/dev/null 2>&1
check "--shard with uploads: exit 2" test $? -eq 2
check "the usage errors aborted nothing" test "$(aws_list "$a" go/ | wc -l)" -eq 300

# --- four shards at once, each its own process and journal ---
pids=()
for k in 0 1 2 3; do
    "$cli" abort --bucket "$a" --bucket "$b" --prefix go/ --min-age 0 --yes --shard "$k/4" \
        --report "$tmp/shard-$k.csv" >/dev/null 2>"$tmp/err-$k" &
    pids+=($!)
done
rcs=""
for pid in "${pids[@]}"; do
    wait "$pid"
    rcs="$rcs$?"
done
check "all four shards exit 0 ($rcs)" test "$rcs" = 0000
# (Shards list while others abort: each lists what is left of the selection then.)
check "each says which share it took" grep -q 'Shard 2/4: [0-9]* of the [0-9]* upload(s) listed are this share' "$tmp/err-2"
check "awscli: none of the 406 selected uploads is left" \
    test "$({ aws_list "$a" go/; aws_list "$b" go/; } | wc -l)" -eq 0
check "awscli: the 10 unselected ones are untouched" cmp -s "$tmp/kept.tsv" <(aws_list "$a" keep/ | sort)
check "together the shards aborted exactly the selection, each upload once, in the shard the rule gives" \
    python3 - "$tmp" <<'EOF'
import csv, hashlib, sys
tmp = sys.argv[1]
selected = {tuple(l.rstrip("\n").split("\t")) for l in open(f"{tmp}/selected.tsv")}
seen, ok = [], True
for k in range(4):
    rows = list(csv.DictReader(open(f"{tmp}/shard-{k}.csv", newline="")))
    if not rows:
        print(f"shard {k} took nothing"); ok = False
    for r in rows:
        shard = int.from_bytes(hashlib.sha256(f"{r['bucket']}/{r['key']}".encode()).digest()[:8], "big") % 4
        if shard != k or r["state"] != "verified" or r["aborts"] != "1":
            print("wrong:", k, shard, r["key"], r["state"], r["aborts"]); ok = False
        seen.append((r["bucket"], r["key"], r["upload_id"]))
ok = ok and len(seen) == len(set(seen)) and set(seen) == selected
sys.exit(not ok)
EOF

# --- one report of the four journals ---
mapfile -t journals < <(find "$XDG_DATA_HOME" -name '*.jsonl' | sort)
check "four journals, one per shard" test "${#journals[@]}" -eq 4
"$cli" report --merge "${journals[@]}" --report "$tmp/merged.json" >/dev/null 2>"$tmp/err"
check "report --merge: exit 0" test $? -eq 0
check "the merged report: 406 uploads, all verified, the four journals named" python3 - "$tmp/merged.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
shards = sorted(j["shard"] for j in r["journals"])
sys.exit(not (len(r["uploads"]) == 406 and r["summary"]["states"] == {"verified": 406}
              and shards == ["0/4", "1/4", "2/4", "3/4"]))
EOF
"$cli" report --merge "${journals[@]}" --output csv >"$tmp/merged.csv" 2>/dev/null
check "report --merge --output csv: 406 rows on stdout" test "$(($(wc -l <"$tmp/merged.csv") - 1))" -eq 406
missing=()
for j in "${journals[@]}"; do grep -q '"shardIndex":2' "$j" || missing+=("$j"); done
"$cli" report --merge "${missing[@]}" --report "$tmp/partial.csv" >/dev/null 2>"$tmp/err"
check "a shard's journal left out: exit 1" test $? -eq 1
check "and it says which shard is missing" grep -q 'shard(s) 2 of 4 missing' "$tmp/err"
"$cli" report "${journals[@]:0:2}" >/dev/null 2>"$tmp/err"
check "several journals without --merge: exit 2" test $? -eq 2
"$cli" report "${journals[0]}" --output json >"$tmp/one.json" 2>/dev/null
check "report of one journal: that shard's uploads only" python3 - "$tmp/one.json" "$tmp" <<'EOF'
import csv, json, sys
r = json.load(open(sys.argv[1]))
k = r["options"]["shardIndex"]
rows = list(csv.DictReader(open(f"{sys.argv[2]}/shard-{k}.csv", newline="")))
sys.exit(not (r["options"]["shardCount"] == 4 and len(r["uploads"]) == len(rows)))
EOF

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
