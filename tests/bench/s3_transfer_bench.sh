#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# How fast and how frugal is "lakescope-cli cp" against S3, next to aws cli 2
# and rclone? Starts a fresh s3rver (free port, own data dir, stopped at
# exit), makes one file of random bytes (1 GiB by default), then for each
# tool uploads it and downloads it back RUNS times, checking the download's
# sha256 every time. Prints the medians: wall seconds, client CPU seconds
# (user + sys of the client process and its children only, from
# /usr/bin/time), the server's CPU seconds (s3rver's /proc stat before and
# after) and MiB/s, then the lakescope/rclone and lakescope/aws ratios of
# client CPU per GiB and of wall time.
#
# s3rver is single-threaded and is the bottleneck on upload (~70-90 MiB/s on
# 2 cores), so wall time mostly measures the peer: compare clients on CPU.
# A tool that fails is reported as such and the others still run.
#
# usage: [RUNS=3] [SIZE=1G] [TOOLS="lakescope aws rclone"] \
#        tests/bench/s3_transfer_bench.sh [path/to/lakescope-cli]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${1:-build/app/cli/lakescope-cli}
runs=${RUNS:-3}
size=${SIZE:-1G}
read -r -a tools <<< "${TOOLS:-lakescope aws rclone}"
peers=${LAKESCOPE_PEERS_DIR:-$root/.peers}
aws=/usr/bin/aws # another (1.x) aws may come first on PATH

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# --- tools ---------------------------------------------------------------------
need_apt=()
[ -x "$aws" ] || need_apt+=(awscli)
command -v rclone >/dev/null 2>&1 || need_apt+=(rclone)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
    say "installing ${need_apt[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
s3rver_js=$peers/node_modules/s3rver/bin/s3rver.js
if ! command -v node >/dev/null 2>&1 || [ ! -f "$s3rver_js" ]; then
    echo "s3_transfer_bench: s3rver is not installed in $peers: run bash tests/peers/install.sh" >&2
    exit 2
fi
lakescope_ok=1
if [[ ! -x $cli ]]; then
    echo "s3_transfer_bench: no lakescope-cli at $cli (build it, or pass its path): lakescope is left out" >&2
    lakescope_ok=0
else
    cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
fi

