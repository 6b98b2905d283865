#!/usr/bin/env bash
# bench/abort.sh [SANDBOX_DIR]: the cleanup engine's speed against its peers on the same local
# Ceph RGW, in the same run, at the same parallelism (P, default 16):
#   - 5,000 uploads without parts, then 1,000 uploads with 3 parts each;
#   - partsweep-cli abort --yes (abort + ListParts verification of every upload, journaled),
#     rclone backend cleanup remote:bucket -o max-age=0s (aborts, no verification),
#     curl --parallel DELETEs (the server's ceiling for the aborts alone);
#   - the journal's cost: partsweep-cli with fdatasync on every record (PARTSWEEP_JOURNAL_SYNC_MS=0)
#     against the default batching (every 100 ms);
#   - partsweep-cli --no-verify: the same work as rclone (one request per upload), for reference.
# Every tool gets freshly made uploads in a bucket of its own (made with curl, not timed).
# Without a directory it starts a private unseeded sandbox (and stops it afterwards).
# PARTSWEEP_CLI=path uses that binary; otherwise the release preset is built.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
P=${P:-16}
N1=${N1:-5000}
N2=${N2:-1000}

cli=${PARTSWEEP_CLI:-}
if [ -z "$cli" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release -j "${BUILD_JOBS:-$(nproc)}" --target partsweep-cli >/dev/null
    cli=$root/build/release/app/partsweep-cli
fi

work=$(mktemp -d "$root/build/bench-abort.XXXXXX") # on disk: the journal's fsync is real
own=""
cleanup() {
    [ -z "$own" ] || { "$root/scripts/s3-sandbox" stop "$own" >/dev/null; rm -rf "$own"; }
    rm -rf "$work"
}
trap cleanup EXIT
dir=${1:-}
if [ -z "$dir" ]; then
    own=$work/sb
    "$root/scripts/s3-sandbox" start "$own" >/dev/null
    dir=$own
fi
eval "$("$root/scripts/s3-sandbox" env "$dir")"
unset AWS_CA_BUNDLE AWS_PROFILE AWS_SESSION_TOKEN
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
EP=$PARTSWEEP_SANDBOX_ENDPOINT
export RCLONE_CONFIG_SB_TYPE=s3 RCLONE_CONFIG_SB_PROVIDER=Ceph RCLONE_CONFIG_SB_ENDPOINT=$EP \
    RCLONE_CONFIG_SB_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID RCLONE_CONFIG_SB_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY \
    RCLONE_CONFIG_SB_REGION=$AWS_REGION
export XDG_DATA_HOME=$work/data
head -c 1024 /dev/urandom >"$work/part"
SIGN=(--aws-sigv4 "aws:amz:$AWS_REGION:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"
    -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")

now_ms() { echo $(($(date +%s%N) / 1000000)); }

pending() { # bucket -> pending uploads (curl listing, first 1000 only matter for "0")
    curl -s "${SIGN[@]}" "$EP/$1?uploads=&max-uploads=1000" | { grep -o '<UploadId>' || true; } | wc -l
}

# make BUCKET N PARTS: a bucket with N uploads of PARTS parts of 1 KiB; writes BUCKET.ids
# ("key id" per line) for the curl ceiling.
make() {
    local b=$1 n=$2 parts=$3 i
    curl -sS --fail "${SIGN[@]}" -X PUT --data-binary '' "$EP/$b" >/dev/null
    : >"$work/init.cfg"
    for i in $(seq 1 "$n"); do
        printf 'url = "%s/%s/u/%06d?uploads="\n-X POST\n-o "%s/init-%06d.xml"\n' "$EP" "$b" "$i" "$work" "$i" >>"$work/init.cfg"
    done
    curl -sS --no-progress-meter --fail --parallel --parallel-max 16 "${SIGN[@]}" -K "$work/init.cfg"
    grep -H -o '<UploadId>[^<]*' "$work"/init-*.xml | sed 's|.*/init-\([0-9]*\)\.xml:<UploadId>|u/\1 |' >"$work/$b.ids"
    [ "$(wc -l <"$work/$b.ids")" -eq "$n" ] || { echo "bench: creating $n uploads in $b failed" >&2; exit 1; }
    awk -v ep="$EP" -v b="$b" -v parts="$parts" -v part="$work/part" '{
        for (p = 1; p <= parts; p++)
            printf "url = \"%s/%s/%s?partNumber=%d&uploadId=%s\"\n-T \"%s\"\n-o /dev/null\n", ep, b, $1, p, $2, part
    }' "$work/$b.ids" >"$work/parts.cfg"
    rm -f "$work"/init-*.xml
    [ "$parts" -eq 0 ] || curl -sS --no-progress-meter --fail --parallel --parallel-max 16 "${SIGN[@]}" -K "$work/parts.cfg"
}

# Each runner prints "seconds requests" and leaves the bucket without pending uploads.
run_partsweep() { # bucket [option] [env...]
    local b=$1 opt=$2 t0 t1 err=$work/ps.err
    shift 2
    t0=$(now_ms)
    env "$@" "$cli" abort --bucket "$b" --min-age 0 --yes --concurrency "$P" $opt >/dev/null 2>"$err" ||
        { echo "partsweep-cli failed:" >&2; tail -5 "$err" >&2; }
    t1=$(now_ms)
    local reqs
    reqs=$(sed -n 's/.*; \([0-9]*\) requests.*/\1/p' "$err" | tail -n1)
    echo "$(((t1 - t0))) ${reqs:-0}"
}
run_rclone() {
    local b=$1 t0 t1
    t0=$(now_ms)
    rclone --config /dev/null backend cleanup "sb:$b" -o max-age=0s --checkers "$P" --transfers "$P" >/dev/null 2>&1
    t1=$(now_ms)
    echo "$((t1 - t0)) -"
}
run_curl() {
    local b=$1 t0 t1
    awk -v ep="$EP" -v b="$b" '{ printf "url = \"%s/%s/%s?uploadId=%s\"\n-X DELETE\n-o /dev/null\n", ep, b, $1, $2 }' \
        "$work/$b.ids" >"$work/del.cfg"
    t0=$(now_ms)
    curl -s --no-progress-meter --parallel --parallel-max "$P" "${SIGN[@]}" -K "$work/del.cfg"
    t1=$(now_ms)
    echo "$((t1 - t0)) $(wc -l <"$work/$b.ids")"
}

scenario() { # label n parts
    local label=$1 n=$2 parts=$3 tag=$RANDOM
    local name runner ms reqs left
    echo
    echo "### $label: $n uploads with $parts part(s) each, $P in flight"
    echo
    echo "| tool | seconds | uploads/s | requests/s | verified | left pending |"
    echo "|---|---|---|---|---|---|"
    for name in partsweep rclone curl partsweep-sync-every-record partsweep-no-verify; do
        b=bench-$tag-$n-$name
        make "$b" "$n" "$parts"
        case $name in
        partsweep) read -r ms reqs < <(run_partsweep "$b" "") ;;
        partsweep-sync-every-record) read -r ms reqs < <(run_partsweep "$b" "" PARTSWEEP_JOURNAL_SYNC_MS=0) ;;
        partsweep-no-verify) read -r ms reqs < <(run_partsweep "$b" --no-verify) ;;
        rclone) read -r ms reqs < <(run_rclone "$b") ;;
        curl) read -r ms reqs < <(run_curl "$b") ;;
        esac
        left=$(pending "$b")
        local verified=no
        case $name in partsweep-no-verify) ;; partsweep*) verified=yes ;; esac
        awk -v name="$name" -v ms="$ms" -v n="$n" -v reqs="$reqs" -v v="$verified" -v left="$left" 'BEGIN {
            s = ms / 1000; rps = (reqs == "-") ? "-" : sprintf("%.0f", reqs / s)
            printf "| %s | %.3f | %.0f | %s | %s | %d |\n", name, s, n / s, rps, v, left }'
        eval "ms_${name//-/_}=$ms; reqs_${name//-/_}=$reqs"
    done
    echo
    awk -v p="$ms_partsweep" -v preq="$reqs_partsweep" -v c="$ms_curl" -v creq="$reqs_curl" -v r="$ms_rclone" \
        -v s="$ms_partsweep_sync_every_record" -v nv="$ms_partsweep_no_verify" -v n="$n" 'BEGIN {
        prps = preq / (p / 1000); crps = creq / (c / 1000)
        printf "- partsweep-cli requests/s vs the curl ceiling: %.0f / %.0f = %.2fx (goal >= 0.80)\n", prps, crps, prps / crps
        printf "- partsweep-cli verified uploads/s vs rclone (unverified): %.0f / %.0f = %.2fx (goal >= 1.00)\n", n / (p / 1000), n / (r / 1000), r / p
        printf "- journal: fdatasync on every record takes %.2fx the time of the 100 ms batching\n", s / p
        printf "- same work as rclone (--no-verify, one request per upload): %.0f / %.0f uploads/s = %.2fx\n", n / (nv / 1000), n / (r / 1000), r / nv }'
}

echo "# Cleanup benchmark: $(date -u +%F), $(nproc) cores, Ceph RGW $(radosgw --version | awk '{print $3}') on loopback"
scenario "Uploads without parts" "$N1" 0
scenario "Uploads with parts" "$N2" 3
