#!/usr/bin/env bash
# tests/package/test_rpm_tgz.sh CPACK BUILD_DIR WORK_DIR VERSION SOURCE_DIR
#
# The .rpm and the .tar.gz that CPack builds from this build tree hold exactly the expected files;
# the .rpm requires every library its programs link; the tarball is relocatable: unpacked, moved
# elsewhere and run from another directory, its programs work. The .rpm is not installed here
# (Debian); see docs/packaging.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR
source "$here/common.sh"
[ $# -eq 5 ] || die "usage: test_rpm_tgz.sh CPACK BUILD_DIR WORK_DIR VERSION SOURCE_DIR"
cpack=$1 build=$2 work=$3 version=$4 source_dir=$5
started=$SECONDS

require_tools rpm rpmbuild tar readelf ldd
rm -rf "$work"
mkdir -p "$work"

step "building the .rpm and the .tar.gz with CPack"
t0=$SECONDS
"$cpack" -G "RPM;TGZ" --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; die "cpack -G 'RPM;TGZ' failed"; }
arch=$(uname -m)
rpmfile=$work/partsweep-$version-1.$arch.rpm
top=partsweep-$version-Linux-$arch
tgz=$work/$top.tar.gz
for f in "$rpmfile" "$tgz"; do
    [ -f "$f" ] || { ls -l "$work" >&2; die "cpack did not write $(basename "$f")"; }
    echo "$(basename "$f"): $(stat -c %s "$f") bytes"
done
echo "built in $((SECONDS - t0)) s"

step "the .tar.gz: contents"
listing=$(tar -tzvf "$tgz")
names=$(tar -tzf "$tgz")
outside=$(grep -v "^$top/" <<<"$names" || true)
[ -z "$outside" ] || die "entries outside $top/: $outside"
files=$(grep -v '/$' <<<"$names" | sed "s|^$top/||" | sort)
compare_lists "files in the .tar.gz" "$(expected_files)" "$files"
not_root=$(awk '$2 != "root/root" {print $6}' <<<"$listing")
[ -z "$not_root" ] || die "not owned by root: $not_root"
echo "$(wc -l <<<"$files") files under $top/"

step "the .tar.gz: relocatable"
mkdir -p "$work/unpacked" "$work/somewhere/else" "$work/cwd"
tar -xzf "$tgz" -C "$work/unpacked"
mv "$work/unpacked/$top" "$work/somewhere/else/partsweep"
moved=$work/somewhere/else/partsweep
check_elf_programs "$moved/bin" "$build" "$source_dir"
(cd "$work/cwd" && expect_version "$moved/bin/partsweep-cli" "$version")
(cd "$work/cwd" && expect_version "$moved/bin/partsweep" "$version")
run_gui_offscreen "$moved/bin/partsweep" "$work/gui"

step "the .rpm: header"
header=$(rpm -qp --qf '%{NAME} %{VERSION} %{RELEASE} %{ARCH}' "$rpmfile")
[ "$header" = "partsweep $version 1 $arch" ] || die "rpm header says '$header', expected 'partsweep $version 1 $arch'"
echo "$header"

step "the .rpm: contents"
entries=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILEUSERNAME}:%{FILEGROUPNAME} %{FILENAMES}\n]' "$rpmfile")
outside=$(awk '{print $3}' <<<"$entries" | grep -v '^/usr/' || true)
[ -z "$outside" ] || die "files outside /usr: $outside"
dirs=$(awk '$1 ~ /^d/ {print $3}' <<<"$entries")
[ -z "$dirs" ] || die "the .rpm owns directories that belong to the system: ${dirs//$'\n'/ }"
not_root=$(awk '$2 != "root:root" {print $3}' <<<"$entries")
[ -z "$not_root" ] || die "not owned by root: $not_root"
files=$(awk '{print $3}' <<<"$entries" | sed 's|^/usr/||' | sort)
compare_lists "files in the .rpm" "$(expected_files)" "$files"
echo "$(wc -l <<<"$files") files under /usr, no directory owned"

step "the .rpm: requires the linked libraries"
requires=$(rpm -qpR "$rpmfile")
bits=""
[ "$(getconf LONG_BIT)" = 64 ] && bits="(64bit)" # rpm's suffix for 64-bit libraries
for soname in $(needed_sonames "$moved"/bin/*); do
    grep -qxF "$soname()$bits" <<<"$requires" || die "the .rpm does not require $soname()$bits"
    echo "  requires $soname()$bits"
done

echo "package_rpm_tgz: passed in $((SECONDS - started)) s"
