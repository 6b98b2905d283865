#!/usr/bin/env bash
# tests/package/test_deb.sh CPACK BUILD_DIR WORK_DIR VERSION SOURCE_DIR
#
# The .deb as a storage admin meets it: CPack builds it from this build tree; it holds exactly the
# expected files and declares the libraries its programs link; apt installs it; both programs
# run from /usr/bin; the purge leaves no file behind. Needs root (skipped otherwise). Refuses to
# run when a partsweep package is already installed, rather than replace and purge someone's copy.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR
source "$here/common.sh"
[ $# -eq 5 ] || die "usage: test_deb.sh CPACK BUILD_DIR WORK_DIR VERSION SOURCE_DIR"
cpack=$1 build=$2 work=$3 version=$4 source_dir=$5
package=partsweep
app_id=io.github.partsweep.PartSweep
started=$SECONDS

require_tools dpkg dpkg-deb dpkg-query apt-get dpkg-shlibdeps desktop-file-validate appstreamcli readelf ldd man flock
[ "$(id -u)" -eq 0 ] || skip "installing a .deb needs root; run the package tests as root (CI does)"

# One package test at a time on this machine, whichever build tree it runs from.
exec 9>/tmp/partsweep-package-test.lock
flock -w 600 9 || die "another package test has held /tmp/partsweep-package-test.lock for 10 minutes"

status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
if [ -n "$status" ] && [ "${status##* }" != not-installed ]; then
    die "package $package is already on this machine ($status, version" \
        "$(dpkg-query -W -f='${Version}' "$package")). This test installs and purges it, so it" \
        "will not touch that copy: remove it first (apt-get purge $package) and run the test again."
fi

rm -rf "$work"
mkdir -p "$work"

step "building the .deb with CPack"
t0=$SECONDS
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; die "cpack -G DEB failed"; }
arch=$(dpkg --print-architecture)
deb=$work/${package}_${version}-1_${arch}.deb
[ -f "$deb" ] || { ls -l "$work" >&2; die "cpack did not write $(basename "$deb")"; }
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, built in $((SECONDS - t0)) s"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$package" ] || die "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || die "Version is '$(field Version)', expected $version-1 (project(VERSION))"
[ "$(field Architecture)" = "$arch" ] || die "Architecture is '$(field Architecture)'"
depends=$(field Depends)
echo "Depends: $depends"
# Package names in Depends, alternatives included, without versions or architecture qualifiers.
depends_names=$(echo "$depends" | sed -e 's/[,|]/\n/g' | sed -e 's/^ *//' -e 's/[ :(].*//' | sort -u)
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libc6 libstdc++6; do
    grep -qx "$pkg" <<<"$depends_names" || die "Depends does not name $pkg"
done
grep -q 'libqt6core6 (>= ' <<<"$depends" || die "Depends has no minimum version of libqt6core6 (dpkg-shlibdeps not run?)"

