#!/usr/bin/env bash
# quire beside Typst, Pandoc + XeLaTeX and WeasyPrint on the same content, in one run: the peers
# are given quire's own Markdown of Western Bay and of the synthetic 10x inspection (shared/bench
# /peers.sh installs them outside the repository when missing); quire's row renders the same
# report from its data (YAML and cases) to PDF: the whole pipeline, whole process.
#   bench/peers.sh            RUNS=5 by default; TOOLS=... as peers.sh takes them
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PEERS="${PEERS_SCRIPT:-$ROOT/../shared/bench/peers.sh}"
WORK="${WORK:-/tmp/quire-bench}"
mkdir -p "$WORK/peers"

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target quire >/dev/null
python3 bench/make_synthetic.py 10 "$WORK/synthetic-10x"

# The Markdown the peers typeset is quire's own output, named after the data it came from.
./build/quire render examples/domain-western-bay-2019/inspection.yaml -o "$WORK/peers/domain-western-bay-2019.md"
./build/quire render --root "$WORK/synthetic-10x" "$WORK/synthetic-10x/inspection.yaml" -o "$WORK/peers/synthetic-10x.md"

OUT_DIR="${OUT_DIR:-/tmp/peers-bench}"
ENGINE_NAME=quire \
ENGINE_CMD="bash $ROOT/bench/from-data.sh {in} {out}" \
OUT_DIR="$OUT_DIR" \
  RUNS="${RUNS:-5}" bash "$PEERS" "$WORK/peers/domain-western-bay-2019.md" "$WORK/peers/synthetic-10x.md"

# Kept beside run.sh's results, named by the time of the run so a second run does not replace the first.
mkdir -p bench/results
kept="bench/results/$(date -u +%Y-%m-%dT%H%M)-$(hostname)-peers.tsv"
{
  echo "# bench/peers.sh, $(date -u +%Y-%m-%dT%H:%MZ), $(hostname), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  cat "$OUT_DIR/results.tsv"
} >"$kept"
echo "kept: $kept"
