#!/usr/bin/env bash
# Start-up: a one-sentence report end to end in a fresh process, each run a process of its own.
# 1. The sample console, process start to exit (text output), as built (JIT), published ReadyToRun and
#    published native AOT (needs clang: apt-get install -y clang lld zlib1g-dev; skipped without it).
# 2. The library (Summit.Benchmarks --startup): as a program meets it (CreateDefault, one report; the data
#    loading in the background), then step by step: runtime start, each resource's loading, the engine's
#    wiring, the first report and the same report again, with the JIT's share of each.
# Usage: tests/Summit.Benchmarks/startup.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'date 2019-04-24\n\nThe ministry said on Tuesday that 12 people were killed when a bus crashed near Nairobi.\n' > "$work/one.txt"
dotnet build -c Release samples/Summit.Sample -v q -nologo > /dev/null
dotnet build -c Release tests/Summit.Benchmarks -v q -nologo > /dev/null
dotnet publish -c Release samples/Summit.Sample -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -v q -nologo > /dev/null
aot=false
if command -v clang > /dev/null; then
  dotnet publish -c Release samples/Summit.Sample -r linux-x64 -p:PublishAot=true -o "$work/aot" -v q -nologo > /dev/null && aot=true
fi
# Each run: wall-clock seconds and the process's CPU seconds (user + system), which a busy machine disturbs less.
time_runs() {
  local label=$1; shift
  local all=()
  for i in $(seq "$runs"); do
    all+=("$( { /usr/bin/time -f "%e/%U+%S" "$@" "$work/one.txt" --format text > /dev/null; } 2>&1 | tail -1)")
  done
  echo "$label (wall/user+sys, s): ${all[*]}"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
time_runs "sample console (JIT)" dotnet samples/Summit.Sample/bin/Release/net10.0/Summit.Sample.dll
time_runs "sample console (ReadyToRun)" "$work/r2r/Summit.Sample"
if $aot; then time_runs "sample console (native AOT)" "$work/aot/Summit.Sample"; else echo "sample console (native AOT): skipped, no clang"; fi
for mode in engine steps; do
  for i in $(seq 2); do
    echo "-- library ($mode), run $i"
    dotnet tests/Summit.Benchmarks/bin/Release/net10.0/Summit.Benchmarks.dll --startup "$mode"
  done
done
