#!/usr/bin/env bash
# bench/cpu-per-request.sh [SANDBOX_DIR]: the client's CPU (user + system) per request, partsweep-cli
# against curl sending the same S3 requests with SigV4 (curl --aws-sigv4 --parallel), in one run
# on one local Ceph RGW. Without a directory it starts and seeds a sandbox (and stops it afterwards).
#   1. sizes: ListParts of every upload of the seeded logs-firehose (10,500 uploads, 1-3 parts
#      each) at 16 in flight: `partsweep-cli uploads --sizes` against curl's ListParts of the same
#      uploads. partsweep-cli's requests: the listing pages and one ListParts per upload.
#   2. abort + verify: N fresh uploads for each (default 2,000, keys as backup tools name them, one
#      1 KiB part each, made by curl): `partsweep-cli abort --yes --min-age 0` at 16 in flight
#      against curl sending what partsweep-cli sends per upload (the count it reports: ListParts
#      to size, AbortMultipartUpload, ListParts to verify) to its own N uploads.
# Figures are medians of RUNS runs (default 3), measured with /usr/bin/time. Uses the release
# build (built if missing), or PARTSWEEP_CLI=/path/to/partsweep-cli.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
N=${UPLOADS:-2000}
cli=${PARTSWEEP_CLI:-}
if [ -z "$cli" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$(nproc)" --target partsweep-cli >/dev/null
    cli=$root/build/release/app/partsweep-cli
fi
. "$root/tests/integration/checks.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/partsweep-cpu.XXXXXX")
dir=${1:-}
own=0
if [ -z "$dir" ]; then
    dir=$work/sb
    "$root/scripts/s3-sandbox" start "$dir" >/dev/null
    own=1
    "$root/scripts/s3-sandbox" seed "$dir" >/dev/null
