#!/usr/bin/env bash
# bench/s3-core.sh [SANDBOX_DIR]: the S3 core's speed against its peers on the same local Ceph RGW,
# in the same run. Without a directory it starts and seeds a sandbox (and stops it afterwards).
#   - listing the 10,500 uploads of logs-firehose: partsweep-cli, aws s3api, rclone backend
#   - sizes (ListParts of every upload): partsweep-cli --sizes at concurrency 1, 4, 16, 64
# Each figure is the median of RUNS runs (default 3). Uses the release build (built if missing),
# or PARTSWEEP_CLI=/path/to/partsweep-cli (another build, e.g. before a change, on the same sandbox).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
cli=${PARTSWEEP_CLI:-}
if [ -z "$cli" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$(nproc)" --target partsweep-cli >/dev/null
    cli=$root/build/release/app/partsweep-cli
fi

own=0
dir=${1:-}
if [ -z "$dir" ]; then
    dir=$("$root/scripts/s3-sandbox" start | sed -n 's/^SANDBOX_DIR=//p')
    own=1
    trap '"$root/scripts/s3-sandbox" stop "$dir" >/dev/null; rm -rf "$dir"' EXIT
    "$root/scripts/s3-sandbox" seed "$dir" >/dev/null
fi
eval "$("$root/scripts/s3-sandbox" env "$dir")"
unset AWS_CA_BUNDLE AWS_PROFILE AWS_SESSION_TOKEN
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
EP=$PARTSWEEP_SANDBOX_ENDPOINT
export RCLONE_CONFIG_SB_TYPE=s3 RCLONE_CONFIG_SB_PROVIDER=Ceph RCLONE_CONFIG_SB_ENDPOINT=$EP \
    RCLONE_CONFIG_SB_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID RCLONE_CONFIG_SB_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY \
    RCLONE_CONFIG_SB_REGION=$AWS_REGION
AWSCLI=/usr/bin/aws
[ -x "$AWSCLI" ] || AWSCLI=$(command -v aws)
bucket=logs-firehose
n=$("$cli" uploads --bucket $bucket --output csv 2>/dev/null | tail -n +2 | wc -l)

# median wall time in seconds of a command (stdout discarded)
median() {
    local times=() t0 t1
    for _ in $(seq 1 "$runs"); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        times+=("$(((t1 - t0) / 1000000))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] / 1000 }'
}

echo "# S3 core benchmark: $(date -u +%F), $(nproc) cores, Ceph RGW $(radosgw --version | awk '{print $3}') on loopback, $n uploads in $bucket, median of $runs"
echo
echo "| listing $n uploads | seconds | uploads/s |"
echo "|---|---|---|"
ours=$(median "$cli" uploads --bucket $bucket --output csv)
theirs_aws=$(median "$AWSCLI" --endpoint-url "$EP" s3api list-multipart-uploads --bucket $bucket --output json)
theirs_rclone=$(median rclone --config /dev/null backend list-multipart-uploads sb:$bucket)
for row in "partsweep-cli uploads:$ours" "aws s3api list-multipart-uploads:$theirs_aws" "rclone backend list-multipart-uploads:$theirs_rclone"; do
    name=${row%%:*} t=${row##*:}
    awk -v name="$name" -v t="$t" -v n="$n" 'BEGIN { printf "| %s | %.3f | %.0f |\n", name, t, n / t }'
done
fastest=$(printf '%s\n' "$theirs_aws" "$theirs_rclone" | sort -n | head -n1)
awk -v o="$ours" -v f="$fastest" 'BEGIN { printf "\npartsweep-cli vs the fastest peer: %.2fx the time (goal: <= 1.00)\n\n", o / f }'

# The server's ceiling for the same ListParts requests: curl --parallel (SigV4 by curl itself).
tmp=$(mktemp -d)
"$cli" uploads --bucket $bucket --output csv 2>/dev/null | tail -n +2 |
    awk -F, -v ep="$EP" -v b="$bucket" '{ printf "url = \"%s/%s/%s?uploadId=%s\"\n-o /dev/null\n", ep, b, $2, $3 }' >"$tmp/curl.cfg"
curl_ceiling() {
    curl -s --parallel --parallel-max "$1" --aws-sigv4 "aws:amz:$AWS_REGION:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
        -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -K "$tmp/curl.cfg"
}
ceiling=$(median curl_ceiling 16)
sequential_curl=$(median curl_ceiling 1)
rm -rf "$tmp"

echo "| sizes of $n uploads (ListParts each) | seconds | uploads/s | speed-up vs concurrency 1 |"
echo "|---|---|---|---|"
base=""
for c in 1 4 16 64; do
    t=$(median "$cli" uploads --bucket $bucket --sizes --concurrency $c --output csv)
    [ -n "$base" ] || base=$t
    awk -v c="$c" -v t="$t" -v n="$n" -v b="$base" 'BEGIN { printf "| partsweep-cli --sizes --concurrency %d | %.3f | %.0f | %.1fx |\n", c, t, n / t, b / t }'
    last=$t
done
awk -v t="$sequential_curl" -v n="$n" -v b="$base" 'BEGIN { printf "| curl --parallel-max 1 (ceiling, sequential) | %.3f | %.0f | %.1fx |\n", t, n / t, b / t }'
awk -v t="$ceiling" -v n="$n" -v b="$base" 'BEGIN { printf "| curl --parallel-max 16 (the server ceiling) | %.3f | %.0f | %.1fx |\n", t, n / t, b / t }'
awk -v o="$last" -v c="$ceiling" 'BEGIN { printf "\npartsweep-cli at concurrency 64 reaches %.0f%% of the curl ceiling\n", 100 * c / o }'
