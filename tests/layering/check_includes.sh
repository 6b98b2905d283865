#!/usr/bin/env bash
# The allowed directions inside core, checked on the sources: every #include "x/..." in a file of
# core/<subsystem>/ names <subsystem> itself or one the rules file allows, and no file includes a
# project header without its subsystem folder. Prints each forbidden include as file:line.
# usage: check_includes.sh CORE_DIR RULES_FILE
set -euo pipefail
core=$1 rules=$2
[ -d "$core" ] || { echo "FAIL: no directory $core"; exit 1; }

declare -A allowed
while read -r line; do
    line=${line%%#*}
    [[ $line == *:* ]] || continue
    allowed[${line%%:*}]=${line#*:}
done <"$rules"

# The rule for a file: the longest subsystem path that prefixes it (s3/transport before s3).
rule_for() {
    local rel=$1 best=""
    for sub in "${!allowed[@]}"; do
        [[ $rel == "$sub"/* ]] && [ ${#sub} -gt ${#best} ] && best=$sub
    done
    echo "$best"
}

fail=0 files=0 includes=0
while IFS= read -r -d '' file; do
    rel=${file#"$core"/}
    sub=$(rule_for "$rel")
    files=$((files + 1))
    if [ -z "$sub" ]; then
        echo "FAIL: $rel is in no subsystem folder of the rules"
        fail=1
        continue
    fi
    ok=" $sub ${allowed[$sub]} "
    while IFS=: read -r num target; do
        includes=$((includes + 1))
        top=${target%%/*}
        if [[ $target != */* ]]; then
            echo "FAIL: $rel:$num includes \"$target\" without its subsystem folder"
            fail=1
        elif [[ $target == "$sub"/* ]]; then
            : # its own subsystem
        elif [[ $ok != *" $top "* ]]; then
            echo "FAIL: $rel:$num includes \"$target\": $sub may use only: ${allowed[$sub]:- nothing}"
            fail=1
        fi
    done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" | sed -E 's/^([0-9]+):[^"]*"([^"]*)".*/\1:\2/')
done < <(find "$core" -name '*.cpp' -print0 -o -name '*.h' -print0)

[ "$files" -gt 0 ] || { echo "FAIL: no source file found under $core"; exit 1; }
[ $fail -eq 0 ] && echo "ok: $includes project includes in $files core files follow $(basename "$rules")"
exit $fail
