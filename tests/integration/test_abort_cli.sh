#!/usr/bin/env bash
# partsweep-cli abort and jobs as a script author uses them, against the sandbox, with awscli as
# the reference for what the server holds. Only buckets made here are aborted in (the seeded
# ones belong to other tests); the uploads are made with curl (SigV4 by curl itself).
# usage: test_abort_cli.sh PATH/TO/partsweep-cli
set -uo pipefail
cli=$1
dir=${PARTSWEEP_SANDBOX_DIR:?}
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
use_sandbox "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Journals go to the user data dir: a private one.
export XDG_DATA_HOME=$tmp/data
run=$RANDOM$RANDOM

aws_s3api() { "$AWSCLI" --endpoint-url "$EP" s3api "$@"; }
pending() { # bucket -> number of pending uploads, by awscli
    aws_s3api list-multipart-uploads --bucket "$1" --query 'Uploads[].UploadId' --output text |
        { grep -v '^None$' || true; } | wc -w
}
# make_uploads BUCKET N PREFIX: N uploads without parts (curl --parallel)
make_uploads() {
    local cfg=$tmp/init.cfg i
    : >"$cfg"
    for i in $(seq 1 "$2"); do
        printf 'url = "%s/%s/%s/file-%05d?uploads="\n-X POST\n-o /dev/null\n' "$EP" "$1" "$3" "$i" >>"$cfg"
    done
    curl -sS --no-progress-meter --fail --parallel --parallel-max 16 --aws-sigv4 "aws:amz:$AWS_REGION:s3" \
        --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -K "$cfg"
}

a=abort-cli-a-$run
b=abort-cli-b-$run
aws_s3api create-bucket --bucket "$a" >/dev/null
aws_s3api create-bucket --bucket "$b" >/dev/null
make_uploads "$a" 30 keep
make_uploads "$a" 400 go
make_uploads "$b" 20 other

# --- without a terminal and without --yes: refused, nothing touched ---
"$cli" abort --bucket "$a" --min-age 0 </dev/null >"$tmp/out" 2>"$tmp/err"
check "no terminal, no --yes: exit 2" test $? -eq 2
check "and it says to add --yes" grep -q -- '--yes' "$tmp/err"
check "nothing was aborted (430 pending)" test "$(pending "$a")" -eq 430

# --- on a terminal (script(1) gives it one): it asks, showing count, buckets and options ---
c=abort-cli-tty-$run
aws_s3api create-bucket --bucket "$c" >/dev/null
make_uploads "$c" 12 t
printf 'no\n' | script -qec "'$cli' abort --bucket '$c' --min-age 0" /dev/null >"$tmp/tty" 2>&1
check "answering no on a terminal: nothing aborted (12 pending)" test "$(pending "$c")" -eq 12
check "the question shows the count and the bucket" grep -q "Abort 12 upload(s) in 1 bucket(s) ($c)" "$tmp/tty"
check "and the options" grep -q 'Options: verification on, up to 3 abort(s) per upload' "$tmp/tty"
printf 'yes\n' | script -qec "'$cli' abort --bucket '$c' --min-age 0" /dev/null >"$tmp/tty" 2>&1
check "answering yes: all 12 gone (awscli)" test "$(pending "$c")" -eq 0
check "a progress line on the terminal" grep -q '12/12 done: 12 verified, 0 failed' "$tmp/tty"

# --- the age guard: fresh uploads are excluded by default, and the exclusion is reported ---
"$cli" abort --bucket "$a" --prefix go/ --yes >"$tmp/out" 2>"$tmp/err"
check "guarded run: exit 0 (nothing to do)" test $? -eq 0
check "the exclusion is reported with its count" grep -q 'Excluded: 400 upload(s) younger than the 1 d age guard' "$tmp/err"
check "nothing was aborted by the guarded run" test "$(pending "$a")" -eq 430

