#!/usr/bin/env bash
# A real translation tool reads and writes quire's XLIFF: translate-toolkit's podebug (Debian's
# translate-toolkit) fills every target from its source through its own XLIFF reader and writer,
# keeping the inline codes, and what it writes must import cleanly and give a final Welsh report.
set -euo pipefail
quire=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples/fji-rochdale-2013" "$work/fji"
yaml=$work/fji/inspection.yaml

"$quire" translations export "$yaml" --to cy -o "$work/out.xlf"
podebug --rewrite=xxx -i "$work/out.xlf" -o "$work/tool.xlf" >/dev/null
"$quire" translations import "$work/tool.xlf" "$yaml"
"$quire" render "$yaml" --lang cy -o "$work/cy.md"
grep -q "xxxThis inspection of youth offending work in Rochdale" "$work/cy.md" ||
  { echo "FAIL: the tool's Welsh is not in the final Welsh report" >&2; exit 1; }
grep -q "cy_of: " "$yaml" || { echo "FAIL: no fingerprint recorded" >&2; exit 1; }
echo "cat_tool: podebug read and wrote the XLIFF; quire imported it and rendered the final Welsh"
