#!/usr/bin/env bash
# quire beside Typst, Pandoc + XeLaTeX and WeasyPrint on the same content, in one run: the peers
# are given quire's own Markdown of Western Bay and of the synthetic 10x inspection (shared/bench
# /peers.sh installs them outside the repository when missing); quire's row renders the same
# report from its data (YAML and cases) to PDF: the whole pipeline, whole process, quire itself
# started as the peers are (no wrapper script).
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
mkdir -p "$OUT_DIR"
# One run of peers.sh per input, so that quire's row is quire itself, started the way the peers
# are (peers.sh runs an engine command through bash -c, which execs a lone command): its command
# names the data of that input, not the Markdown the peers get.
run_peers() {  # MARKDOWN QUIRE-ARGUMENTS...
  local markdown=$1; shift
  ENGINE_NAME=quire ENGINE_CMD="$ROOT/build/quire render $* -o {out}" OUT_DIR="$OUT_DIR" \
    RUNS="${RUNS:-5}" bash "$PEERS" "$markdown"
  tail -n +2 "$OUT_DIR/results.tsv" >>"$OUT_DIR/all.tsv"
}
: >"$OUT_DIR/all.tsv"
run_peers "$WORK/peers/domain-western-bay-2019.md" "$ROOT/examples/domain-western-bay-2019/inspection.yaml"
run_peers "$WORK/peers/synthetic-10x.md" --root "$WORK/synthetic-10x" "$WORK/synthetic-10x/inspection.yaml"

# Kept beside run.sh's results, named by the time of the run so a second run does not replace the first.
mkdir -p bench/results
kept="bench/results/$(date -u +%Y-%m-%dT%H%M%S)-$(hostname)-peers.tsv"
{
  echo "# bench/peers.sh, $(date -u +%Y-%m-%dT%H:%MZ), $(hostname), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  printf 'tool\tinput\tmedian_wall_s\tpeak_MiB\tpages\tbytes\twelsh\truns\n'
  cat "$OUT_DIR/all.tsv"
} >"$kept"
echo "kept: $kept"
