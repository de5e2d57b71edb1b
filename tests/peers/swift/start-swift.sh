#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Starts a one-node Swift with s3api (the strict S3 test peer: it verifies
# SigV4) on 127.0.0.1: memcached plus the account, container, object and
# proxy servers, with configs, rings and data in DIR. Returns once every
# port accepts connections and GET /healthcheck answers OK.
#
#   S3 endpoint   http://127.0.0.1:PROXY_PORT   (path style; region us-east-1)
#   access key    test:tester
#   secret key    testing
#
# usage: start-swift.sh [--foreground] DIR PROXY_PORT [ACCOUNT_PORT CONTAINER_PORT OBJECT_PORT MEMCACHED_PORT]
#
# Without the four back-end ports it picks free ones itself; a caller that
# runs next to other tests should pick and pass them all (tests/support/s3peer.cpp
# does). The PIDs go to DIR/swift.pids, one a line, and the ready line names
# them.
#   default       the daemons run on in the background (own session) after
#                 the script exits; stop them with stop-swift.sh DIR.
#   --foreground  the script stays as their supervisor: SIGTERM/SIGINT/SIGHUP
#                 stops them all, and they get SIGKILL if the script dies
#                 (parent-death signal), so a crashed test leaves nothing
#                 behind. If one daemon exits, the others are stopped and the
#                 script exits 1.
# Daemon logs (warnings and errors) are in DIR/logs/. Ready within
# SWIFT_START_TIMEOUT seconds (default 60) or exit 1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage() {
    echo "usage: start-swift.sh [--foreground] DIR PROXY_PORT [ACCOUNT_PORT CONTAINER_PORT OBJECT_PORT MEMCACHED_PORT]" >&2
    exit 2
}

foreground=0
if [ "${1:-}" = --foreground ]; then
    foreground=1
    shift
