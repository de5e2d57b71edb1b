#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# "lakescope-cli cp" next to rclone, aws cli 2 and cp(1), in the same run:
#
#   workloads  big:   one file of SIZE random bytes (1 GiB by default)
#              small: FILES files (5,000 by default) of 4-64 KiB, in folders of
#                     100; sizes and bytes come from a fixed SEED, so every run
#                     and every tool moves the same tree
#   peers      swift: OpenStack Swift + s3api on 127.0.0.1 (tests/peers/swift,
#                     started here on free ports in a temporary folder and
#                     stopped at exit): big up/down, small up/down (recursive)
#              local: a local folder to another one: big copy, small copy
#   tools      lakescope (cp, -R for trees, --memory MEMORY, --threads THREADS
#              when set), rclone (copyto/copy; S3 remote from RCLONE_CONFIG_*
#              variables), aws (/usr/bin/aws s3 cp [--recursive]; S3 only),
#              cp (/bin/cp [-r]; local only, the baseline)
#
# Each transfer runs RUNS times; the tools take turns within a run (the order
# rotates from run to run) to spread the noise. Per transfer: wall seconds,
# client CPU seconds (user + sys) and peak RSS, from /usr/bin/time. Downloads
# read one copy of each workload that aws put into the bucket once at the
# start. Every result is checked before it counts: a download or copy by
# sha256 (the file; a sorted manifest of the tree), an upload by listing (the
# big object's size; every small object's key, size and ETag = MD5). A tool
# that fails, times out (TIMEOUT seconds) or writes wrong bytes is FAILED and
# not timed again. The destination is emptied before and after each transfer
# (local folder removed, bucket prefix deleted), so every run is a full copy;
# the page cache is left alone (sources are warm for every tool alike).
#
# Prints one table per peer (medians), then the ratios the transfer issue
# sets targets for, each PASS or MISS:
#   small up/down   lakescope wall / the faster of rclone and aws   <= 0.8
#   big up/down     lakescope wall / the faster of rclone and aws   <= 1.0
#   big up/down     lakescope CPU per GiB / rclone's                <= 0.5
#   local big copy  lakescope wall / cp                             <= 1.3
#   peak RSS        lakescope's highest in any run <= MEMORY + RSS_SLACK
# Exit status 1 when a tool FAILED (or, with CHECK=1, a ratio MISSed), 2 when
# something it needs is missing, e.g. the Swift peer cannot start.
#
# usage: [RUNS=3] [SIZE=1G] [FILES=5000] [SEED=1] [PEERS="swift local"]
#        [TOOLS="lakescope rclone aws cp"] [WORKLOADS="big small"] [THREADS=N]
#        [MEMORY=256M] [RSS_SLACK=64M] [TIMEOUT=1200] [CHECK=1]
#        tests/bench/transfer_bench.sh [path/to/lakescope-cli]
# (cmake --build BUILD --target bench_transfer runs it on the built CLI.)
# The work folder (sources, downloads, Swift's data: ~4 x SIZE + 4 x the tree)
# is made in TMPDIR (default /tmp) and removed at exit.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${1:-$root/build/app/cli/lakescope-cli}
runs=${RUNS:-3}
size=${SIZE:-1G}
files=${FILES:-5000}
seed=${SEED:-1}
read -r -a peers <<< "${PEERS:-swift local}"
read -r -a tools <<< "${TOOLS:-lakescope rclone aws cp}"
read -r -a workloads <<< "${WORKLOADS:-big small}"
threads=${THREADS:-}
memory=${MEMORY:-256M}
rss_slack=${RSS_SLACK:-64M}
limit=${TIMEOUT:-1200}
check=${CHECK:-0}
aws=/usr/bin/aws # another (1.x) aws may come first on PATH
python=/usr/bin/python3 # Swift's interpreter; a python3 earlier on PATH may lack it
bucket=bench
endpoint="" # set once the Swift peer runs

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() {
    echo "transfer_bench: $*" >&2
    exit 2
}
has() { # has WORD LIST...
    local word=$1 item
    shift
    for item in "$@"; do [ "$item" = "$word" ] && return 0; done
    return 1
}

