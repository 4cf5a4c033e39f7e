#!/bin/bash
# Every gold page annotated in two processes side by side, then scored set by set (a few seconds a set instead of a
# process per page): scripts/eval-sets.sh OUTDIR [> results.txt]. NOTAG=1 for the rules alone, MAXSET=N to stop at a set.
set -euo pipefail
OUT=$1
cd "$(dirname "$0")/.."
rm -rf "$OUT" && mkdir -p "$OUT"
for i in 0 1; do SHARD=$i/2 OUT=$OUT npx tsx scripts/annotate-sets.ts & done
wait
OUT=$OUT python3 scripts/score-sets.py
