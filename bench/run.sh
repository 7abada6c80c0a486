#!/usr/bin/env bash
# quire's benchmarks: whole-process wall time, per-stage time and peak memory, each the median of
# RUNS runs after WARMUP untimed runs, on a release build. Results go to bench/results/ with the
# date and the machine. See bench/README.md.
#
#   bench/run.sh                 every example (Markdown and PDF), synthetic 10x and 100x, the batch
#   RUNS=9 bench/run.sh          more runs
#   CASES="examples" bench/run.sh   only some groups: examples synthetic batch
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
CASES="${CASES:-examples synthetic batch}"
WORK="${WORK:-/tmp/quire-bench}"
QUIRE="$ROOT/build/quire"

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target quire >/dev/null
mkdir -p "$WORK" bench/results
host=$(hostname)
stamp=$(date -u +%Y-%m-%dT%H%M)  # to the minute: a second run the same day keeps the first
results="bench/results/$stamp-$host.tsv"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "# quire benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $host: $cpu, $(nproc) cores, $(uname -sr)"
  echo "# commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), RUNS=$RUNS WARMUP=$WARMUP; times in ms, memory in MiB"
  printf 'case\twall_ms\tpeak_mib\tprepare_ms\tmarkdown_ms\tlayout_ms\twrite_ms\toutput_ms\n'
} >"$results"

median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }

# measure NAME -- COMMAND...: RUNS timed runs of COMMAND with QUIRE_TIMINGS=1.
measure() {
  local name=$1; shift 2
  local dir="$WORK/runs/$name"; rm -rf "$dir"; mkdir -p "$dir"
  for ((i = 0; i < WARMUP; i++)); do QUIRE_TIMINGS=1 "$@" 2>/dev/null; done
  for ((i = 0; i < RUNS; i++)); do
    local t0 t1
    t0=$(date +%s%N)
    QUIRE_TIMINGS=1 /usr/bin/time -f 'peak_kib %M' "$@" 2>"$dir/err.$i"
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >>"$dir/wall_us"
  done
  local wall peak stages
  wall=$(median <"$dir/wall_us" | awk '{printf "%.1f", $1 / 1000}')
  peak=$(cat "$dir"/err.* | awk '/^peak_kib/ {print $2}' | median | awk '{printf "%.1f", $1 / 1024}')
  stages=""
  for stage in prepare markdown layout write output; do
    stages+=$'\t'$(cat "$dir"/err.* | grep -o "$stage [0-9.]* ms" | awk '{print $2}' | median)
  done
  printf '%s\t%s\t%s%s\n' "$name" "$wall" "$peak" "$stages" | tee -a "$results"
}

if [[ " $CASES " == *" examples "* ]]; then
  for input in examples/*/inspection.yaml; do
    name=$(basename "$(dirname "$input")")
    for format in md pdf; do measure "$name.$format" -- "$QUIRE" render "$input" -o "$WORK/$name.$format"; done
    if grep -q '^translations:' "$input"; then
      measure "$name.cy.pdf" -- "$QUIRE" render "$input" --lang cy -o "$WORK/$name.cy.pdf"
    fi
  done
fi

if [[ " $CASES " == *" synthetic "* ]]; then
  for n in 10 100; do
    python3 bench/make_synthetic.py "$n" "$WORK/synthetic-${n}x"
    for format in md pdf; do
      measure "synthetic-${n}x.$format" -- "$QUIRE" render --root "$WORK/synthetic-${n}x" \
        "$WORK/synthetic-${n}x/inspection.yaml" -o "$WORK/synthetic-${n}x/report.$format"
    done
  done
fi

if [[ " $CASES " == *" batch "* ]]; then
  # A programme rebuild: 100 inspections (Western Bay's data in 100 folders), each in English and
  # Welsh, as PDF, two renders at a time (both cores).
  batch="$WORK/batch"; rm -rf "$batch"; mkdir -p "$batch"
  for i in $(seq -w 1 100); do cp -r examples/domain-western-bay-2019 "$batch/area-$i"; done
  jobs="$WORK/batch.jobs"
  for dir in "$batch"/area-*; do
    echo "$dir/inspection.yaml en $dir/report.en.pdf"
    echo "$dir/inspection.yaml cy $dir/report.cy.pdf"
  done >"$jobs"
  run_batch() { xargs -P "$(nproc)" -L 1 sh -c '"$0" render "$1" --lang "$2" -o "$3" 2>/dev/null' "$QUIRE" <"$jobs"; }
  run_batch  # warm-up
  : >"$WORK/batch_us"
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N); run_batch; t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000)) >>"$WORK/batch_us"
  done
  wall=$(median <"$WORK/batch_us" | awk '{printf "%.1f", $1 / 1000}')
  peak=$(/usr/bin/time -f '%M' "$QUIRE" render "$batch/area-001/inspection.yaml" --lang cy -o "$WORK/one.pdf" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}')
  printf 'batch-100x2-pdf\t%s\t%s\t\t\t\t\t\n' "$wall" "$peak" | tee -a "$results"
  ls "$batch"/area-*/report.*.pdf | wc -l | xargs echo "batch PDFs written:"
fi
echo "results: $results"
