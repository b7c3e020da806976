#!/usr/bin/env bash
# Consumer build benchmark (issue 6, group 5): the time of `dotnet build` of a tiny consumer that runs the SharesGen
# generator over spec/shares.yaml, against the same consumer with the generated files checked in as plain sources.
# Both projects live in a fresh folder under /tmp (never in the repository) and reference copies of the built
# generator and runtime, so a rebuild of the repository during the runs cannot change what is measured.
#
#   bash benchmarks/consumer-build.sh [--runs N] [--configuration Release|Debug] [--modes "cold warm"] [--keep]
#   bash benchmarks/consumer-build.sh --smoke --configuration Debug   # CI: one cold run of each variant, no warm-up
#
# Each run is `dotnet build --no-restore --no-incremental` (restore is done once, before timing), the two variants
# alternating (A B, B A, ...) so drift on a shared machine hits both. Reported: every wall time, the median, the
# median time of the Csc task alone (MSBuild's performance summary), and, from 3 more builds of the generator
# variant (1 with --smoke) with ReportAnalyzer=true (untimed: the report costs time itself), the median time the
# compiler spent in SharesGenGenerator: on a noisy machine that is the steadier measure of what the generator adds.
# Modes:
#   cold  UseSharedCompilation=false, as this repository and this machine build: every build starts a new compiler
#         process, which loads and JITs the generator and its OpenAPI readers again.
#   warm  UseSharedCompilation=true, as a developer's machine builds by default: one compiler server stays up, the
#         generator stays loaded. The server has a pipe of its own (SharedCompilationId), so no other build on the
#         machine shares it, and it is stopped by its process id at the end.
# Budget: the generator variant at most 5% above the checked-in one, judged both on the median wall times and as
# (checked-in median + the generator's own time) / checked-in median. Timings are reported, never asserted.
set -euo pipefail

runs=5
configuration=Release
modes="cold warm"
keep=0
warmups=2
report_builds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --configuration) configuration="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --smoke) runs=1; modes=cold; warmups=0; report_builds=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
# The environment may set UseSharedCompilation (MSBuild reads it as a property); each mode sets it explicitly.
unset UseSharedCompilation || true