fi
cleanup() {
    [ "$own" = 0 ] || "$root/scripts/s3-sandbox" stop "$dir" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
use_sandbox "$dir"
export XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state
AWSCLI=/usr/bin/aws
[ -x "$AWSCLI" ] || AWSCLI=$(command -v aws)

# curl's SigV4 requests, 16 in flight, from a config file of urls (-K CONFIG): an array, so that
# /usr/bin/time runs curl itself
curl_s3=(curl -s --no-progress-meter --parallel --parallel-max 16 --aws-sigv4 "aws:amz:$AWS_REGION:s3"
    --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")
# cpu COMMAND...: "user+system seconds" of the command (its output discarded, stderr kept in $work/err)
cpu() {
    /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>"$work/err"
    awk '{ printf "%.3f", $1 + $2 }' "$work/time"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# urls BUCKET QUERY < "key,uploadid" lines: a curl config, one url per upload
urls() {
    python3 -c '
import sys, urllib.parse
ep, bucket, query = sys.argv[1:4]
for line in sys.stdin:
    key, upload = line.rstrip("\n").split(",", 1)
    q = query.replace("UPLOAD", urllib.parse.quote(upload, safe=""))
    print(f"url = \"{ep}/{bucket}/{urllib.parse.quote(key)}?{q}\"\n-o /dev/null")
' "$EP" "$1" "$2"
}
# The uploads of BUCKET under PREFIX as "key,uploadid" lines (by awscli, not by the tool measured).
listed() { aws_list "$1" "$2" | awk -F'\t' '{ print $2 "," $3 }'; }

# --- 1. sizes ---------------------------------------------------------------------------------
bucket=logs-firehose
listed $bucket "" >"$work/firehose.csv"
n=$(wc -l <"$work/firehose.csv")
pages=$(((n + 999) / 1000))
urls $bucket "uploadId=UPLOAD" <"$work/firehose.csv" >"$work/listparts.cfg"
ours=() theirs=()
for _ in $(seq 1 "$runs"); do
    ours+=("$(cpu "$cli" uploads --bucket $bucket --sizes --concurrency 16 --output csv)")
    theirs+=("$(cpu "${curl_s3[@]}" -K "$work/listparts.cfg")")
done
ours_sizes=$(printf '%s\n' "${ours[@]}" | median)
theirs_sizes=$(printf '%s\n' "${theirs[@]}" | median)

# --- 2. abort + verify ------------------------------------------------------------------------
bench=cpu-bench
stamp=$(date +%s) # a sandbox given may hold the uploads of an earlier run
"$AWSCLI" --endpoint-url "$EP" s3api create-bucket --bucket $bench >/dev/null 2>&1 || true
head -c 1024 /dev/urandom >"$work/part"
# make_uploads PREFIX: N uploads under PREFIX, each with one 1 KiB part
make_uploads() {
    local prefix=$1
    seq 1 "$N" | awk -v p="$prefix" '{ printf "%sdb-%04d/base-%06d.tar.zst,x\n", p, $1 % 97, $1 }' |
        urls $bench "uploads=" >"$work/create.cfg"
    "${curl_s3[@]}" -X POST -K "$work/create.cfg" >/dev/null
    listed $bench "$prefix" >"$work/made.csv"
    urls $bench "partNumber=1&uploadId=UPLOAD" <"$work/made.csv" | sed "s|^-o /dev/null|-o /dev/null\n-T $work/part|" >"$work/part.cfg"
    "${curl_s3[@]}" -K "$work/part.cfg" >/dev/null
    [ "$(wc -l <"$work/made.csv")" = "$N" ] || { echo "made $(wc -l <"$work/made.csv") of $N uploads under $prefix" >&2; exit 1; }
}
ours=() theirs=() requests=0
for run in $(seq 1 "$runs"); do
    make_uploads "ps$stamp-$run/"
    ours+=("$(cpu "$cli" abort --bucket $bench --prefix "ps$stamp-$run/" --yes --min-age 0 --concurrency 16 --output csv)")
    requests=$(grep -o '[0-9,]* requests' "$work/err" | tail -n1 | tr -dc 0-9)
    left=$(listed $bench "ps$stamp-$run/" | wc -l)
    [ "$left" = 0 ] || { echo "partsweep-cli left $left uploads under ps$stamp-$run/" >&2; exit 1; }

    make_uploads "curl$stamp-$run/"
    urls $bench "uploadId=UPLOAD" <"$work/made.csv" >"$work/listparts.cfg"
    per_upload=$(((requests + N / 2) / N))
    t0=$(cpu "${curl_s3[@]}" -K "$work/listparts.cfg")
    t1=$(cpu "${curl_s3[@]}" -X DELETE -K "$work/listparts.cfg")
    t2=0
    for _ in $(seq 3 "$per_upload"); do
        t2=$(awk -v a="$t2" -v b="$(cpu "${curl_s3[@]}" -K "$work/listparts.cfg")" 'BEGIN { printf "%.3f", a + b }')
    done
    theirs+=("$(awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "%.3f", a + b + c }')")
    left=$(listed $bench "curl$stamp-$run/" | wc -l)
    [ "$left" = 0 ] || { echo "curl left $left uploads under curl$stamp-$run/" >&2; exit 1; }
done
ours_abort=$(printf '%s\n' "${ours[@]}" | median)
theirs_abort=$(printf '%s\n' "${theirs[@]}" | median)
curl_requests=$((N * per_upload))
ours_requests=$((requests + (N + 999) / 1000))

echo "# Client CPU per request: $(date -u +%F), $(nproc) cores, Ceph RGW $(radosgw --version | awk '{print $3}') on loopback, 16 in flight, median of $runs"
echo
echo "| work | client | requests | user+sys s | us per request | vs curl |"
echo "|---|---|---|---|---|---|"
row() { awk -v w="$1" -v c="$2" -v r="$3" -v t="$4" -v base="$5" 'BEGIN {
    us = 1e6 * t / r; printf "| %s | %s | %d | %.2f | %.0f | %s |\n", w, c, r, t, us, (base > 0 ? sprintf("%.2fx", us / base) : "1.00x") }'; }
curl_us_sizes=$(awk -v t="$theirs_sizes" -v r="$n" 'BEGIN { print 1e6 * t / r }')
curl_us_abort=$(awk -v t="$theirs_abort" -v r="$curl_requests" 'BEGIN { print 1e6 * t / r }')
row "sizes: ListParts of $n uploads" "curl --parallel" "$n" "$theirs_sizes" 0
row "sizes: ListParts of $n uploads" "partsweep-cli uploads --sizes" "$((n + pages))" "$ours_sizes" "$curl_us_sizes"
row "abort + verify $N uploads" "curl --parallel ($per_upload requests per upload)" "$curl_requests" "$theirs_abort" 0
row "abort + verify $N uploads" "partsweep-cli abort (journal, report)" "$ours_requests" "$ours_abort" "$curl_us_abort"
echo
echo "Goal (issue 15): partsweep-cli <= 1.25x curl's CPU per request."
