#!/usr/bin/env bash
# Lakescope set-up for a fresh Debian 12 machine (run as root, or with sudo).
#   bash scripts/setup.sh run    install what is missing, build, open the explorer
#   bash scripts/setup.sh test   install what is missing, build, run every test
# Options come from the environment: BUILD_DIR (default build), JOBS (default 2).
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
jobs=${JOBS:-2}

apt_packages=(
    cmake ninja-build g++ pkg-config git ca-certificates
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev qtkeychain-qt6-dev
    libcurl4-openssl-dev libssl-dev nlohmann-json3-dev libpugixml-dev libcpp-httplib-dev
    python3 python3-yaml
    dbus-daemon gnome-keyring
    xvfb xauth imagemagick fonts-dejavu-core
    rclone hyperfine
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for p in "${apt_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#apt_packages[@]} Debian packages present"
        return
    fi
    say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_all() {
    say "configuring $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAKESCOPE_BUILD_GUI=ON -DLAKESCOPE_BUILD_TESTS=ON >/dev/null
    say "building with $jobs jobs"
    cmake --build "$build" -j "$jobs"
}

# The core and CLI must build with the GUI off (and so without Qt).
build_without_gui() {
    say "building core + CLI with -DLAKESCOPE_BUILD_GUI=OFF"
    cmake -S "$root" -B "$build-nogui" -G Ninja -DLAKESCOPE_BUILD_GUI=OFF -DLAKESCOPE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build-nogui" -j "$jobs" --target lakescope-cli
}

run_gui() {
    local app="$build/app/gui/lakescope"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "opening Lakescope"
        exec "$app" "$@"
    fi
    # A root shell on a server has no display: show the explorer on a virtual
    # one and leave a screenshot of it behind instead of failing.
    local shot="$build/lakescope-screenshot.png"
    say "no display found: rendering the explorer under Xvfb to $shot"
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --screenshot "$shot" "$@"
    say "screenshot written to $shot (run with a display to use the explorer)"
}

run_tests() {
    say "running the test suite"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure -j "$jobs" "$@"
}

case "$mode" in
    run)
        install_missing
        build_all
        run_gui "$@"
        ;;
    test)
        install_missing
        # The real servers the peer tests start (Swift + s3api, s3rver, Azurite).
        bash "$root/tests/peers/install.sh"
        build_all
        build_without_gui
        run_tests "$@"
        ;;
    *)
        echo "usage: bash scripts/setup.sh run|test" >&2
        exit 2
        ;;
esac
