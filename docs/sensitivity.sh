#!/usr/bin/env bash
# Regenerates the 11 Dec sensitivity table in docs/model.md ("What the timeline pins down") from the
# current model: runs `firedrill sensitivity --markdown` and replaces the lines between the
# <!-- sensitivity:begin --> and <!-- sensitivity:end --> markers. Extra arguments go to the command
# (e.g. --seeds 8). Usage: docs/sensitivity.sh [ARGS...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
doc="$root/docs/model.md"
table="$(mktemp)"
trap 'rm -f "$table" "$doc.tmp"' EXIT
"$root/firedrill" sensitivity --scenario openai-2024-12-11 --markdown "$@" > "$table"
grep -q '^<!-- sensitivity:begin -->$' "$doc" && grep -q '^<!-- sensitivity:end -->$' "$doc" \
  || { echo "sensitivity.sh: markers missing in $doc" >&2; exit 1; }
awk -v table="$table" '
  /^<!-- sensitivity:begin -->$/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
  /^<!-- sensitivity:end -->$/ { skip = 0 }
  !skip { print }
' "$doc" > "$doc.tmp"
mv "$doc.tmp" "$doc"
echo "updated $doc"
