#!/bin/sh
# Checks the system libraries that Qt (and the keyring integration test) need on Debian/Ubuntu,
# installs the missing ones when it can (root, or sudo without a password), and otherwise prints
# the one apt-get line to run. Usage: system-deps.sh run|test
set -eu
purpose=${1:-run}

# soname or command -> Debian package (ENVIRONMENT.md)
needs="libGL.so.1:libgl1 libEGL.so.1:libegl1 libX11.so.6:libx11-6 libdbus-1.so.3:libdbus-1-3
libfontconfig.so.1:libfontconfig1 libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0
libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0
libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0 libxcb-xkb.so.1:libxcb-xkb1"
commands=""
fonts="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core"
if [ "$purpose" = "test" ]; then
    # the Secret Service integration test: gnome-keyring inside dbus-run-session; the summary
    # tests render PDF pages to images (poppler) and decode the QR code from them (zbar)
    commands="dbus-run-session:dbus-daemon gnome-keyring-daemon:gnome-keyring
pdftoppm:poppler-utils zbarimg:zbar-tools"
fi

case "$(uname -s)" in
    Linux) ;;
    *) exit 0 ;;  # macOS and Windows wheels carry what Qt needs
esac

missing=""
libs=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true)
for pair in $needs; do
    lib=${pair%%:*}; pkg=${pair##*:}
    printf '%s\n' "$libs" | grep -q "$lib" || missing="$missing $pkg"
done
for pair in $commands; do
    cmd=${pair%%:*}; pkg=${pair##*:}
    command -v "$cmd" >/dev/null 2>&1 || missing="$missing $pkg"
done
for pair in $fonts; do
    file=${pair%%:*}; pkg=${pair##*:}
    [ -e "$file" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

line="apt-get install -y --no-install-recommends$missing"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt needs these system libraries, which are missing:$missing" >&2
    echo "Install them with your system's package manager, then run make again." >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
else
    echo "Qt needs system libraries that are missing. Run this once, then run make again:" >&2
    echo "    sudo apt-get update && sudo $line" >&2
    exit 1
fi
echo "Installing system libraries that Qt needs:$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo $line -qq >/dev/null
