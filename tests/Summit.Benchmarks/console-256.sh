#!/usr/bin/env bash
# Times the sample console end to end (process start to exit) on the 256 TimeBank + AQUAINT texts
# as one folder. The texts are stripped to plain text into a temporary folder (removed on exit),
# never into the repository. Usage: tests/Summit.Benchmarks/console-256.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release tests/Summit.Benchmarks -v q -nologo > /dev/null
dotnet build -c Release samples/Summit.Sample -v q -nologo > /dev/null
dotnet tests/Summit.Benchmarks/bin/Release/net10.0/Summit.Benchmarks.dll --export-tbaq "$work/tbaq"
echo "$(ls "$work/tbaq" | wc -l) files, $(cat "$work"/tbaq/*.txt | wc -w) words"
sample=samples/Summit.Sample/bin/Release/net10.0/Summit.Sample.dll
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  dotnet "$sample" "$work/tbaq" --format json --out "$work/out.json"
  end=$(date +%s.%N)
  echo "run $i: $(echo "$end - $start" | bc) s (json $(wc -c < "$work/out.json") bytes)"
done
