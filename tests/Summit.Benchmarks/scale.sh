#!/usr/bin/env bash
# How the cost of one story grows with its reports: each size in a process of its own (its peak memory is
# its own), on one core. Data: the MEANTIME Apple articles from ../shared/eval (or SUMMIT_EVAL).
# Usage: tests/Summit.Benchmarks/scale.sh [SIZES...]   (default 1000 4000 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release tests/Summit.Benchmarks -v q -nologo > /dev/null
for n in "${@:-1000 4000 10000}"; do
  for size in $n; do dotnet tests/Summit.Benchmarks/bin/Release/net10.0/Summit.Benchmarks.dll --scale "$size"; done
done
