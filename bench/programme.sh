#!/usr/bin/env bash
# The programme batch: `quire render DIR -o OUTDIR` over 100 inspections (copies of Western Bay,
# which has both languages) in English and Welsh, 200 PDFs; then the same 200 PDFs rendered one
# `quire render` at a time, for comparison. Prints wall-clock and CPU seconds of each.
# Usage: bash bench/programme.sh [build/quire]
set -euo pipefail
cd "$(dirname "$0")/.."
quire=$(realpath "${1:-build/quire}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq -w 1 100); do
  mkdir -p "$work/in/area-$i"
  cp examples/domain-western-bay-2019/{inspection.yaml,cases.csv} "$work/in/area-$i/"
done
export TIMEFORMAT='%R s wall, %U s user, %S s system'
echo "batch: quire render DIR -o OUTDIR --lang en --lang cy (200 PDFs)"
time "$quire" render "$work/in" -o "$work/batch" --lang en --lang cy 2>/dev/null
echo "one at a time: 200 x quire render INPUT -o FILE"
time (for d in "$work"/in/*/; do
  n=$(basename "$d")
  "$quire" render "$d/inspection.yaml" -o "$work/single/$n.en.pdf" --lang en 2>/dev/null
  "$quire" render "$d/inspection.yaml" -o "$work/single/$n.cy.pdf" --lang cy 2>/dev/null
done)
ls "$work/batch" | wc -l | sed 's/^/batch files: /'
ls "$work/single" | wc -l | sed 's/^/single files: /'
