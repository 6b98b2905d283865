#!/usr/bin/env bash
# bench/soak.sh: a long cleanup under faults, on a private Ceph RGW sandbox.
#
#   bench/soak.sh [--uploads N] [--buckets B] [--restarts R] [--keep K] [--cli PATH] [--out DIR]
#
# Makes B buckets holding N uploads to clean (keys under go/, one in ten with a 1 KiB part) and K
# uploads per bucket that are NOT selected (keep/), then runs `partsweep-cli abort --prefix go/`
# over all B buckets through tests/integration/faultproxy.py (a FAKE front end: 5% of requests
# answered 503 SlowDown, 1% of connections reset, half of those after the server acted). While
# the job runs radosgw is killed and restarted R times (at evenly spaced points of the job's
# progress, `s3-sandbox restart-gateway`), and the CLI's RSS, open file descriptors and threads
# are sampled every second.
#
# It checks what a storage admin would: the job exits 0; every selected upload ends verified in
# the journal and in the report, exactly once; awscli (straight to the server, no faults) lists
# none of the selected uploads and every one of the K*B kept ones; the faults and restarts really
# happened; open file descriptors stay bounded (no leak per restart or reset). Prints a summary
# (markdown) and leaves samples.csv, the report and the proxy's counts in --out (default: a
# temporary directory, removed).
#
# Defaults are the full soak (100,000 uploads, 20 buckets, 5 restarts: ~15 minutes on 2 cores).
# The test command runs a small one (tests/integration: 5,000 uploads, 5 buckets, 2 restarts).
# Without --cli (or PARTSWEEP_CLI) the release preset is built.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
N=100000 B=20 R=5 K=5 out="" cli=${PARTSWEEP_CLI:-}
while [ $# -gt 0 ]; do
    case $1 in
    --uploads) N=$2; shift 2 ;;
    --buckets) B=$2; shift 2 ;;
    --restarts) R=$2; shift 2 ;;
    --keep) K=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: soak.sh [--uploads N] [--buckets B] [--restarts R] [--keep K] [--cli PATH] [--out DIR]" >&2; exit 2 ;;
    esac
done
if [ -z "$cli" ]; then
    cmake --preset release >/dev/null || exit 1
    cmake --build --preset release -j "${BUILD_JOBS:-$(nproc)}" --target partsweep-cli >/dev/null || exit 1
    cli=$root/build/release/app/partsweep-cli
