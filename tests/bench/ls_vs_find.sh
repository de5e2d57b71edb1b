#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# How fast is "lakescope-cli ls -R" on a big local folder, next to find(1)
# (and rclone lsf -R when installed)? Builds 100,000 files in a temp dir,
# warms the page cache, times each command 7 times with output to
# /dev/null and prints the medians and the ratio. The target is ls -R
# within 1.5x of find.
#
# usage: [LAYOUT=flat|tree] tests/bench/ls_vs_find.sh [path/to/lakescope-cli] [file count]
set -euo pipefail

cli=${1:-build/app/cli/lakescope-cli}
count=${2:-100000}
runs=7

if [[ ! -x $cli ]]; then
    echo "ls_vs_find: no lakescope-cli at $cli (build it, or pass its path)" >&2
    exit 2
fi
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")

work=$(mktemp -d "${TMPDIR:-/tmp}/ls_vs_find.XXXXXX")
trap 'rm -rf "$work"' EXIT
tree=$work/tree

# One flat folder of $count files (the hard case: every listing page comes
# from the same directory). LAYOUT=tree spreads them over 100 folders.
echo "creating $count files under $tree ..."
mkdir -p "$tree"
(
    cd "$tree"
    if [[ ${LAYOUT:-flat} == tree ]]; then
        per=$((count / 100))
        for d in $(seq -w 0 99); do
            mkdir "d$d"
            (cd "d$d" && seq -f "part-%06g.parquet" 1 "$per" | xargs touch)
        done
    else
        seq -f "part-%06g.parquet" 1 "$count" | xargs touch
    fi
)

# Warm the dentry and inode caches so every run measures the same thing.
find "$tree" > /dev/null
"$cli" ls -R "$tree" > /dev/null

# Sanity: both list the same number of files.
found=$(find "$tree" -type f | wc -l)
listed=$("$cli" ls -R "$tree" | wc -l)
if [[ $found -ne $listed ]]; then
    echo "ls_vs_find: find sees $found files, lakescope-cli ls -R sees $listed" >&2
    exit 1
fi

declare -A medians
names=(find ls findl lsl)
# findl/lsl: the same with size and time of every file, which needs a stat
# per file on both sides.
declare -A commands=(
    [find]="find $tree"
    [ls]="$cli ls -R $tree"
    [findl]="find $tree -printf %s\\t%TY-%Tm-%Td\\t%p\\n"
    [lsl]="$cli ls -lR $tree"
)
if command -v rclone > /dev/null; then
    names+=(rclone)
    commands[rclone]="rclone lsf -R --files-only $tree"
fi

median_of() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'; }

if command -v hyperfine > /dev/null; then
    for name in "${names[@]}"; do
        hyperfine --style none --warmup 1 --runs "$runs" --output null \
            --export-json "$work/$name.json" "${commands[$name]}" > /dev/null
        medians[$name]=$(grep -o '"median": *[0-9.e-]*' "$work/$name.json" | head -1 | sed 's/.*: *//' \
            | awk '{ printf "%.3f", $1 }')
    done
else
    for name in "${names[@]}"; do
        for _ in $(seq "$runs"); do
            start=$(date +%s%N)
            ${commands[$name]} > /dev/null
            end=$(date +%s%N)
            awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f\n", (e - s) / 1e9 }'
        done | median_of > "$work/$name.median"
        medians[$name]=$(cat "$work/$name.median")
    done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "files: $count, runs: $runs each, medians:"
echo "ls -R vs find: ${medians[ls]} s vs ${medians[find]} s = $(ratio "${medians[ls]}" "${medians[find]}")x"
echo "ls -lR vs find -printf size+time: ${medians[lsl]} s vs ${medians[findl]} s = $(ratio "${medians[lsl]}" "${medians[findl]}")x"
if [[ -n ${medians[rclone]:-} ]]; then
    echo "rclone lsf -R vs find: ${medians[rclone]} s vs ${medians[find]} s = $(ratio "${medians[rclone]}" "${medians[find]}")x"
fi
