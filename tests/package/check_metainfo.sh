#!/usr/bin/env bash
# tests/package/check_metainfo.sh METAINFO_FILE APP_ID VERSION SCREENSHOT_PNG
# The AppStream metainfo that software centres read: appstreamcli validates it (no network, every
# issue but pedantic ones fails), its id, launchable and release come from CMake, and it carries
# screenshots (the committed image has the size it states) and a content rating.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/common.sh"
[ $# -eq 4 ] || die "usage: check_metainfo.sh METAINFO_FILE APP_ID VERSION SCREENSHOT_PNG"
metainfo=$1 app_id=$2 version=$3 screenshot=$4
require_tools appstreamcli identify

appstreamcli validate --no-net --strict "$metainfo" || die "appstreamcli validate rejects $(basename "$metainfo")"

[ "$(basename "$metainfo")" = "$app_id.metainfo.xml" ] || die "named $(basename "$metainfo"), not $app_id.metainfo.xml"
grep -q "<id>$app_id</id>" "$metainfo" || die "<id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    die "<launchable> does not name $app_id.desktop"
grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\">" "$metainfo" ||
    die "no <release> of version $version (project(VERSION)) with a date"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || die "no OARS content rating"
grep -q '<screenshot type="default">' "$metainfo" || die "no default screenshot"

# The screenshot is published from resources/screenshots/; the size stated must be its size.
stated=$(sed -n 's/.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">.*/\1x\2/p' "$metainfo")
[ -f "$screenshot" ] || die "$screenshot is missing"
actual=$(identify -format '%wx%h' "$screenshot")
[ "$stated" = "$actual" ] || die "the metainfo says the screenshot is $stated, $(basename "$screenshot") is $actual"
echo "$(basename "$metainfo"): id $app_id, release $version, screenshot $actual, content rating"