[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
[[ $files =~ ^[1-9][0-9]*$ ]] || die "FILES must be a positive number, not '$files'"
[[ $seed =~ ^[0-9]+$ ]] || die "SEED must be a number, not '$seed'"
[[ $limit =~ ^[1-9][0-9]*$ ]] || die "TIMEOUT must be a positive number of seconds, not '$limit'"
[ -z "$threads" ] || [[ $threads =~ ^[1-9][0-9]*$ ]] || die "THREADS must be a positive number, not '$threads'"
for p in "${peers[@]}"; do has "$p" swift local || die "unknown peer '$p' in PEERS (swift, local)"; done
for t in "${tools[@]}"; do has "$t" lakescope rclone aws cp || die "unknown tool '$t' in TOOLS (lakescope, rclone, aws, cp)"; done
for w in "${workloads[@]}"; do has "$w" big small || die "unknown workload '$w' in WORKLOADS (big, small)"; done
if [ ${#peers[@]} -eq 0 ] || [ ${#tools[@]} -eq 0 ] || [ ${#workloads[@]} -eq 0 ]; then die "nothing to run"; fi
memory_bytes=$(numfmt --from=iec "$memory" 2>/dev/null) || die "MEMORY must be a size like 256M, not '$memory'"
slack_bytes=$(numfmt --from=iec "$rss_slack" 2>/dev/null) || die "RSS_SLACK must be a size like 64M, not '$rss_slack'"

# --- tools -------------------------------------------------------------------------
need_apt=()
if has swift "${peers[@]}" && [ ! -x "$aws" ]; then need_apt+=(awscli); fi # also sets up the bucket
if has rclone "${tools[@]}" && ! command -v rclone >/dev/null 2>&1; then need_apt+=(rclone); fi
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
    say "installing ${need_apt[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
[ -x "$python" ] || python=$(command -v python3) || die "python3 is needed to write the small-file tree"
if has lakescope "${tools[@]}"; then
    [ -x "$cli" ] || die "no lakescope-cli at $cli: build it (ninja lakescope-cli) or pass its path"
    cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
fi
if has swift "${peers[@]}"; then
    for exe in memcached swift-proxy-server swift-account-server swift-container-server swift-object-server setpriv; do
        command -v "$exe" >/dev/null 2>&1 || die "the Swift peer cannot start: no $exe (run bash tests/peers/install.sh)"
    done
fi

# --- work folder and the Swift peer ----------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/transfer_bench.XXXXXX")
swift_pid=""
stop_swift() {
    if [ -n "$swift_pid" ]; then
        # start-swift.sh --foreground stops its daemons on SIGTERM.
        kill -TERM "$swift_pid" 2>/dev/null || true
        wait "$swift_pid" 2>/dev/null || true
        swift_pid=""
    fi
    # Whatever it could not stop (stop-swift.sh only signals PIDs still alive).
    if [ -f "$work/swift/swift.pids" ]; then
        bash "$root/tests/peers/swift/stop-swift.sh" "$work/swift" >/dev/null 2>&1 || true
    fi
}
# shellcheck disable=SC2317 # reached through the EXIT trap
cleanup() {
    stop_swift
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

# As tests/support/s3peer.cpp does: five free ports (proxy, account, container,
# object, memcached), the script in the foreground as the daemons' supervisor,
# its ready line, and a new set of ports when one was taken meanwhile.
start_swift() {
    local attempt ports port deadline
    for attempt in 1 2 3; do
        read -r -a ports < <(free_ports 5)
        rm -rf "$work/swift"
        # The supervisor gets SIGTERM (and stops the daemons) if this script dies.
        setpriv --pdeathsig TERM bash "$root/tests/peers/swift/start-swift.sh" --foreground "$work/swift" "${ports[@]}" \
            </dev/null >"$work/swift.log" 2>&1 &
        swift_pid=$!
        deadline=$((SECONDS + 90))
        port=""
        while [ $SECONDS -lt $deadline ]; do
            port=$(sed -n 's|^swift ready on http://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$work/swift.log")
            [ -n "$port" ] && break
            kill -0 "$swift_pid" 2>/dev/null || break
            sleep 0.1
        done
        if [ -n "$port" ]; then
            endpoint=http://127.0.0.1:$port
            return 0
        fi
        stop_swift
        if [ $attempt -lt 3 ] && grep -q -e 'Address already in use' -e 'Could not bind' "$work/swift.log"; then
            continue
        fi
        break
    done
    echo "transfer_bench: the Swift peer did not start:" >&2
    cat "$work/swift.log" >&2
    return 1
}

aws_env=(env AWS_ACCESS_KEY_ID=test:tester AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null)
awsx() { "${aws_env[@]}" "$aws" --endpoint-url "$endpoint" "$@"; }

# --- sources ---------------------------------------------------------------------------
mkdir -p "$work/src" "$work/dst" "$work/res" "$work/state"
big_src=$work/src/big.bin
small_src=$work/src/small
big_dst=$work/dst/big.bin
small_dst=$work/dst/small
big_bytes=0
small_bytes=0
if has big "${workloads[@]}"; then
    say "writing $size of random bytes"
    head -c "$size" /dev/urandom > "$big_src"
    big_bytes=$(stat -c %s "$big_src")
    [ "$big_bytes" -gt 0 ] || die "SIZE '$size' gives an empty file"
    big_sha=$(sha256sum "$big_src" | cut -d' ' -f1)
fi

# The sorted "path sha256" manifest of the files below a folder.
manifest() {
    (cd "$1" && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 -r sha256sum | awk '{ print $2, $1 }')
}

if has small "${workloads[@]}"; then
    say "writing $files files of 4-64 KiB (seed $seed)"
    # Also writes the "key md5 size" manifest an upload's listing must match.
    "$python" - "$small_src" "$files" "$seed" "$work/small.md5" <<'PY'
import hashlib, os, random, sys
root, count, seed, listing = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
rows = []
for i in range(count):
    key = f"d{i // 100:03d}/f{i:05d}.bin"
    data = rng.randbytes(rng.randint(4 * 1024, 64 * 1024))
    os.makedirs(os.path.join(root, os.path.dirname(key)), exist_ok=True)
    with open(os.path.join(root, key), "wb") as out:
        out.write(data)
    rows.append(f"{key} {hashlib.md5(data).hexdigest()} {len(data)}\n")
with open(listing, "w") as out:
    out.writelines(sorted(rows))
PY
    manifest "$small_src" > "$work/small.sha256"
    small_bytes=$(find "$small_src" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
fi

if has swift "${peers[@]}"; then
    say "starting Swift + s3api"
    start_swift || exit 2
    swift_version=$("$python" -c 'import swift; print(swift.__version__)' 2>/dev/null || echo '?')
    say "swift $swift_version at $endpoint (supervisor pid $swift_pid), data in $work/swift"
    awsx s3api create-bucket --bucket "$bucket" >/dev/null || die "cannot create bucket $bucket on the Swift peer"
    # What every tool downloads: one copy, put there once, by the same tool.
    if has big "${workloads[@]}"; then
        say "seeding s3://$bucket/seed/big.bin (aws)"
        awsx s3 cp --only-show-errors --no-progress "$big_src" "s3://$bucket/seed/big.bin" || die "cannot seed the big file"
    fi
    if has small "${workloads[@]}"; then
        say "seeding s3://$bucket/seed/small/ (aws)"
        awsx s3 cp --recursive --only-show-errors --no-progress "$small_src" "s3://$bucket/seed/small/" ||
            die "cannot seed the small-file tree"
    fi
fi
: > "$work/rclone.conf" # the remote comes from RCLONE_CONFIG_PEER_*; no user config

# --- one transfer ----------------------------------------------------------------------
ops_for() { # the operations of PEER, in the array `ops`
    ops=()
    local w
    for w in "${workloads[@]}"; do
        if [ "$1" = swift ]; then ops+=("$w-up" "$w-down"); else ops+=("$w-copy"); fi
    done
}
tools_for() { # the selected tools that apply to PEER, in the array `peer_tools`
    peer_tools=()
    local t
    for t in "${tools[@]}"; do
        [ "$1" = swift ] && [ "$t" = cp ] && continue
        [ "$1" = local ] && [ "$t" = aws ] && continue
        peer_tools+=("$t")
    done
}

# The command line of TOOL for OP on PEER, in the array `cmd`.
command_for() {
    local peer=$1 op=$2 tool=$3 workload=${2%%-*}
    local src dst remote
    if [ "$workload" = big ]; then src=$big_src dst=$big_dst; else src=$small_src dst=$small_dst; fi
    case $op in
        *-up) remote=up/$tool/$workload ;;
        *-down) remote=seed/$workload ;;
        *) remote="" ;;
    esac
    [ "$workload" = big ] && [ -n "$remote" ] && remote+=.bin
    case $tool in
        lakescope)
            cmd=("$cli")
            [ "$peer" = swift ] && cmd+=(--option "aws_endpoint=$endpoint" --option aws_access_key_id=test:tester
                --option aws_secret_access_key=testing --option aws_region=us-east-1 --option aws_allow_http=true)
            cmd+=(cp)
            [ "$workload" = small ] && cmd+=(-R)
            cmd+=(--memory "$memory" --state-dir "$work/state")
            [ -n "$threads" ] && cmd+=(--threads "$threads")
            case $op in
                *-up) cmd+=("$src" "s3://$bucket/$remote") ;;
                *-down) cmd+=("s3://$bucket/$remote" "$dst") ;;
                *) cmd+=("$src" "$dst") ;;
            esac
            ;;
        rclone)
            cmd=(env -u AWS_CA_BUNDLE "RCLONE_CONFIG=$work/rclone.conf" RCLONE_CONFIG_PEER_TYPE=s3
                RCLONE_CONFIG_PEER_PROVIDER=Other RCLONE_CONFIG_PEER_ACCESS_KEY_ID=test:tester
                RCLONE_CONFIG_PEER_SECRET_ACCESS_KEY=testing "RCLONE_CONFIG_PEER_ENDPOINT=${endpoint:-}"
                RCLONE_CONFIG_PEER_REGION=us-east-1 RCLONE_CONFIG_PEER_FORCE_PATH_STYLE=true rclone)
            if [ "$workload" = big ]; then cmd+=(copyto); else cmd+=(copy); fi
            case $op in
                *-up) cmd+=("$src" "peer:$bucket/$remote") ;;
                *-down) cmd+=("peer:$bucket/$remote" "$dst") ;;
                *) cmd+=("$src" "$dst") ;;
            esac
            ;;
        aws)
            cmd=("${aws_env[@]}" "$aws" --endpoint-url "$endpoint" s3 cp --only-show-errors --no-progress)
            local slash=""
            if [ "$workload" = small ]; then cmd+=(--recursive) slash=/; fi
            case $op in
                *-up) cmd+=("$src" "s3://$bucket/$remote$slash") ;;
                *) cmd+=("s3://$bucket/$remote$slash" "$dst") ;;
            esac
            ;;
        cp)
            cmd=(/bin/cp)
            [ "$workload" = small ] && cmd+=(-r)
            cmd+=("$src" "$dst")
            ;;
    esac
}