# --- s3rver ----------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/s3_transfer_bench.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Port 0: s3rver binds a free port itself and prints it.
node --openssl-legacy-provider "$s3rver_js" -d "$work/data" -a 127.0.0.1 -p 0 --silent \
    </dev/null >"$work/s3rver.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 600); do # readiness poll, 30 s at most
    port=$(sed -n 's/^S3rver listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/s3rver.log")
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
done
if [ -z "$port" ]; then
    echo "s3_transfer_bench: s3rver did not start:" >&2
    cat "$work/s3rver.log" >&2
    exit 1
fi
endpoint=http://127.0.0.1:$port
bucket=bench
say "s3rver $endpoint (pid $server_pid), data in $work/data"

# Credentials and region for aws cli, isolated from the user's ~/.aws.
aws_env=(env AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=us-east-1
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null)
"${aws_env[@]}" "$aws" --endpoint-url "$endpoint" s3api create-bucket --bucket "$bucket" >/dev/null

cat > "$work/rclone.conf" <<EOF
[peer]
type = s3
provider = Other
access_key_id = S3RVER
secret_access_key = S3RVER
endpoint = $endpoint
region = us-east-1
force_path_style = true
EOF

# --- the file ----------------------------------------------------------------------
src=$work/source.bin
dst=$work/download.bin
say "writing $size of random bytes"
head -c "$size" /dev/urandom > "$src"
bytes=$(stat -c %s "$src")
want=$(sha256sum "$src" | cut -d' ' -f1)
gib=$(awk -v b="$bytes" 'BEGIN { printf "%.6f", b / 1073741824 }')
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.6f", b / 1048576 }')

# --- one transfer ------------------------------------------------------------------
# The command line of TOOL for DIRECTION (up|down), in the array `cmd`.
command_for() {
    local tool=$1 direction=$2 key=$1.bin
    case "$tool/$direction" in
        lakescope/up | lakescope/down)
            cmd=("$cli" --option "aws_endpoint=$endpoint" --option aws_access_key_id=S3RVER
                --option aws_secret_access_key=S3RVER --option aws_region=us-east-1 --option aws_allow_http=true cp)
            if [ "$direction" = up ]; then cmd+=("$src" "s3://$bucket/$key"); else cmd+=("s3://$bucket/$key" "$dst"); fi
            ;;
        aws/*)
            cmd=("${aws_env[@]}" "$aws" --endpoint-url "$endpoint" s3 cp --only-show-errors --no-progress)
            if [ "$direction" = up ]; then cmd+=("$src" "s3://$bucket/$key"); else cmd+=("s3://$bucket/$key" "$dst"); fi
            ;;
        rclone/*)
            cmd=(env -u AWS_CA_BUNDLE rclone --config "$work/rclone.conf" copyto)
            if [ "$direction" = up ]; then cmd+=("$src" "peer:$bucket/$key"); else cmd+=("peer:$bucket/$key" "$dst"); fi
            ;;
        *)
            echo "s3_transfer_bench: unknown tool $tool" >&2
            return 1
            ;;
    esac
}

# s3rver's CPU seconds so far (user + sys).
server_cpu() {
    awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / tck }' "/proc/$server_pid/stat"
}

# Runs one transfer; appends "wall client_cpu server_cpu" to $work/TOOL.DIRECTION.
# Returns non-zero (after saying why) when the tool fails or the bytes differ.
transfer() {
    local tool=$1 direction=$2 before after
    command_for "$tool" "$direction"
    if [ "$direction" = up ]; then
        # rclone skips an upload whose object already matches; every tool
        # starts from no object, so each run really transfers.
        "${aws_env[@]}" "$aws" --endpoint-url "$endpoint" s3 rm --only-show-errors "s3://$bucket/$tool.bin" \
            >/dev/null 2>&1 || true
    else
        rm -f "$dst"
    fi
    sync
    before=$(server_cpu)
    if ! /usr/bin/time -f '%e %U %S' -o "$work/time" "${cmd[@]}" >"$work/out" 2>&1; then
        echo "    $tool $direction FAILED: ${cmd[*]}" >&2
        tail -n 5 "$work/out" | sed 's/^/      /' >&2
        return 1
    fi
    after=$(server_cpu)
    if [ "$direction" = down ]; then
        local got
        got=$(sha256sum "$dst" | cut -d' ' -f1)
        if [ "$got" != "$want" ]; then
            echo "    $tool down FAILED: sha256 $got, uploaded $want" >&2
            return 1
        fi
    fi
    # The last line: GNU time prints "Command exited..." lines only on failure.
    tail -n 1 "$work/time" | awk -v b="$before" -v a="$after" '{ printf "%s %.2f %.2f\n", $1, $2 + $3, a - b }' \
        >> "$work/$tool.$direction"
    printf '    %-9s %-4s %s\n' "$tool" "$direction" "$(tail -n 1 "$work/$tool.$direction" |
        awk '{ printf "wall %6.2f s  client cpu %6.2f s  server cpu %6.2f s", $1, $2, $3 }')"
}

# Median of column COLUMN (1 wall, 2 client cpu, 3 server cpu) of a results file.
median() {
    cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A failed
for tool in "${tools[@]}"; do
    if [ "$tool" = lakescope ] && [ $lakescope_ok -eq 0 ]; then
        failed[$tool]="no lakescope-cli"
        continue
    fi
    say "$tool: $runs x upload + download of $size"
    for _ in $(seq "$runs"); do
        if ! transfer "$tool" up; then failed[$tool]="upload failed"; break; fi
        if ! transfer "$tool" down; then failed[$tool]="download failed"; break; fi
    done
    # Keep the disk use to one copy per tool.
    "${aws_env[@]}" "$aws" --endpoint-url "$endpoint" s3 rm --only-show-errors "s3://$bucket/$tool.bin" >/dev/null 2>&1 || true
done

# --- results -----------------------------------------------------------------------
echo
printf 'S3 transfer of %s (%s bytes) via s3rver 3.7.1, %s runs, medians; cpu in seconds; %s cores\n' \
    "$size" "$bytes" "$runs" "$(nproc)"
printf '%-10s %-5s %8s %8s %9s %10s %9s\n' tool dir 'wall s' 'MiB/s' 'cpu s' 'cpu s/GiB' 'server s'
declare -A wall cpu
for tool in "${tools[@]}"; do
    for direction in up down; do
        if [ -n "${failed[$tool]:-}" ] || [ ! -s "$work/$tool.$direction" ]; then
            printf '%-10s %-5s %s\n' "$tool" "$direction" "FAILED (${failed[$tool]:-no result})"
            continue
        fi
        w=$(median "$work/$tool.$direction" 1)
        c=$(median "$work/$tool.$direction" 2)
        s=$(median "$work/$tool.$direction" 3)
        wall[$tool.$direction]=$w
        cpu[$tool.$direction]=$(awk -v c="$c" -v g="$gib" 'BEGIN { printf "%.2f", c / g }')
        printf '%-10s %-5s %8.2f %8.1f %9.2f %10.2f %9.2f\n' "$tool" "$direction" "$w" \
            "$(awk -v m="$mib" -v w="$w" 'BEGIN { print (w > 0 ? m / w : 0) }')" "$c" "${cpu[$tool.$direction]}" "$s"
    done
done

echo
for other in rclone aws; do
    for direction in up down; do
        l=lakescope.$direction o=$other.$direction
        if [ -z "${wall[$l]:-}" ] || [ -z "${wall[$o]:-}" ]; then
            printf 'lakescope/%-6s %-4s n/a (%s)\n' "$other" "$direction" \
                "$([ -z "${wall[$l]:-}" ] && echo "lakescope: ${failed[lakescope]:-not run}" || echo "$other: ${failed[$other]:-not run}")"
            continue
        fi
        printf 'lakescope/%-6s %-4s cpu/GiB %5.2fx   wall %5.2fx\n' "$other" "$direction" \
            "$(awk -v a="${cpu[$l]}" -v b="${cpu[$o]}" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
            "$(awk -v a="${wall[$l]}" -v b="${wall[$o]}" 'BEGIN { print (b > 0 ? a / b : 0) }')"
    done
done
[ -z "${failed[*]:-}" ]