# --- dry run: no change, a report of what would happen ---
"$cli" abort --bucket "$a" --prefix go/ --min-age 0 --dry-run --report "$tmp/dry.json" >/dev/null 2>"$tmp/err"
check "dry run: exit 0" test $? -eq 0
check "dry run: still 430 pending (awscli)" test "$(pending "$a")" -eq 430
check "no progress line when stderr is not a terminal" bash -c "! grep -q '/400 done:' '$tmp/err'"
check "dry run report: 400 would-abort" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
sys.exit(not (len(r["uploads"]) == 400 and all(u["state"] == "would-abort" for u in r["uploads"])))' "$tmp/dry.json"

# --- kill -9 of the CLI mid-job, then --resume from the journal ---
find "$XDG_DATA_HOME" -name '*.jsonl' | sort >"$tmp/journals-before"
"$cli" abort --bucket "$a" --prefix go/ --min-age 0 --yes --concurrency 1 >/dev/null 2>"$tmp/err1" &
pid=$!
journal=""
for _ in $(seq 1 600); do
    journal=$(find "$XDG_DATA_HOME" -name '*.jsonl' | sort | comm -13 "$tmp/journals-before" - | head -n1)
    if [ -n "$journal" ] && [ "$(grep -c '"state":"verified"' "$journal")" -ge 30 ]; then break; fi
    sleep 0.05
done
# While it runs, its journal is locked: listed as running, never resumable by another process.
"$cli" jobs --output json >"$tmp/jobs-running.json" 2>/dev/null
"$cli" abort --resume "$journal" --yes >/dev/null 2>"$tmp/err-running"
running_resume=$?
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
check "the job wrote a journal in the data dir" test -n "$journal"
check "a running job: jobs shows it running, not resumable" python3 -c '
import json, sys
jobs = json.load(open(sys.argv[1]))
sys.exit(not (len(jobs) == 1 and jobs[0]["journal"] == sys.argv[2] and jobs[0]["resumable"] is False
              and jobs[0]["lastRun"].startswith("running")))' "$tmp/jobs-running.json" "$journal"
check "a running job: --resume from another process is refused (exit 2)" test "$running_resume" -eq 2
check "and says it runs in another process" grep -q 'running in another process' "$tmp/err-running"
left=$(pending "$a")
check "killed mid-job: some of the 400 are left ($((left - 30)))" test "$left" -gt 30
"$cli" jobs --output json >"$tmp/jobs.json" 2>/dev/null
check "jobs lists the unfinished job" python3 -c '
import json, sys
jobs = json.load(open(sys.argv[1]))
sys.exit(not (len(jobs) == 1 and jobs[0]["journal"] == sys.argv[2] and jobs[0]["left"] > 0))' "$tmp/jobs.json" "$journal"
# A resume given an option it would not apply is refused with the reason (exit 2): nothing sent.
for flag in --no-verify "--min-age 1h" "--max-aborts 5" "--concurrency 8" "--request-payer requester"; do
    # shellcheck disable=SC2086
    "$cli" abort --resume "$journal" --yes $flag >/dev/null 2>"$tmp/err"
    check "--resume with $flag (not the job's): exit 2" test $? -eq 2
done
check "and it says why" grep -q 'keeps the options it was confirmed with' "$tmp/err"
check "the refused resumes aborted nothing" test "$(pending "$a")" -eq "$left"
# --dry-run with --resume: a dry run of what is left; nothing changes, the journal is untouched.
journal_sum=$(sha256sum <"$journal")
"$cli" abort --resume "$journal" --dry-run --yes --output json >"$tmp/dry-resume.json" 2>"$tmp/err"
check "--resume --dry-run: exit 0" test $? -eq 0
check "--resume --dry-run: nothing aborted (awscli: still $left pending)" test "$(pending "$a")" -eq "$left"
check "--resume --dry-run: the job's journal is untouched" test "$(sha256sum <"$journal")" = "$journal_sum"
check "--resume --dry-run: the uploads still pending are reported would-abort" python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
sys.exit(not (sum(r["state"] == "would-abort" for r in rows) == int(sys.argv[2]) - 30))' "$tmp/dry-resume.json" "$left"
"$cli" abort --resume "$journal" --yes --concurrency 1 --report "$tmp/report.csv" >/dev/null 2>"$tmp/err2"
check "resume: exit 0" test $? -eq 0
check "uploads aborted without a size are not called 0 B freed" grep -q 'verified gone (? freed; [0-9]* not sized before the abort)' "$tmp/err2"
check "after resume only the 30 unselected uploads are pending (awscli)" test "$(pending "$a")" -eq 30
check "the keep/ uploads are the ones left" test "$(aws_s3api list-multipart-uploads --bucket "$a" --prefix keep/ --query 'length(Uploads)' --output text)" -eq 30
check "the other bucket is untouched" test "$(pending "$b")" -eq 20
check "report: 400 rows, all verified" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
sys.exit(not (len(rows) == 400 and all(r["state"] == "verified" and r["request_ids"] for r in rows)))' "$tmp/report.csv"
check "report: the journal was one job over two runs" grep -q '"run":2' "$journal"
check "no secret in the journal or the report" bash -c "! grep -q -e '$AWS_SECRET_ACCESS_KEY' '$journal' '$tmp/report.csv'"
"$cli" jobs --output json >"$tmp/jobs.json" 2>/dev/null
check "jobs no longer lists it" python3 -c 'import json, sys; sys.exit(len(json.load(open(sys.argv[1]))) != 0)' "$tmp/jobs.json"

