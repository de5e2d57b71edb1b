#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The lakeFS quickstart tutorial (docs.lakefs.io/quickstart) with
# lakescope-cli in place of lakectl: create a repository, branch, upload,
# see the uncommitted change, commit with metadata, compare with main,
# merge, read the result from main and look at the log. Each command is
# printed ("$ lakescope-cli ...") before its output; the first failure stops
# the script with its exit status.
#
#   usage: lakefs_tutorial.sh CLI [REPO]
#
# The lake comes from the environment, as lakectl finds it:
# LAKECTL_SERVER_ENDPOINT_URL (http://host:port, or file:///dir for a local
# lake) and LAKECTL_CREDENTIALS_ACCESS_KEY_ID / _SECRET_ACCESS_KEY.
set -euo pipefail

if [[ $# -lt 1 || ! -x $1 ]]; then
    echo "usage: $0 CLI [REPO]   (CLI: the lakescope-cli binary)" >&2
    exit 2
fi
cli=$(realpath "$1")
repo=${2:-quickstart}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Prints the command as one would type it (arguments with spaces quoted),
# then runs it.
run() {
    local line="\$ lakescope-cli" arg
    for arg in "$@"; do
        if [[ $arg == *[[:space:]]* ]]; then
            line+=" \"$arg\""
        else
            line+=" $arg"
        fi
    done
    echo "$line"
    "$cli" "$@"
    echo
}

# The data: every lake, and the Danish ones the branch is about.
cat >lakes.csv <<'EOF'
name,country,depth_m
Arresø,Denmark,6
Esrum Sø,Denmark,22
Furesø,Denmark,38
Vänern,Sweden,106
Mjøsa,Norway,468
EOF
grep -E '^name|Denmark' lakes.csv >denmark-lakes.csv

run repo create "lakefs://$repo" "local://$repo"
run cp lakes.csv "lakefs://$repo/main/lakes.csv"
run commit "lakefs://$repo/main" -m "Load the lakes data set"
run repo list
run branch create "lakefs://$repo/denmark-lakes" --source "lakefs://$repo/main"
run branch list "lakefs://$repo"
run cp denmark-lakes.csv "lakefs://$repo/denmark-lakes/denmark-lakes.csv"
run diff "lakefs://$repo/denmark-lakes"
run commit "lakefs://$repo/denmark-lakes" -m "Create a dataset of just the lakes in Denmark" \
    --meta source=lakes.csv --meta filter=country=Denmark
run diff "lakefs://$repo/main" "lakefs://$repo/denmark-lakes"
run merge "lakefs://$repo/denmark-lakes" "lakefs://$repo/main"
run ls "lakefs://$repo/main/"
run cat "lakefs://$repo/main/denmark-lakes.csv"
run log "lakefs://$repo/main" --amount 3