version_of() { sed -nE "s/.*PackageVersion Include=\"$1\" Version=\"([^\"]+)\".*/\1/p" "$repo/Directory.Packages.props"; }
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
generator_dll="$repo/generator/SharesGen.Generator/bin/$configuration/netstandard2.0/SharesGen.Generator.dll"
runtime_dll="$repo/runtime/SharesGen.Runtime/bin/$configuration/net8.0/SharesGen.Runtime.dll"
for file in "$generator_dll" "$runtime_dll"; do
  [ -f "$file" ] || { echo "missing $file: build the runtime first (dotnet build runtime/SharesGen.Runtime -c $configuration)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/sharesgen-consumer-build.XXXXXX)
pipe="sharesgen-consumer-build-$$-$RANDOM"
cleanup() {
  # Only the compiler server of this script's own pipe.
  for pid in $(pgrep -f -- "-pipename:$pipe" || true); do kill "$pid" 2>/dev/null || true; done
  rm -f "${TMPDIR:-/tmp}/$pipe"  # the server's socket
  if [ "$keep" -eq 0 ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

# The analyzer folder a SharesGen package would carry, and the runtime, copied once.
mkdir -p "$work/lib/analyzer" "$work/spec"
cp "$generator_dll" "$work/lib/analyzer/"
cp "$packages/microsoft.openapi/$(version_of Microsoft.OpenApi)/lib/netstandard2.0/Microsoft.OpenApi.dll" "$work/lib/analyzer/"
cp "$packages/microsoft.openapi.readers/$(version_of Microsoft.OpenApi.Readers)/lib/netstandard2.0/Microsoft.OpenApi.Readers.dll" "$work/lib/analyzer/"
cp "$packages/sharpyaml/$(version_of SharpYaml)/lib/netstandard2.0/SharpYaml.dll" "$work/lib/analyzer/"
cp "$runtime_dll" "$work/lib/"
cp "$repo/spec/shares.yaml" "$work/spec/"

write_project() { # $1 folder, $2 "generator" or "checked-in"
  mkdir -p "$1"
  {
    cat <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="../lib/SharesGen.Runtime.dll" />
    <PackageReference Include="Polly.Core" Version="$(version_of Polly.Core)" />
    <PackageReference Include="Microsoft.Extensions.Http" Version="$(version_of Microsoft.Extensions.Http)" />
    <PackageReference Include="Microsoft.Extensions.Configuration.Abstractions" Version="$(version_of Microsoft.Extensions.Configuration.Abstractions)" />
  </ItemGroup>
XML
    if [ "$2" = generator ]; then
      cat <<'XML'
  <!-- What the SharesGen package adds: the analyzer folder and build/SharesGen.props. -->
  <ItemGroup>
    <Analyzer Include="../lib/analyzer/*.dll" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="SharesGen" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="SharesGenNamespace" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="SharesGenClientName" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="SharesGenOperationNames" />
    <CompilerVisibleProperty Include="RootNamespace" />
    <AdditionalFiles Include="../spec/shares.yaml" SharesGen="true" SharesGenNamespace="Consumer.Cloudflare" SharesGenClientName="SharesClient" />
  </ItemGroup>
XML
    fi
    echo '</Project>'
  } > "$1/Consumer.csproj"
  cat > "$1/Program.cs" <<'CS'
using System;
using System.Net.Http;
using Consumer.Cloudflare;
using SharesGen.Runtime;

internal static class Program
{
    private static void Main()
    {
        using var http = new HttpClient();
        var client = new SharesClient(http, new ApiClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/client/v4"), Credentials = ApiCredentials.ApiToken("consumer") });
        Console.WriteLine(client.Shares.GetType().Name + " " + SharesClientJson.Options.GetType().Name);
    }
}
CS
}

write_project "$work/generator" generator
write_project "$work/checked-in" checked-in

echo "consumer build benchmark in $work ($configuration generator and runtime, $runs runs per variant and mode)"
dotnet restore "$work/generator/Consumer.csproj" -nologo -v:q >/dev/null
dotnet restore "$work/checked-in/Consumer.csproj" -nologo -v:q >/dev/null

# Harvest the generated files from one build of the generator variant, then check them in to the other.
dotnet build "$work/generator/Consumer.csproj" --no-restore -nologo -v:q -p:UseSharedCompilation=false \
  -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/harvest" >/dev/null
mkdir -p "$work/checked-in/Generated"
find "$work/harvest" -path '*SharesGen.Generator*' -name '*.g.cs' -exec cp {} "$work/checked-in/Generated/" \;
count=$(ls "$work/checked-in/Generated" | wc -l)
[ "$count" -gt 0 ] || { echo "no generated file was harvested" >&2; exit 1; }
echo "checked in $count generated files ($(cat "$work"/checked-in/Generated/*.g.cs | wc -c) bytes)"

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

time_build() { # $1 variant, $2 shared (true/false); prints "wall_ms csc_ms"
  local log="$work/build-$1.log" start end
  start=$(date +%s%N)
  dotnet build "$work/$1/Consumer.csproj" --no-restore --no-incremental -nologo -v:q -clp:PerformanceSummary \
    -p:UseSharedCompilation="$2" -p:SharedCompilationId="$pipe" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
  end=$(date +%s%N)
  local csc
  csc=$(awk '/Task Performance Summary/ { t = 1 } t && $3 == "Csc" { print int($1); exit }' "$log")
  echo "$(( (end - start) / 1000000 )) ${csc:-0}"
}

generator_seconds() { # $1 shared (true/false); prints the compiler's own timing of SharesGenGenerator, in ms
  local log="$work/report-analyzer.log"
  dotnet build "$work/generator/Consumer.csproj" --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true \
    -p:UseSharedCompilation="$1" -p:SharedCompilationId="$pipe" > "$log" 2>&1 || { tail -50 "$log" >&2; exit 1; }
  awk '/Total generator execution time/ { t = 1 } t && $NF == "SharesGen.Generator.SharesGenGenerator" { printf "%d\n", $1 * 1000; exit }' "$log"
}

declare -A results
for mode in $modes; do
  case "$mode" in
    cold) shared=false ;;
    warm) shared=true ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac

  # Two untimed builds of each variant: the file system cache and, warm, a compiler server that has loaded and
  # compiled the generator (a first build JITs it; later ones run it).
  for ((warmup = 1; warmup <= warmups; warmup++)); do
    time_build generator "$shared" >/dev/null
    time_build checked-in "$shared" >/dev/null
  done
  for variant in generator checked-in; do results["$mode/$variant/wall"]=""; results["$mode/$variant/csc"]=""; done
  for ((i = 1; i <= runs; i++)); do
    if (( i % 2 )); then order="generator checked-in"; else order="checked-in generator"; fi
    for variant in $order; do
      read -r wall csc < <(time_build "$variant" "$shared")
      results["$mode/$variant/wall"]+="$wall "
      results["$mode/$variant/csc"]+="$csc "
    done
  done
  results["$mode/generator/self"]=""
  for ((i = 1; i <= report_builds; i++)); do
    results["$mode/generator/self"]+="$(generator_seconds "$shared") "
  done
done

echo
echo "| mode | variant | wall times (ms) | median wall (ms) | median Csc task (ms) | SharesGenGenerator in the compiler (ms) |"
echo "|---|---|---|---:|---:|---|"
for mode in $modes; do
  for variant in generator checked-in; do
    wall_median=$(tr ' ' '\n' <<< "${results[$mode/$variant/wall]}" | grep . | median)
    csc_median=$(tr ' ' '\n' <<< "${results[$mode/$variant/csc]}" | grep . | median)
    results["$mode/$variant/wall_median"]=$wall_median
    results["$mode/$variant/csc_median"]=$csc_median
    self="-"
    if [ "$variant" = generator ]; then
      self="${results[$mode/generator/self]% } (median $(tr ' ' '\n' <<< "${results[$mode/generator/self]}" | grep . | median))"
      results["$mode/generator/self_median"]=$(tr ' ' '\n' <<< "${results[$mode/generator/self]}" | grep . | median)
    fi
    echo "| $mode | $variant | ${results[$mode/$variant/wall]% } | $wall_median | $csc_median | $self |"
  done
done
echo
for mode in $modes; do
  g=${results[$mode/generator/wall_median]}; c=${results[$mode/checked-in/wall_median]}
  gc=${results[$mode/generator/csc_median]}; cc=${results[$mode/checked-in/csc_median]}
  self=${results[$mode/generator/self_median]:-0}
  awk -v m="$mode" -v g="$g" -v c="$c" -v gc="$gc" -v cc="$cc" -v s="$self" 'BEGIN {
    printf "%s: generator / checked-in = %.3f on median wall times (budget <= 1.05: %s); Csc task %.3f (%+d ms); (checked-in + SharesGenGenerator %d ms) / checked-in = %.3f (%s)\n", m, g / c, (g / c <= 1.05 ? "met" : "missed"), gc / cc, gc - cc, s, (c + s) / c, ((c + s) / c <= 1.05 ? "met" : "missed") }'
done
