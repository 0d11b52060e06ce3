#!/usr/bin/env bash
# Issue #6 growth: the load harness at 1/16, 1/4 and full scale on one engine, then a table of median
# latencies (each list page and the council page may grow at most 1.5x) and a PNG chart.
#   scripts/bench-growth.sh [--engine sqlite|postgres] [--duration 4]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/lib/common.sh
engine=sqlite duration=4
while [ $# -gt 0 ]; do
    case "$1" in
        --engine) engine="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        *) echo "usage: $0 [--engine sqlite|postgres] [--duration seconds]" >&2; exit 2 ;;
    esac
done
apt_need chromium chromium
apt_need fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
out="$root/artifacts/bench"
mkdir -p "$out" docs/performance
for scale in 1/16 1/4 1; do
    scripts/bench.sh --engine "$engine" --scale "$scale" --duration "$duration" | tee "$out/$engine-${scale//\//-}.md" || true
done
svg="$out/growth-$engine.svg"
dotnet bench/Kenes.Bench/bin/Release/net10.0/Kenes.Bench.dll growth "$svg" \
    "1/16=$out/$engine-1-16.jsonl" "1/4=$out/$engine-1-4.jsonl" "full=$out/$engine-1.jsonl" | tee "$out/growth-$engine.md" || true
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,480 \
    --screenshot="$root/docs/performance/growth-$engine.png" "file://$svg" >/dev/null 2>&1
log "chart: docs/performance/growth-$engine.png"
