#!/usr/bin/env bash
# Start-up: a one-sentence report end to end in a fresh process, each run a process of its own.
# 1. The sample console, process start to exit (text output), as built (JIT) and published ReadyToRun.
# 2. The library step by step (Summit.Benchmarks --startup): runtime start, each resource's loading, the
#    engine's wiring, the first report and the same report again, with the JIT's share of each.
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
time_runs() {
  local label=$1; shift
  local all=()
  for i in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" "$work/one.txt" --format text > /dev/null
    end=$(date +%s.%N)
    all+=("$(echo "$end - $start" | bc)")
  done
  echo "$label: ${all[*]} s"
}
time_runs "sample console (JIT)" dotnet samples/Summit.Sample/bin/Release/net10.0/Summit.Sample.dll
time_runs "sample console (ReadyToRun)" "$work/r2r/Summit.Sample"
for i in $(seq 2); do
  echo "-- library, run $i"
  dotnet tests/Summit.Benchmarks/bin/Release/net10.0/Summit.Benchmarks.dll --startup
done