# Empties what OP of TOOL writes to: the local destination, or its bucket prefix.
clear_destination() {
    local op=$2 tool=$3
    rm -rf "$big_dst" "$small_dst"
    if [[ $op == *-up ]]; then
        awsx s3 rm --recursive --only-show-errors "s3://$bucket/up/$tool/" >/dev/null 2>&1 || true
    fi
}

# Checks what OP of TOOL wrote; prints why on a mismatch and returns 1.
verify() {
    local op=$2 tool=$3 got
    case $op in
        big-down | big-copy)
            got=$(sha256sum "$big_dst" 2>/dev/null | cut -d' ' -f1) || got="no file"
            [ "$got" = "$big_sha" ] && return 0
            echo "sha256 ${got:-none} of $big_dst, want $big_sha"
            ;;
        small-down | small-copy)
            manifest "$small_dst" > "$work/got.sha256" 2>/dev/null || true
            cmp -s "$work/got.sha256" "$work/small.sha256" && return 0
            echo "the copied tree differs: $(diff "$work/small.sha256" "$work/got.sha256" | grep -c '^[<>]') manifest lines (first: $(diff "$work/small.sha256" "$work/got.sha256" | grep -m1 '^[<>]'))"
            ;;
        big-up)
            got=$(awsx s3api head-object --bucket "$bucket" --key "up/$tool/big.bin" --query ContentLength --output text 2>/dev/null) || got="no object"
            [ "$got" = "$big_bytes" ] && return 0
            echo "s3://$bucket/up/$tool/big.bin has size $got, want $big_bytes"
            ;;
        small-up)
            # Single-part objects: the ETag is the MD5 of the bytes.
            awsx s3api list-objects-v2 --bucket "$bucket" --prefix "up/$tool/small/" \
                --query 'Contents[].[Key,ETag,Size]' --output text 2>/dev/null |
                awk -v p="up/$tool/small/" 'index($1, p) == 1 { k = substr($1, length(p) + 1); gsub(/"/, "", $2); print k, $2, $3 }' |
                LC_ALL=C sort > "$work/got.md5" || true
            cmp -s "$work/got.md5" "$work/small.md5" && return 0
            echo "the uploaded listing differs: $(wc -l < "$work/got.md5") objects listed, $(diff "$work/small.md5" "$work/got.md5" | grep -c '^[<>]') lines differ (first: $(diff "$work/small.md5" "$work/got.md5" | grep -m1 '^[<>]'))"
            ;;
    esac
    return 1
}

