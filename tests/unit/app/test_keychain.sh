#!/usr/bin/env bash
# KeychainSecretStore with a real Secret Service and with none, headless:
#   1. no keychain service: DBUS_SESSION_BUS_ADDRESS points at a socket nobody listens on;
#   2. a private D-Bus session (dbus-run-session) with gnome-keyring-daemon's Secret Service,
#      its login keyring created and unlocked with a throw-away password in a temporary HOME.
# Nothing of the user's session or keyrings is touched. Exit 77 (skipped) without the tools.
# usage: test_keychain.sh TEST_BINARY
set -euo pipefail
bin=$1
for tool in dbus-run-session dbus-daemon gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (Debian: dbus, gnome-keyring, libsecret-tools)"
        exit 77
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export XDG_RUNTIME_DIR=$tmp/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
# The desktop decides QtKeychain's backend; none here: the Secret Service (libsecret) is used.
unset XDG_CURRENT_DESKTOP KDE_FULL_SESSION DESKTOP_SESSION

echo "== no keychain service"
DBUS_SESSION_BUS_ADDRESS=unix:path=$tmp/no-such-bus PARTSWEEP_KEYCHAIN_MODE=none "$bin"

echo "== Secret Service from gnome-keyring on a private D-Bus session"
export PARTSWEEP_KEYCHAIN_BIN=$bin
dbus-run-session -- bash -euo pipefail -c '
    # In the foreground, so that this script knows its pid and stops it.
    printf %s "throw-away-test-password" |
        gnome-keyring-daemon --foreground --unlock --components=secrets >"$XDG_RUNTIME_DIR/gkd.log" 2>&1 &
    keyring=$!
    trap "kill $keyring 2>/dev/null; wait $keyring 2>/dev/null || true" EXIT
    # Wait until it owns the Secret Service name (at most 10 s). NameHasOwner does not start
    # anything; a client call now would have D-Bus activate a second, unmanaged daemon.
    owns() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
    }
    for _ in $(seq 100); do
        owns && break
        sleep 0.1
    done
    if ! owns; then
        echo "FAIL: gnome-keyring-daemon did not provide org.freedesktop.secrets:"
        cat "$XDG_RUNTIME_DIR/gkd.log"
        exit 1
    fi
    PARTSWEEP_KEYCHAIN_MODE=secret-service "$PARTSWEEP_KEYCHAIN_BIN"
'