# --- a failure means exit 1: a requester on a requester-pays bucket without --request-payer ---
p=abort-cli-payer-$run
aws_s3api create-bucket --bucket "$p" >/dev/null
aws_s3api put-bucket-request-payment --bucket "$p" --request-payment-configuration Payer=Requester >/dev/null
cat >"$tmp/policy.json" <<EOF
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
  "Principal": {"AWS": ["arn:aws:iam:::user/$PARTSWEEP_SANDBOX_REQUESTER_ID"]},
  "Action": ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
  "Resource": ["arn:aws:s3:::$p", "arn:aws:s3:::$p/*"]}]}
EOF
aws_s3api put-bucket-policy --bucket "$p" --policy "file://$tmp/policy.json" >/dev/null
make_uploads "$p" 5 r
AWS_ACCESS_KEY_ID=$PARTSWEEP_SANDBOX_REQUESTER_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$PARTSWEEP_SANDBOX_REQUESTER_SECRET_KEY \
    "$cli" abort --bucket "$p" --min-age 0 --yes --request-payer requester --report "$tmp/payer.json" >/dev/null 2>"$tmp/err"
check "requester with --request-payer: exit 0" test $? -eq 0
check "requester with --request-payer: charges recorded" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
sys.exit(not (r["summary"]["chargedRequests"] >= 5 and all(u["chargedRequests"] >= 1 for u in r["uploads"])))' "$tmp/payer.json"
check "and the uploads are gone (awscli)" test "$(pending "$p")" -eq 0

make_uploads "$p" 3 s
AWS_ACCESS_KEY_ID=$PARTSWEEP_SANDBOX_REQUESTER_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$PARTSWEEP_SANDBOX_REQUESTER_SECRET_KEY \
    "$cli" abort --bucket "$p" --request-payer requester --min-age 0 --yes --no-verify >/dev/null 2>"$tmp/err" && true
check "--no-verify warns" grep -q 'warning: --no-verify' "$tmp/err"
make_uploads "$p" 3 t
# Without the header RGW refuses the requester's listing: nothing is aborted, exit 1.
AWS_ACCESS_KEY_ID=$PARTSWEEP_SANDBOX_REQUESTER_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$PARTSWEEP_SANDBOX_REQUESTER_SECRET_KEY \
    "$cli" abort --bucket "$p" --min-age 0 --yes >/dev/null 2>"$tmp/err"
check "requester without --request-payer: exit 1" test $? -eq 1
check "and the message says requester pays" grep -q 'requester pays' "$tmp/err"
check "and nothing was aborted (3 pending)" test "$(pending "$p")" -eq 3

# --- the age guard runs on the server's clock: this computer's clock 3 days fast ---
# (libfaketime moves the CLI's clock only; its signatures are corrected from the server's Date.)
k=abort-cli-skew-$run
aws_s3api create-bucket --bucket "$k" >/dev/null
make_uploads "$k" 2 fresh
# (Under ASan the preloaded library must be allowed to come before ASan's runtime.)
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0 \
    LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 FAKETIME=+3d FAKETIME_DONT_FAKE_MONOTONIC=1 \
    "$cli" abort --bucket "$k" --yes >/dev/null 2>"$tmp/err-skew"
