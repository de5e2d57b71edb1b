#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Installs the servers the peer tests start (see tests/support/s3peer.h):
#   - OpenStack Swift + s3api and memcached (Debian packages): the strict S3
#     peer that really checks SigV4 signatures;
#   - s3rver and Azurite (npm), pinned, into ${LAKESCOPE_PEERS_DIR:-<repo>/.peers}.
# Idempotent: installs only what is missing, so scripts/setup.sh runs it on
# every "test" run. Run as root (or with sudo available).
#
# usage: bash tests/peers/install.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
peers=${LAKESCOPE_PEERS_DIR:-$root/.peers}

# Pinned: the quirks the tests rely on (and docs describe) are these versions'.
npm_peers=(s3rver@3.7.1 azurite@3.35.0)
swift_packages=(swift swift-proxy swift-account swift-container swift-object memcached)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
apt_updated=0
apt_install() {
    if [ $apt_updated -eq 0 ]; then
        $sudo apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --- Debian packages: Swift and memcached; node + npm only when absent ------
missing=()
for p in "${swift_packages[@]}"; do
    installed "$p" || missing+=("$p")
done
# This machine may carry a newer Node (and its own npm) from elsewhere; only a
# machine with neither gets Debian's (Node 18 + npm 9, which work too).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt_install "${missing[@]}"
else
    say "Swift, memcached, node and npm present"
fi

# --- npm peers, pinned, in their own folder ----------------------------------
# The version a package in $peers/node_modules has, or "" when absent.
npm_version() {
    local manifest="$peers/node_modules/$1/package.json"
    [ -f "$manifest" ] || return 0
    node -e 'process.stdout.write(String(require(process.argv[1]).version))' "$manifest" 2>/dev/null || true
}

wanted=()
for spec in "${npm_peers[@]}"; do
    name=${spec%@*}
    version=${spec##*@}
    [ "$(npm_version "$name")" = "$version" ] || wanted+=("$spec")
done
if [ ${#wanted[@]} -eq 0 ]; then
    say "npm peers present in $peers: ${npm_peers[*]}"
else
    say "installing ${wanted[*]} into $peers (npm $(npm --version), node $(node --version))"
    mkdir -p "$peers"
    # npm 11 ignores --prefix for a folder without a package.json here; a
    # private manifest makes the folder a project on npm 9 and 11 alike.
    [ -f "$peers/package.json" ] || echo '{"private":true}' > "$peers/package.json"
    (cd "$peers" && npm install --no-audit --no-fund --loglevel=error "${wanted[@]}")
    for spec in "${wanted[@]}"; do
        name=${spec%@*}
        got=$(npm_version "$name")
        if [ "$got" != "${spec##*@}" ]; then
            echo "install.sh: $name is at '${got:-nothing}' after npm install, wanted ${spec##*@}" >&2
            exit 1
        fi
    done
fi

say "test peers ready (s3rver, Azurite in $peers; Swift + s3api from Debian)"
