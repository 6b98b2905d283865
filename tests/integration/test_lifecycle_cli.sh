#!/usr/bin/env bash
# partsweep-cli lifecycle against the sandbox (Ceph RGW), with awscli both writing the earlier
# configurations and checking what the server holds afterwards: every earlier rule kept, one rule
# added, a dry run changing nothing, restore bringing back the exact earlier configuration (or
# none), and a configuration changed by someone else left alone. Only buckets made here are used.
# usage: test_lifecycle_cli.sh PATH/TO/partsweep-cli
set -uo pipefail
cli=$1
dir=${PARTSWEEP_SANDBOX_DIR:?}
. "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
use_sandbox "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
run=$RANDOM$RANDOM
aws_s3api() { "$AWSCLI" --endpoint-url "$EP" s3api "$@"; }
# The configuration as awscli reads it (JSON), or NONE. (Debian's awscli fails on RGW's 404 with
# "argument of type 'NoneType' is not iterable": curl, signing itself, tells the 404's code.)
config_of() {
    aws_s3api get-bucket-lifecycle-configuration --bucket "$1" --output json 2>"$tmp/get-err" && return
    curl -sS --aws-sigv4 "aws:amz:$AWS_REGION:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
        -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$EP/$1?lifecycle=" | grep -q '<Code>NoSuchLifecycleConfiguration</Code>' &&
        echo NONE
}
same_json() { python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$1" "$2"; }

six=lc-six-$run
none=lc-none-$run
covered=lc-covered-$run
for b in "$six" "$none" "$covered"; do aws_s3api create-bucket --bucket "$b" >/dev/null; done
cat >"$tmp/six.json" <<'JSON'
{"Rules": [
 {"ID": "expire-logs", "Filter": {"Prefix": "logs/"}, "Status": "Enabled", "Expiration": {"Days": 30}},
 {"ID": "tmp-tag", "Filter": {"Tag": {"Key": "tmp", "Value": "yes"}}, "Status": "Enabled", "Expiration": {"Days": 1}},
 {"ID": "archive-and", "Filter": {"And": {"Prefix": "archive/", "Tags": [{"Key": "class", "Value": "cold"}, {"Key": "team", "Value": "media"}]}},
  "Status": "Enabled", "Transitions": [{"Days": 90, "StorageClass": "GLACIER"}]},
 {"ID": "old-versions", "Filter": {"Prefix": "versions/"}, "Status": "Enabled", "NoncurrentVersionExpiration": {"NoncurrentDays": 60}},
 {"ID": "paused", "Filter": {"Prefix": "media/"}, "Status": "Disabled", "Expiration": {"Days": 400}},
 {"ID": "abort-uploads-only", "Filter": {"Prefix": "uploads/"}, "Status": "Enabled",
  "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 3}}
]}
JSON
cat >"$tmp/covered.json" <<'JSON'
{"Rules": [{"ID": "house-abort", "Filter": {"Prefix": ""}, "Status": "Enabled",
  "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 3}}]}
JSON
aws_s3api put-bucket-lifecycle-configuration --bucket "$six" --lifecycle-configuration "file://$tmp/six.json" ||
    echo "FAIL: awscli could not write the six rules"
aws_s3api put-bucket-lifecycle-configuration --bucket "$covered" --lifecycle-configuration "file://$tmp/covered.json" ||
    echo "FAIL: awscli could not write the covering rule"
config_of "$six" >"$tmp/six-before.json"
config_of "$covered" >"$tmp/covered-before.json"
check "awscli reads back six rules" python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1]))["Rules"]) != 6)' "$tmp/six-before.json"
sel=(--bucket "$six" --bucket "$none" --bucket "$covered")

# --- show ---
"$cli" lifecycle show "${sel[@]}" --output json >"$tmp/show.json" 2>"$tmp/err"
check "show: exit 0" test $? -eq 0
check "show: the abort rules in force per bucket" python3 -c '
import json, sys
rows = {r["bucket"]: r for r in json.load(open(sys.argv[1]))}
six, none, cov = rows[sys.argv[2]], rows[sys.argv[3]], rows[sys.argv[4]]
ok = six["rules"] == 6 and six["abortRules"] == "3 d (prefix uploads/)" and "wholeBucketAbortDays" not in six
ok = ok and none["rules"] == 0 and none["detail"] == "none"
ok = ok and cov["wholeBucketAbortDays"] == 3
sys.exit(not ok)' "$tmp/show.json" "$six" "$none" "$covered"

# --- dry run: the plan, nothing written ---
"$cli" lifecycle add-abort-rule --days 7 "${sel[@]}" --dry-run --output json >"$tmp/dry.json" 2>"$tmp/err"
check "dry run: exit 0" test $? -eq 0
check "dry run: would add to two buckets, one already covered" python3 -c '
import json, sys
rows = {r["bucket"]: r for r in json.load(open(sys.argv[1]))}
sys.exit(not (rows[sys.argv[2]]["state"] == "would-add" and "keeps 6 rule(s)" in rows[sys.argv[2]]["detail"]
              and rows[sys.argv[3]]["state"] == "would-add" and rows[sys.argv[4]]["state"] == "covered"))' \
    "$tmp/dry.json" "$six" "$none" "$covered"
config_of "$six" >"$tmp/six-dry.json"
check "dry run: the six rules untouched (awscli)" same_json "$tmp/six-before.json" "$tmp/six-dry.json"
check "dry run: the bucket without configuration still has none" test "$(config_of "$none")" = NONE

