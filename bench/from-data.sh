#!/usr/bin/env bash
# For peers.sh's engine row: renders, from its data, the inspection whose Markdown IN is
# (bench/peers.sh names each Markdown after its data), to the PDF OUT.
#   bench/from-data.sh IN.md OUT.pdf
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-/tmp/quire-bench}"
name=$(basename "$1" .md)
case "$name" in
  synthetic-*) exec "$ROOT/build/quire" render --root "$WORK/$name" "$WORK/$name/inspection.yaml" -o "$2" 2>/dev/null ;;
  *) exec "$ROOT/build/quire" render "$ROOT/examples/$name/inspection.yaml" -o "$2" 2>/dev/null ;;
esac