fi
[ $# -eq 2 ] || [ $# -eq 6 ] || usage
dir=$1
proxy_port=$2

# Swift's own interpreter: a python3 earlier on PATH (pyenv, a venv) has no swift module.
python=/usr/bin/python3
for tool in memcached swift-account-server swift-container-server swift-object-server swift-proxy-server setpriv "$python"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "start-swift.sh: $tool not found (Swift + s3api peer): run bash tests/peers/install.sh" >&2
        exit 3
    fi
done
if ! "$python" -c 'import swift.common.middleware.s3api' 2>/dev/null; then
    echo "start-swift.sh: $python cannot import swift's s3api: run bash tests/peers/install.sh" >&2
    exit 3
fi

# Ports the kernel calls free right now, all distinct (held open together).
free_ports() {
    "$python" - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}

if [ $# -eq 6 ]; then
    account_port=$3 container_port=$4 object_port=$5 memcached_port=$6
else
    read -r account_port container_port object_port memcached_port < <(free_ports 4)
fi
for p in "$proxy_port" "$account_port" "$container_port" "$object_port" "$memcached_port"; do
    if ! [[ $p =~ ^[0-9]+$ ]] || [ "$p" -lt 1 ] || [ "$p" -gt 65535 ]; then
        echo "start-swift.sh: bad port '$p'" >&2
        usage
    fi
done

started=$EPOCHREALTIME
mkdir -p "$dir/node/d1" "$dir/logs"
dir=$(cd "$dir" && pwd)
user=$(id -un)

for conf in account-server container-server object-server proxy-server; do
    sed -e "s|@DIR@|$dir|g" -e "s|@USER@|$user|g" \
        -e "s|@PROXY_PORT@|$proxy_port|g" -e "s|@ACCOUNT_PORT@|$account_port|g" \
        -e "s|@CONTAINER_PORT@|$container_port|g" -e "s|@OBJECT_PORT@|$object_port|g" \
        -e "s|@MEMCACHED_PORT@|$memcached_port|g" \
        "$here/$conf.conf.in" > "$dir/$conf.conf"
done
# Storage policies and the hash path prefix/suffix come from swift.conf in
# swift_dir; a fixed one keeps the peer independent of /etc/swift.
cat > "$dir/swift.conf" <<CONF
[swift-hash]
swift_hash_path_suffix = lakescope-test
swift_hash_path_prefix = lakescope-test

[storage-policy:0]
name = Policy-0
default = yes
CONF
"$python" "$here/make-rings.py" "$dir" "$account_port" "$container_port" "$object_port"

pids=()
names=()
launch() {
    local name=$1
    shift
    if [ $foreground -eq 1 ]; then
        # Stays our child; SIGKILL when we die, even though Swift's servers
        # leave our process group (they call setsid() when dropping privileges).
        setpriv --pdeathsig KILL "$@" </dev/null >"$dir/logs/$name.log" 2>&1 &
    else
        setsid "$@" </dev/null >"$dir/logs/$name.log" 2>&1 &
    fi
    pids+=($!)
    names+=("$name")
}

# Whether PID runs; a zombie has exited (bash reaps its children late in a trap).
alive() {
    local state
    state=$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$1/stat" 2>/dev/null) || return 1
    [ -n "$state" ] && [ "$state" != Z ]
}

stop_all() {
    local pid left
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    # memcached takes up to a second to honour SIGTERM and holds nothing to keep.
    [ ${#pids[@]} -eq 0 ] || kill -KILL "${pids[0]}" 2>/dev/null || true
    for _ in $(seq 100); do
        left=0
        for pid in "${pids[@]}"; do alive "$pid" && left=1; done
        [ $left -eq 0 ] && break
        sleep 0.05
    done
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}

# Where a start-up failure left its reason.
fail() {
    echo "start-swift.sh: $*" >&2
    local i
    for i in "${!names[@]}"; do
        if [ -s "$dir/logs/${names[$i]}.log" ]; then
            echo "--- $dir/logs/${names[$i]}.log (last lines)" >&2
            tail -n 15 "$dir/logs/${names[$i]}.log" >&2
        fi
    done
    stop_all
    exit 1
}
trap 'fail "interrupted"' INT TERM HUP

launch memcached memcached -u "$user" -l 127.0.0.1 -p "$memcached_port" -U 0
launch account swift-account-server "$dir/account-server.conf" --verbose
launch container swift-container-server "$dir/container-server.conf" --verbose
launch object swift-object-server "$dir/object-server.conf" --verbose
launch proxy swift-proxy-server "$dir/proxy-server.conf" --verbose
printf '%s\n' "${pids[@]}" > "$dir/swift.pids"

# Whether process PID itself listens on 127.0.0.1:PORT. Only that proves the
# daemon is up: a port that merely accepts may belong to someone else (a
# daemon that lost the race for it exits a few seconds later).
listening() {
    local pid=$1 port inodes
    port=$(printf '%04X' "$2")
    inodes=$(find "/proc/$pid/fd" -lname 'socket:*' -printf '%l\n' 2>/dev/null | tr -dc '0-9\n' | tr '\n' ' ')
    [ -n "$inodes" ] || return 1
    awk -v port="$port" -v inodes=" $inodes" '
        $4 == "0A" && substr($2, index($2, ":") + 1) == port && index(inodes, " " $10 " ") { found = 1 }
        END { exit !found }' /proc/net/tcp
}
healthy() {
    local reply
    exec 3<>"/dev/tcp/127.0.0.1/$proxy_port" || return 1
    printf 'GET /healthcheck HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    reply=$(timeout 5 cat <&3 || true)
    exec 3>&-
    [[ $reply == HTTP/1.?\ 200* && $reply == *OK ]]
}

# Readiness poll: every daemon must listen on its port, then the proxy must say OK.
deadline=$(($(date +%s) + ${SWIFT_START_TIMEOUT:-60}))
waiting=(memcached account container object proxy)
ports=("$memcached_port" "$account_port" "$container_port" "$object_port" "$proxy_port")
i=0
while :; do
    for j in "${!pids[@]}"; do
        kill -0 "${pids[$j]}" 2>/dev/null || fail "${names[$j]} exited during start-up"
    done
    if [ $i -lt ${#ports[@]} ]; then
        if listening "${pids[$i]}" "${ports[$i]}"; then
            i=$((i + 1))
            continue
        fi
    elif healthy 2>/dev/null; then
        break
    fi
    [ "$(date +%s)" -lt "$deadline" ] || fail "not ready after ${SWIFT_START_TIMEOUT:-60} s (waiting for ${waiting[$i]:-healthcheck})"
    sleep 0.05
done

elapsed=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
echo "swift ready on http://127.0.0.1:$proxy_port in ${elapsed} s (account $account_port, container $container_port, object $object_port, memcached $memcached_port) pids ${pids[*]}"

if [ $foreground -eq 0 ]; then
    trap - INT TERM HUP
    exit 0
fi
trap 'stop_all; exit 0' INT TERM HUP
set +e
wait -n
status=$?
echo "start-swift.sh: a Swift daemon exited (status $status); stopping the others" >&2
stop_all
exit 1
