#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 1800),
# growing tests/fuzz/corpus/TARGET. Crashes are written to build-fuzz/crashes/TARGET/: fix them,
# then copy each crashing input into the corpus, where the test suite replays it. FUZZ_TIMEOUT (seconds,
# default 300) is generous: on a loaded 2-core machine at nice 19, a legitimate large input
# under ASan and coverage instrumentation can take a minute.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-1800}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(load template markdown pdf)

command -v clang++ >/dev/null || apt-get install -y -qq clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/crashes/$t" "build-fuzz/work/$t"
  echo "== fuzz_$t for ${seconds}s"
  ./build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-300}" -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="build-fuzz/crashes/$t/" \
    "build-fuzz/work/$t" "tests/fuzz/corpus/$t" 2>&1 | tail -n 5
done
