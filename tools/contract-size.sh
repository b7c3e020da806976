#!/usr/bin/env bash
# The size of what SharesGen emits for the contract-test kit ({Client}Contract and {Client}Examples) for every spec the
# end-to-end tests compile (spec/shares.yaml, Cloudflare's official Resource Sharing fragment, its extended copy, and
# Cloudflare Lists): bytes, lines and the longest line, read from the generated files the build writes to disk
# (EmitCompilerGeneratedFiles is on in tests/SharesGen.EndToEnd.Tests). A production project compiles none of it.
#
#   tools/contract-size.sh            # builds the test project first
#   tools/contract-size.sh --no-build # measures the files of the last build
set -euo pipefail
cd "$(dirname "$0")/.."

project=tests/SharesGen.EndToEnd.Tests
if [ "${1:-}" != "--no-build" ]; then
  dotnet build "$project" -v quiet -nologo > /dev/null
fi

generated="$project/obj/Debug/net10.0/generated/SharesGen.Generator/SharesGen.Generator.SharesGenGenerator"
printf '| file | bytes | lines | longest line (characters) |\n|---|---:|---:|---:|\n'
for file in "$generated"/*Contract.g.cs "$generated"/*Examples.g.cs; do
  LC_ALL=C.UTF-8 awk -v name="$(basename "$file")" -v bytes="$(wc -c < "$file")" '
    { if (length($0) > longest) longest = length($0) }
    END { printf "| `%s` | %d | %d | %d |\n", name, bytes, NR, longest }' "$file"
done
