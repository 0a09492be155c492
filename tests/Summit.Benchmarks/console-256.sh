#!/usr/bin/env bash
# Times the sample console end to end (process start to exit) on the 256 TimeBank + AQUAINT texts
# as one folder. The texts are stripped to plain text into a temporary folder (removed on exit),
# never into the repository. As built (JIT), then published native AOT when clang is installed
# (apt-get install -y clang lld zlib1g-dev). Usage: tests/Summit.Benchmarks/console-256.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release tests/Summit.Benchmarks -v q -nologo > /dev/null
dotnet build -c Release samples/Summit.Sample -v q -nologo > /dev/null
dotnet tests/Summit.Benchmarks/bin/Release/net10.0/Summit.Benchmarks.dll --export-tbaq "$work/tbaq"
echo "$(ls "$work/tbaq" | wc -l) files, $(cat "$work"/tbaq/*.txt | wc -w) words"
words=$(cat "$work"/tbaq/*.txt | wc -w)
run() {
  local label=$1; shift
  for i in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$@" "$work/tbaq" --format json --out "$work/out.json"
    end=$(date +%s.%N)
    echo "$label, run $i: $(echo "$end - $start" | bc) s, $(echo "$words / ($end - $start)" | bc) words/s (json $(wc -c < "$work/out.json") bytes)"
  done
}
run "as built (JIT)" dotnet samples/Summit.Sample/bin/Release/net10.0/Summit.Sample.dll
if command -v clang > /dev/null; then
  dotnet publish -c Release samples/Summit.Sample -r linux-x64 -p:PublishAot=true -o "$work/aot" -v q -nologo > /dev/null
  run "native AOT" "$work/aot/Summit.Sample"
else
  echo "native AOT: skipped, no clang"
fi