# --- without a terminal and without --yes: refused ---
"$cli" lifecycle add-abort-rule --days 7 "${sel[@]}" </dev/null >/dev/null 2>"$tmp/err"
check "no terminal, no --yes: exit 2" test $? -eq 2
check "and still nothing written" test "$(config_of "$none")" = NONE

# --- the change ---
"$cli" lifecycle add-abort-rule --days 7 "${sel[@]}" --yes --output json >"$tmp/add.json" 2>"$tmp/err-add"
check "add-abort-rule: exit 0" test $? -eq 0
journal=$(sed -n 's/^Journal: //p' "$tmp/err-add")
check "it names its journal" test -f "$journal"
check "the journal is readable by its owner only" test "$(stat -c %a "$journal")" = 600
config_of "$six" >"$tmp/six-after.json"
check "awscli: the six earlier rules unchanged, plus one abort rule of 7 days for the whole bucket" python3 -c '
import json, sys
before = {r["ID"]: r for r in json.load(open(sys.argv[1]))["Rules"]}
after = {r["ID"]: r for r in json.load(open(sys.argv[2]))["Rules"]}
new = [i for i in after if i not in before]
ok = len(after) == 7 and all(after[i] == before[i] for i in before) and new == ["partsweep-abort-incomplete-uploads"]
rule = after.get("partsweep-abort-incomplete-uploads", {})
ok = ok and rule.get("AbortIncompleteMultipartUpload") == {"DaysAfterInitiation": 7} and rule.get("Status") == "Enabled"
ok = ok and rule.get("Filter", {}).get("Prefix", rule.get("Prefix", "")) == ""
sys.exit(not ok)' "$tmp/six-before.json" "$tmp/six-after.json"
config_of "$none" >"$tmp/none-after.json"
check "awscli: the bucket without configuration has exactly that one rule" python3 -c '
import json, sys
rules = json.load(open(sys.argv[1]))["Rules"]
sys.exit(not (len(rules) == 1 and rules[0]["AbortIncompleteMultipartUpload"] == {"DaysAfterInitiation": 7}))' "$tmp/none-after.json"
config_of "$covered" >"$tmp/covered-after.json"
check "awscli: the covered bucket untouched" same_json "$tmp/covered-before.json" "$tmp/covered-after.json"
check "the report says verified for the two written" python3 -c '
import json, sys
rows = {r["bucket"]: r["state"] for r in json.load(open(sys.argv[1]))}
sys.exit(not (rows[sys.argv[2]] == rows[sys.argv[3]] == "verified" and rows[sys.argv[4]] == "covered"))' \
    "$tmp/add.json" "$six" "$none" "$covered"
"$cli" lifecycle add-abort-rule --days 7 --bucket "$six" --yes >/dev/null 2>&1
check "a second run: the bucket is now covered (exit 0)" test $? -eq 0
check "and nothing was added twice" python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1]))["Rules"]) != 7)' \
    <(config_of "$six")

# --- restore ---
"$cli" lifecycle restore --journal "$journal" --dry-run >/dev/null 2>"$tmp/err"
check "restore --dry-run: exit 0" test $? -eq 0
check "restore --dry-run: nothing changed" same_json "$tmp/six-after.json" <(config_of "$six")
"$cli" lifecycle restore --journal "$journal" --yes --output json >"$tmp/restore.json" 2>"$tmp/err"
check "restore: exit 0" test $? -eq 0
check "restore: the six rules exactly as they were (awscli)" same_json "$tmp/six-before.json" <(config_of "$six")
check "restore: the bucket that had none has none again" test "$(config_of "$none")" = NONE

# --- a configuration someone changed after PartSweep wrote it is left alone ---
"$cli" lifecycle add-abort-rule --days 5 --bucket "$none" --yes >/dev/null 2>"$tmp/err-add2"
journal2=$(sed -n 's/^Journal: //p' "$tmp/err-add2")
aws_s3api put-bucket-lifecycle-configuration --bucket "$none" --lifecycle-configuration "file://$tmp/covered.json"
config_of "$none" >"$tmp/theirs.json"
"$cli" lifecycle restore --journal "$journal2" --yes --output json >"$tmp/restore2.json" 2>"$tmp/err"
check "restore over someone else's change: exit 1" test $? -eq 1
check "it says the configuration changed since PartSweep wrote it" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))[0]
sys.exit(not (r["state"] == "changed" and "changed since PartSweep wrote it" in r["detail"]))' "$tmp/restore2.json"
check "and their configuration is untouched (awscli)" same_json "$tmp/theirs.json" <(config_of "$none")

# --- a service that cannot be reached: exit 3, as for the other commands ---
"$cli" lifecycle show --bucket "$six" --endpoint-url http://127.0.0.1:1 --max-attempts 1 >/dev/null 2>"$tmp/err"
check "unreachable endpoint: exit 3" test $? -eq 3

# --- usage ---
"$cli" lifecycle >/dev/null 2>&1
check "lifecycle without an action: exit 2" test $? -eq 2
"$cli" lifecycle restore >/dev/null 2>&1
check "restore without --journal: exit 2" test $? -eq 2
"$cli" uploads --days 3 >/dev/null 2>&1
check "--days with uploads: exit 2" test $? -eq 2

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