fi
. "$root/tests/integration/checks.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/partsweep-soak.XXXXXX")
[ -n "$out" ] || out=$work/out
mkdir -p "$out"
sb=$work/sb proxy="" cli_pid=""
cleanup() {
    [ -z "$cli_pid" ] || kill -9 "$cli_pid" 2>/dev/null
    [ -z "$proxy" ] || { kill "$proxy" 2>/dev/null; wait "$proxy" 2>/dev/null; }
    [ -f "$sb/sandbox.env" ] && "$root/scripts/s3-sandbox" stop "$sb" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
t_start=$(now)

"$root/scripts/s3-sandbox" start "$sb" >/dev/null || exit 1
use_sandbox "$sb"
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
SIGN=(--aws-sigv4 "aws:amz:$AWS_REGION:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"
    -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")

# --- the uploads: N to clean across B buckets, K kept per bucket (made with curl, not timed) ---
buckets=()
for b in $(seq 1 "$B"); do buckets+=("$(printf 'soak-%02d' "$b")"); done
for bucket in "${buckets[@]}"; do
    curl -sS --fail "${SIGN[@]}" -X PUT --data-binary '' "$EP/$bucket" >/dev/null || exit 1
done
# Keys as backups and media pipelines name them; one in ten gets a part (its initiation answer
# is kept for the upload id).
python3 - "$EP" "$N" "$K" "$work" "${buckets[@]}" >"$work/init.cfg" <<'PY'
import sys
ep, n, k, work, buckets = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:]
per = -(-n // len(buckets))
made = 0
for bucket in buckets:
    for i in range(1, per + 1):
        if made == n:
            break
        made += 1
        key = f"go/{2020 + i % 6:04d}/{1 + i % 12:02d}/host-{i % 97:03d}/backup-{i:07d}.tar.zst"
        out = f'"{work}/init/{bucket}-{i:07d}.xml"' if i % 10 == 0 else "/dev/null"
        print(f'url = "{ep}/{bucket}/{key}?uploads="\n-X POST\n-o {out}')
    for i in range(1, k + 1):
        print(f'url = "{ep}/{bucket}/keep/important-{i:03d}.bin?uploads="\n-X POST\n-o /dev/null')
PY
mkdir -p "$work/init"
t0=$(now)
curl -sS --no-progress-meter --fail --parallel --parallel-max 16 "${SIGN[@]}" -K "$work/init.cfg" || exit 1
# The parts: one 1 KiB part for each upload whose initiation answer was kept.
head -c 1024 /dev/urandom >"$work/part"
python3 - "$EP" "$work" >"$work/parts.cfg" <<'PY'
import glob, os, re, sys
ep, work = sys.argv[1], sys.argv[2]
for f in sorted(glob.glob(f"{work}/init/*.xml")):
    bucket = "-".join(os.path.basename(f).split("-")[:2])
    text = open(f).read()
    key = re.search(r"<Key>([^<]*)</Key>", text).group(1)
    upload = re.search(r"<UploadId>([^<]*)</UploadId>", text).group(1)
    print(f'url = "{ep}/{bucket}/{key}?partNumber=1&uploadId={upload}"\n-T "{work}/part"\n-o /dev/null')
PY
[ ! -s "$work/parts.cfg" ] || curl -sS --no-progress-meter --fail --parallel --parallel-max 16 "${SIGN[@]}" -K "$work/parts.cfg" || exit 1
t1=$(now)

# What the server holds before the job, by awscli: the selection is everything under go/.
for bucket in "${buckets[@]}"; do aws_list "$bucket" go/; done | sort >"$work/selected.tsv"
for bucket in "${buckets[@]}"; do aws_list "$bucket" keep/; done | sort >"$work/kept.tsv"
check "set-up: awscli lists the $N uploads to clean" test "$(wc -l <"$work/selected.tsv")" -eq "$N"
check "set-up: and $((K * B)) to keep" test "$(wc -l <"$work/kept.tsv")" -eq $((K * B))
t2=$(now)

# --- the fault proxy (a fake, named as such) in front of the server ---
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 "$root/tests/integration/faultproxy.py" --listen "$port" --target "${EP#http://}" \
    --slowdown 0.05 --reset 0.01 --seed "${SOAK_SEED:-20261206}" --stats "$out/proxy.json" >"$work/proxy.out" 2>&1 &
proxy=$!
for _ in $(seq 1 100); do grep -q ready "$work/proxy.out" 2>/dev/null && break; sleep 0.05; done

# --- the job, sampled every second; the gateway restarted at evenly spaced points ---
bucket_args=()
for bucket in "${buckets[@]}"; do bucket_args+=(--bucket "$bucket"); done
"$cli" abort --endpoint-url "http://127.0.0.1:$port" "${bucket_args[@]}" --prefix go/ --min-age 0 --yes \
    --report "$out/report.csv" >"$out/cli.out" 2>"$out/cli.err" &
cli_pid=$!
echo "seconds,phase,verified,rss_kib,fds,threads,restarts" >"$out/samples.csv"
restarts=0 journal="" phase=listing
: >"$out/restarts.txt"
t3=$(now)
while kill -0 "$cli_pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$cli_pid/status" 2>/dev/null)
    threads=$(awk '/^Threads:/ { print $2 }' "/proc/$cli_pid/status" 2>/dev/null)
    fds=$(find "/proc/$cli_pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
    [ -n "$journal" ] || journal=$(find "$XDG_DATA_HOME" -name '*.jsonl' 2>/dev/null | head -n1)
    verified=0
    if [ -n "$journal" ]; then
        phase=job
        verified=$(grep -c '"state":"verified"' "$journal")
    fi
    el=$(awk -v a="$t3" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }')
    [ -z "$rss" ] || echo "$el,$phase,$verified,$rss,$fds,$threads,$restarts" >>"$out/samples.csv"
    # The first restart while the buckets are still being listed (when the listing lasts that
    # long), the others at evenly spaced points of the job.
    if [ "$restarts" -lt "$R" ] && { [ "$phase" = listing ] && [ "$restarts" -eq 0 ] && [ "$el" -ge 1 ] ||
        [ "$phase" = job ] && [ "$verified" -ge $((restarts * N / R)) ]; }; then
        r0=$(now)
        "$root/scripts/s3-sandbox" restart-gateway "$sb" >/dev/null 2>>"$work/restart.err"
        restarts=$((restarts + 1))
        awk -v a="$t3" -v b="$r0" -v c="$(now)" -v v="$verified" -v p="$phase" 'BEGIN {
            printf "restart at %.0f s (%s, %d verified): server back after %.1f s\n", b - a, p, v, c - b }' >>"$out/restarts.txt"
        continue
    fi
    sleep 1
done
wait "$cli_pid"
rc=$?
cli_pid=""
t4=$(now)
kill "$proxy" 2>/dev/null
wait "$proxy" 2>/dev/null
proxy=""

# --- what a storage admin checks afterwards ---
check "the job exits 0 (cli.err: $(tail -n1 "$out/cli.err"))" test "$rc" -eq 0
check "the gateway was restarted $R time(s) during the job" test "$restarts" -eq "$R"
python3 - "$out/proxy.json" "$R" >"$work/faults" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
print(c["requests"], c["slowdown"], c["reset_before"] + c["reset_after"])
EOF
read -r requests slowdowns resets <"$work/faults"
check "the proxy answered SlowDown to some 5% of requests ($slowdowns of $requests)" \
    test "$slowdowns" -ge $((requests / 40)) -a "$slowdowns" -le $((requests / 10))
check "and reset connections ($resets)" test "$resets" -ge 1
for bucket in "${buckets[@]}"; do aws_list "$bucket" go/; done | sort >"$work/left.tsv"
for bucket in "${buckets[@]}"; do aws_list "$bucket" keep/; done | sort >"$work/kept-after.tsv"
check "awscli: none of the $N selected uploads is left" test ! -s "$work/left.tsv"
check "awscli: all $((K * B)) unselected uploads are still there, untouched" cmp -s "$work/kept.tsv" "$work/kept-after.tsv"
# The journal: every selected upload exactly once, its last state verified, nothing else named.
check "journal: each selected upload once, all verified" python3 - "$journal" "$work/selected.tsv" <<'EOF'
import json, sys
uploads, last = {}, {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("t") == "upload":
        uploads[r["i"]] = (r["bucket"], r["key"], r["uploadId"])
    elif r.get("t") == "state":
        last[r["i"]] = r["state"]
selected = {tuple(l.rstrip("\n").split("\t")) for l in open(sys.argv[2])}
named = list(uploads.values())
ok = len(named) == len(set(named)) and set(named) == selected and all(last.get(i) == "verified" for i in uploads)
if not ok:
    states = {}
    for s in last.values():
        states[s] = states.get(s, 0) + 1
    print("journal:", len(named), "uploads,", len(set(named) & selected), "selected; last states", states)
sys.exit(not ok)
EOF
check "report: one row per selected upload, all verified" python3 - "$out/report.csv" "$work/selected.tsv" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
named = [(r["bucket"], r["key"], r["upload_id"]) for r in rows]
selected = {tuple(l.rstrip("\n").split("\t")) for l in open(sys.argv[2])}
sys.exit(not (len(named) == len(set(named)) and set(named) == selected and all(r["state"] == "verified" for r in rows)))
EOF
# Open descriptors: the CLI's own files, Qt's, and at most two sockets per request in flight
# (16) on top; a leak per reset or restart would add up over thousands of them.
max_fds=$(awk -F, 'NR > 1 && $5 > m { m = $5 } END { print m + 0 }' "$out/samples.csv")
check "open file descriptors stay bounded (max $max_fds <= 64)" test "$max_fds" -le 64

# --- summary (markdown) ---
python3 - "$out/samples.csv" "$N" "$B" "$K" "$rc" "$t_start" "$t1" "$t0" "$t2" "$t3" "$t4" "$out/proxy.json" <<'EOF'
import csv, json, sys
samples, n, b, k, rc = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
t_start, t1, t0, t2, t3, t4 = map(float, sys.argv[6:12])
proxy = json.load(open(sys.argv[12]))
rows = list(csv.DictReader(open(samples)))
job = [r for r in rows if r["phase"] == "job"]
print(f"soak: {n} uploads in {b} buckets (+{k} kept per bucket), exit {rc}")
print(f"- set-up {t1 - t0:.0f} s to make the uploads, listing + job {t4 - t3:.0f} s"
      f" ({n / (t4 - t3):.0f} uploads/s with the faults), whole run {t4 - t_start:.0f} s")
print(f"- proxy: {proxy['requests']} requests, {proxy['slowdown']} SlowDown, "
      f"{proxy['reset_before']} reset before / {proxy['reset_after']} after the server answered, "
      f"{proxy['server_unreachable']} connections cut by the restarts")
if job:
    def span(part):
        sel = part or job
        rss = [int(r["rss_kib"]) for r in sel]
        fds = [int(r["fds"]) for r in sel]
        return f"RSS {min(rss) / 1024:.0f}-{max(rss) / 1024:.0f} MiB, fds {min(fds)}-{max(fds)}"
    q = max(1, len(job) // 4)
    print(f"- job phase ({len(job)} samples): first quarter {span(job[:q])}; last quarter {span(job[-q:])}")
print()
print("| seconds | phase | verified | RSS MiB | fds | threads | restarts so far |")
print("|---|---|---|---|---|---|---|")
step = max(1, len(rows) // 20)
for i, r in enumerate(rows):
    if i % step == 0 or i == len(rows) - 1:
        print(f"| {r['seconds']} | {r['phase']} | {r['verified']} | {int(r['rss_kib']) / 1024:.0f} | {r['fds']} | {r['threads']} | {r['restarts']} |")
EOF
cat "$out/restarts.txt"
echo "$failures failure(s)"
[ "$failures" -eq 0 ]
