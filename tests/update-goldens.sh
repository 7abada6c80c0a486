#!/usr/bin/env bash
# Re-renders the golden files from the current build. Review every change with `git diff` before
# committing: a golden that changed without a reason is a bug, not an update.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build -j"$(nproc)" --target quire >/dev/null
./build/quire render examples/domain-western-bay-2019/inspection.yaml -o tests/pipeline/golden/domain-western-bay-2019.md
git --no-pager diff --stat -- tests/pipeline/golden || true
