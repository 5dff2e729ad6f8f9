#!/usr/bin/env bash
# Start-up with lots of data: fills a data dir with 200 user scenarios and 500 saved attempts
# (hidden `sample-data` command), then runs `./firedrill --smoke` under xvfb-run against an empty
# and the filled dir, interleaved, and prints one line per run (firstFrameMs, rssMB).
# Usage: jlink/tools/measure-startup.sh [RUNS]   (build the jars first: mvn -o -q -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
runs="${1:-3}"
work="$(mktemp -d -t firedrill-startup-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"
"$root/firedrill" sample-data --scenarios 200 --attempts 500 "$work/full" >&2
for i in $(seq 1 "$runs"); do
  for kind in empty full; do
    line="$(JAVA_TOOL_OPTIONS="-Dfiredrill.dataDir=$work/$kind" xvfb-run -a -s "-screen 0 1600x1000x24" \
      "$root/firedrill" --smoke 2>/dev/null | grep firstFrameMs || echo "failed")"
    echo "run=$i data=$kind $line"
  done
done