step "contents: exactly the expected files under /usr"
listing=$(dpkg-deb -c "$deb")
outside=$(awk '{print $6}' <<<"$listing" | grep -v -e '^\./$' -e '^\./usr/' || true)
[ -z "$outside" ] || die "files outside /usr: $outside"
not_root=$(awk '$2 != "root/root" {print $6}' <<<"$listing")
[ -z "$not_root" ] || die "not owned by root: $not_root"
files=$(awk '$1 !~ /^d/ {print $6}' <<<"$listing" | sed 's|^\./usr/||' | sort)
compare_lists "files in the .deb" "$(expected_files)" "$files"
bad_modes=$(awk '$1 ~ /^d/ && $1 != "drwxr-xr-x" {print $1, $6}
                 $1 !~ /^d/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" {print $1, $6}
                 $1 !~ /^d/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" {print $1, $6}' <<<"$listing")
[ -z "$bad_modes" ] || die "unexpected permissions: $bad_modes"
echo "$(wc -l <<<"$files") files, all under /usr, owned by root, modes 0755/0644"

step "programs: dependencies declared, no library search path of their own"
root=$work/root
dpkg-deb -x "$deb" "$root"
check_elf_programs "$root/usr/bin" "$build" "$source_dir"
for soname in $(needed_sonames "$root"/usr/bin/*); do
    owners=$(dpkg-query -S "*/$soname" 2>/dev/null | sed 's/[:,].*//' | sort -u || true)
    [ -n "$owners" ] || die "no installed package provides $soname"
    declared=""
    for owner in $owners; do
        grep -qx "$owner" <<<"$depends_names" && declared=$owner
    done
    [ -n "$declared" ] || die "the programs link $soname (from: ${owners//$'\n'/ }) but Depends does not name it"
    echo "  $soname -> $declared"
done
appstreamcli validate-tree --no-net --strict "$root" >"$work/validate-tree.log" 2>&1 ||
    { cat "$work/validate-tree.log" >&2; die "appstreamcli validate-tree rejects the package's files"; }

installed=0
cleanup() {
    if [ $installed -eq 1 ] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -qv 'not-installed$'; then
        echo "cleanup: purging $package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq purge -y "$package" >/dev/null 2>&1 ||
            dpkg --purge "$package" >/dev/null 2>&1 || echo "cleanup: could not purge $package" >&2
    fi
}
trap cleanup EXIT
apt_get() {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q "$@"
}

step "installing with apt-get"
# Only this package: when apt would pull in more, this machine lacks a runtime dependency and the
# test would leave it behind after the purge.
others=$(apt_get install --simulate --no-install-recommends "$deb" 2>/dev/null |
    awk '/^Inst / && $2 != "'"$package"'" {print $2}')
[ -z "$others" ] || die "installing the .deb would also install: ${others//$'\n'/ } (scripts/deps installs the runtime dependencies)"
t0=$SECONDS
installed=1
apt_get install -y --no-install-recommends "$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; die "apt-get install failed"; }
status=$(dpkg-query -W -f='${Status} ${Version}' "$package")
[ "$status" = "install ok installed $version-1" ] || die "after install dpkg says: $status"
echo "installed in $((SECONDS - t0)) s: $status"

step "the installed programs"
mapfile -t owned < <(dpkg-query -L "$package")
while read -r f; do
    [ -f "/usr/$f" ] || die "/usr/$f is missing after install"
done < <(expected_files)
expect_version /usr/bin/partsweep-cli "$version"
expect_version /usr/bin/partsweep "$version"
[ "$(command -v partsweep-cli)" = /usr/bin/partsweep-cli ] || die "partsweep-cli is not found on PATH"
manual=$(MANWIDTH=80 LC_ALL=C.UTF-8 man -P cat partsweep-cli 2>&1) || die "man partsweep-cli failed: $manual"
grep -q "PartSweep $version" <<<"$manual" || die "man partsweep-cli does not show PartSweep $version"
echo "man partsweep-cli: $(head -1 <<<"$manual" | tr -s ' ')"
desktop=/usr/share/applications/$app_id.desktop
out=$(desktop-file-validate "$desktop" 2>&1) || die "desktop-file-validate $desktop: $out"
[ -z "$out" ] || die "desktop-file-validate $desktop: $out"
echo "desktop-file-validate $desktop: no error, warning or hint"
run_gui_offscreen /usr/bin/partsweep "$work/gui"

step "purging"
t0=$SECONDS
apt_get purge -y "$package" >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; die "apt-get purge failed"; }
installed=0
status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || echo "unknown ok not-installed")
[ "${status##* }" = not-installed ] || die "after purge dpkg says: $status"
left=()
for path in "${owned[@]}"; do
    [ "$path" = /. ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when another package owns it or it holds other files.
        if [ -z "$(ls -A "$path")" ] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
            left+=("$path/ (empty, owned by no package)")
        fi
    elif [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done
[ ${#left[@]} -eq 0 ] || die "left behind after purge: ${left[*]}"
[ ! -e "$desktop" ] || die "$desktop is still there"
! command -v partsweep-cli >/dev/null || die "partsweep-cli is still on PATH"
echo "purged in $((SECONDS - t0)) s: none of the ${#owned[@]} paths of dpkg -L is left"

echo "package_deb: passed in $((SECONDS - started)) s"
