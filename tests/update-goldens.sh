#!/usr/bin/env bash
# Re-renders every example's golden Markdown from the current build. Review every change with
# `git diff` before committing: a golden that changed without a reason is a bug, not an update.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${QUIRE_BUILD_DIR:-build}"  # another build folder, e.g. QUIRE_BUILD_DIR=build-debug
cmake --build "$build" -j"$(nproc)" --target quire >/dev/null
for input in examples/*/inspection.yaml; do
  name=$(basename "$(dirname "$input")")
  "./$build/quire" render "$input" -o "tests/pipeline/golden/$name.md"
done
git --no-pager diff --stat -- tests/pipeline/golden || true
