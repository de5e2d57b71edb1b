#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Stops the Swift peer that start-swift.sh started in DIR: SIGTERM to every
# PID in DIR/swift.pids, SIGKILL to whatever is left after 5 s.
#
# usage: stop-swift.sh DIR
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: stop-swift.sh DIR" >&2; exit 2; }
pidfile=$1/swift.pids
[ -f "$pidfile" ] || { echo "stop-swift.sh: no $pidfile" >&2; exit 1; }
mapfile -t pids < "$pidfile"

alive() {
    local pid=$1 state
    # A zombie has exited; it only waits for its parent.
    state=$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$pid/stat" 2>/dev/null) || return 1
    [ -n "$state" ] && [ "$state" != Z ]
}

for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
for _ in $(seq 100); do
    left=()
    for pid in "${pids[@]}"; do alive "$pid" && left+=("$pid"); done
    [ ${#left[@]} -eq 0 ] && break
    sleep 0.05
done
for pid in "${left[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
rm -f "$pidfile"