check "clock 3 days fast, uploads a minute old, the default 24 h guard: none aborted (awscli: 2 pending)" \
    test "$(pending "$k")" -eq 2
check "and the exclusion is measured on the server's clock" \
    grep -q "Excluded: 2 upload(s) younger than the 1 d age guard by the server's clock" "$tmp/err-skew"

# --- the server dies mid-job (a TCP relay in front of it is killed): the job stops after the
# --outage-limit, exit 1, nothing claimed that was not done, and a resume completes it ---
o=abort-cli-outage-$run
aws_s3api create-bucket --bucket "$o" >/dev/null
make_uploads "$o" 150 gone
relay_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start_relay() {
    python3 "$(dirname "$0")/tcprelay.py" "$relay_port" 127.0.0.1 "${EP##*:}" >"$tmp/relay.out" 2>&1 &
    relay=$!
    for _ in $(seq 1 100); do grep -q ready "$tmp/relay.out" 2>/dev/null && return; sleep 0.05; done
}
start_relay
find "$XDG_DATA_HOME" -name '*.jsonl' | sort >"$tmp/journals-before"
started=$SECONDS
"$cli" abort --endpoint-url "http://127.0.0.1:$relay_port" --bucket "$o" --min-age 0 --yes --concurrency 1 \
    --outage-limit 3s >/dev/null 2>"$tmp/err-outage" &
pid=$!
ojournal=""
for _ in $(seq 1 600); do
    ojournal=$(find "$XDG_DATA_HOME" -name '*.jsonl' | sort | comm -13 "$tmp/journals-before" - | head -n1)
    if [ -n "$ojournal" ] && [ "$(grep -c '"state":"verified"' "$ojournal")" -ge 20 ]; then break; fi
    sleep 0.05
done
kill -9 "$relay"
wait "$relay" 2>/dev/null
wait "$pid"
outage_rc=$?
check "server gone mid-job: exit 1" test "$outage_rc" -eq 1
check "it says the job stopped and why" grep -q 'stopped: no usable answer from the server' "$tmp/err-outage"
check "and how to resume" grep -q -- "Unfinished: resume with --resume $ojournal" "$tmp/err-outage"
check "it stopped within a minute, not after trying every upload" test $((SECONDS - started)) -lt 60
aws_s3api list-multipart-uploads --bucket "$o" --query 'Uploads[].UploadId' --output text |
    tr '\t' '\n' | grep -v '^None$' >"$tmp/outage-pending" || true
# An upload whose abort went out just before the cut may be gone yet unverified: it is neither
# listed by awscli nor claimed verified. What must never happen: verified and still listed.
check "no upload is claimed verified that awscli still lists" python3 -c '
import json, sys
ids, last = {}, {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("t") == "upload":
        ids[r["i"]] = r["uploadId"]
    elif r.get("t") == "state":
        last[r["i"]] = r["state"]
verified = {ids[i] for i, s in last.items() if s == "verified"}
pending = set(open(sys.argv[2]).read().split())
sys.exit(not (verified and not (verified & pending) and len(verified) + len(pending) <= 150))' \
    "$ojournal" "$tmp/outage-pending"
check "no upload was called failed" bash -c "! grep -q '\"state\":\"failed\"' '$ojournal'"
start_relay
"$cli" abort --endpoint-url "http://127.0.0.1:$relay_port" --resume "$ojournal" --yes >/dev/null 2>"$tmp/err-back"
check "the server back, --resume: exit 0" test $? -eq 0
check "and all 150 are gone (awscli)" test "$(pending "$o")" -eq 0
kill "$relay" 2>/dev/null
wait "$relay" 2>/dev/null

# --- usage ---
"$cli" uploads --max-aborts 2 >/dev/null 2>"$tmp/err"
check "--max-aborts with uploads: exit 2" test $? -eq 2
"$cli" abort --resume "$journal" --bucket "$a" --yes >/dev/null 2>"$tmp/err"
check "--resume with a selection: exit 2" test $? -eq 2

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