declare -A failed=()
# Runs OP of TOOL on PEER once; appends "wall cpu rss_kib" to its results file.
transfer() {
    local peer=$1 op=$2 tool=$3 status=0 why
    local id=$peer.$op.$tool
    command_for "$peer" "$op" "$tool"
    clear_destination "$@"
    sync # earlier downloads' dirty pages are written back before the clock starts
    timeout -k 10 "$limit" /usr/bin/time -f '%e %U %S %M' -o "$work/time" "${cmd[@]}" >"$work/out" 2>&1 || status=$?
    if [ $status -ne 0 ]; then
        if [ $status -eq 124 ] || [ $status -eq 137 ]; then why="timed out after $limit s"; else why="exit status $status"; fi
        failed[$id]=$why
        printf '    %-6s %-11s %-10s FAILED (%s): %s\n' "$peer" "$op" "$tool" "$why" "${cmd[*]}" >&2
        tail -n 5 "$work/out" | sed 's/^/        /' >&2
        clear_destination "$@"
        return 1
    fi
    if ! why=$(verify "$@"); then
        failed[$id]="wrong output: ${why:0:160}"
        printf '    %-6s %-11s %-10s FAILED (wrong output): %s\n' "$peer" "$op" "$tool" "$why" >&2
        clear_destination "$@"
        return 1
    fi
    clear_destination "$@"
    # The last line: GNU time writes "Command exited ..." lines only on failure.
    tail -n 1 "$work/time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >> "$work/res/$id"
    printf '    %-6s %-11s %-10s %s\n' "$peer" "$op" "$tool" "$(tail -n 1 "$work/res/$id" |
        awk '{ printf "wall %7.2f s  cpu %7.2f s  peak RSS %7.1f MiB", $1, $2, $3 / 1024 }')"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq "$runs"); do
    say "run $run of $runs"
    for peer in "${peers[@]}"; do
        ops_for "$peer"
        tools_for "$peer"
        n=${#peer_tools[@]}
        for op in "${ops[@]}"; do
            for i in $(seq 0 $((n - 1))); do
                tool=${peer_tools[$(((i + run - 1) % n))]} # the order rotates from run to run
                [ -n "${failed[$peer.$op.$tool]:-}" ] && continue
                transfer "$peer" "$op" "$tool" || true
            done
        done
    done
done

# --- results ---------------------------------------------------------------------------
# Median of column COL (1 wall, 2 cpu, 3 rss KiB) of PEER.OP.TOOL, or "" when
# it has no result (not run, or FAILED).
median() {
    local file=$work/res/$1
    if [ -n "${failed[$1]:-}" ] || [ ! -s "$file" ]; then return 0; fi
    cut -d' ' -f"$2" "$file" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo
printf 'Transfer benchmark: %s runs, medians; %s cores; lakescope --memory %s, --threads %s\n' \
    "$runs" "$(nproc)" "$memory" "${threads:-default}"
has big "${workloads[@]}" && printf '  big   = one file of %s (%s bytes, %s MiB)\n' "$size" "$big_bytes" "$(mib "$big_bytes")"
has small "${workloads[@]}" && printf '  small = %s files of 4-64 KiB (%s bytes, %s MiB, seed %s)\n' \
    "$files" "$small_bytes" "$(mib "$small_bytes")" "$seed"
echo '  per operation: wall s / client CPU s (user+sys) / peak RSS MiB; rclone and aws include their whole process'
printf '  load average (1/5/15 min) before the runs %s, after %s: anything else running skews wall times\n' \
    "$load_start" "$(cut -d' ' -f1-3 /proc/loadavg)"
for peer in "${peers[@]}"; do
    ops_for "$peer"
    tools_for "$peer"
    echo
    if [ "$peer" = swift ]; then
        printf '%s\n' "peer swift: Swift $swift_version + s3api at $endpoint (one node, workers = 0)"
    else
        printf '%s\n' "peer local: local folder to local folder ($(df -T "$work" | awk 'NR == 2 { print $2 }'))"
    fi
    printf '%-10s' tool
    for op in "${ops[@]}"; do printf ' | %-24s' "${op/-/ }"; done
    echo
    printf '%-10s' ''
    for op in "${ops[@]}"; do printf ' | %7s %7s %8s' 'wall s' 'cpu s' 'RSS MiB'; done
    echo
    for tool in "${peer_tools[@]}"; do
        printf '%-10s' "$tool"
        for op in "${ops[@]}"; do
            id=$peer.$op.$tool
            if [ -n "${failed[$id]:-}" ]; then
                printf ' | %-24s' "FAILED"
            elif [ -s "$work/res/$id" ]; then
                printf ' | %7.2f %7.2f %8.1f' "$(median "$id" 1)" "$(median "$id" 2)" "$(awk -v k="$(median "$id" 3)" 'BEGIN { print k / 1024 }')"
            else
                printf ' | %-24s' "-"
            fi
        done
        echo
    done
    for tool in "${peer_tools[@]}"; do
        for op in "${ops[@]}"; do
            [ -n "${failed[$peer.$op.$tool]:-}" ] && printf '  FAILED %s %s: %s\n' "$tool" "$op" "${failed[$peer.$op.$tool]}"
        done
    done
done

# --- ratios ----------------------------------------------------------------------------
misses=0
# verdict WHERE WHAT VALUE TARGET DETAIL: one ratio line; VALUE "" means n/a (DETAIL says why).
verdict() {
    local where=$1 what=$2 value=$3 target=$4 detail=$5 mark
    if [ -z "$value" ]; then
        printf '  %-17s %-38s %6s  <= %-3s  %-4s  %s\n' "$where" "$what" n/a "$target" '' "$detail"
        return 0
    fi
    if awk -v v="$value" -v t="$target" 'BEGIN { exit !(v <= t) }'; then mark=PASS; else
        mark=MISS
        misses=$((misses + 1))
    fi
    printf '  %-17s %-38s %6.2f  <= %-3s  %-4s  %s\n' "$where" "$what" "$value" "$target" "$mark" "$detail"
}
why_missing() { # why_missing ID...: what kept the ratio from being computed
    local id f out=""
    for id in "$@"; do
        [ -n "$(median "$id" 1)" ] && continue
        f=${failed[$id]:-not run}
        out+="${id##*.}: ${f%%:*}; "
    done
    echo "${out%; }"
}

echo
echo "Ratios (targets from the transfer issue)"
if has swift "${peers[@]}"; then
    for op in small-up small-down big-up big-down; do
        has "${op%%-*}" "${workloads[@]}" || continue
        target=0.8
        [ "${op%%-*}" = big ] && target=1.0
        l=$(median "swift.$op.lakescope" 1)
        best="" best_tool=""
        for other in rclone aws; do
            o=$(median "swift.$op.$other" 1)
            [ -z "$o" ] && continue
            if [ -z "$best" ] || awk -v a="$o" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$o best_tool=$other; fi
        done
        if [ -n "$l" ] && [ -n "$best" ]; then
            verdict "swift $op" "wall lakescope / faster of rclone, aws" "$(div "$l" "$best")" "$target" \
                "($l s / $best_tool $best s)"
        else
            verdict "swift $op" "wall lakescope / faster of rclone, aws" "" "$target" \
                "($(why_missing "swift.$op.lakescope" "swift.$op.rclone" "swift.$op.aws"))"
        fi
    done
    if has big "${workloads[@]}"; then
        gib=$(awk -v b="$big_bytes" 'BEGIN { print b / 1073741824 }')
        for op in big-up big-down; do
            l=$(median "swift.$op.lakescope" 2)
            r=$(median "swift.$op.rclone" 2)
            if [ -n "$l" ] && [ -n "$r" ]; then
                verdict "swift $op" "CPU per GiB lakescope / rclone" "$(div "$l" "$r")" 0.5 \
                    "($(div "$l" "$gib") / $(div "$r" "$gib") CPU s per GiB)"
            else
                verdict "swift $op" "CPU per GiB lakescope / rclone" "" 0.5 "($(why_missing "swift.$op.lakescope" "swift.$op.rclone"))"
            fi
        done
    fi
fi
if has local "${peers[@]}" && has big "${workloads[@]}"; then
    l=$(median local.big-copy.lakescope 1)
    c=$(median local.big-copy.cp 1)
    if [ -n "$l" ] && [ -n "$c" ]; then
        verdict "local big-copy" "wall lakescope / cp" "$(div "$l" "$c")" 1.3 "($l s / $c s)"
    else
        verdict "local big-copy" "wall lakescope / cp" "" 1.3 "($(why_missing local.big-copy.lakescope local.big-copy.cp))"
    fi
fi
if has local "${peers[@]}" && has small "${workloads[@]}"; then
    l=$(median local.small-copy.lakescope 1)
    c=$(median local.small-copy.cp 1)
    if [ -n "$l" ] && [ -n "$c" ]; then
        printf '  %-17s %-38s %6.2f  (no target)  (%s s / %s s)\n' "local small-copy" "wall lakescope / cp" "$(div "$l" "$c")" "$l" "$c"
    fi
fi
if has lakescope "${tools[@]}"; then
    # The highest RSS of any lakescope run, not a median: a bound holds every time.
    peak=0 peak_at=""
    for file in "$work"/res/*.lakescope; do
        [ -e "$file" ] || continue
        k=$(sort -g -k3,3 "$file" | tail -n 1 | cut -d' ' -f3)
        if [ "$k" -gt "$peak" ]; then peak=$k peak_at=$(basename "$file" .lakescope); fi
    done
    bound=$(((memory_bytes + slack_bytes) / 1024))
    if [ -n "$peak_at" ]; then
        verdict lakescope "peak RSS / bound (any run)" "$(div "$peak" "$bound")" 1.0 \
            "($(mib $((peak * 1024))) MiB at $peak_at; bound --memory $memory + $rss_slack = $(mib $((bound * 1024))) MiB)"
    else
        verdict lakescope "peak RSS / bound (any run)" "" 1.0 "(no lakescope run succeeded)"
    fi
fi

status=0
if [ ${#failed[@]} -gt 0 ]; then
    echo
    echo "${#failed[@]} tool/operation pair(s) FAILED (see above)"
    status=1
fi
if [ "$check" = 1 ] && [ $misses -gt 0 ]; then status=1; fi
exit $status
