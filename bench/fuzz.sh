#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser that takes outside input (issue 11, item 2): AFL++ from Debian's packages
# drives bench/Parley.Fuzz, whose assemblies SharpFuzz instruments. Starts from the committed corpus
# (bench/Parley.Fuzz/corpus/TARGET), runs each target for about N executions, and prints executions, speed and crashes
# per target. Crashing inputs are copied to artifacts/fuzz/crashes/TARGET/: fix the parser, then move the input to
# bench/Parley.Fuzz/regressions/TARGET/, where FuzzRegressionTests keeps it.
#
# usage: bench/fuzz.sh [N executions per target, default 1000000] [TARGET...]   (targets: parley-fuzz --list)
set -euo pipefail
cd "$(dirname "$0")/.."
execs=${1:-1000000}
shift || true

if ! command -v afl-fuzz >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null; then
  dotnet tool install -g SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

out=artifacts/fuzz
bin=$out/bin
rm -rf "$bin"
dotnet build bench/Parley.Fuzz -c Release -v q -o "$bin" | grep -E " error |rror\(s\)" || true
# Instrument the code that parses (ours and the libraries under it); the runtime and the rest stay as they are.
for assembly in Parley.Core Parley.Ledger Parley.Import Parley.Store Parley.Server Markdig CsvHelper ExcelDataReader; do
  sharpfuzz "$bin/$assembly.dll" >/dev/null
done

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(dotnet "$bin/parley-fuzz.dll" --list | awk '{print $1}')
fi

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_FORKSRV_INIT_TMOUT=60000
stat() { awk -F' *: *' -v k="$1" '$1 == k {print $2}' "$2"; }
printf '%-18s %12s %10s %8s %8s %9s\n' target executions "execs/s" crashes hangs seconds
total_crashes=0
for target in "${targets[@]}"; do
  rm -rf "${out:?}/$target"
  start=$(date +%s)
  afl-fuzz -i "bench/Parley.Fuzz/corpus/$target" -o "$out/$target" -E "$execs" -t 5000 -m none \
    -- dotnet "$bin/parley-fuzz.dll" "$target" >"$out/$target.log" 2>&1 || true
  seconds=$(( $(date +%s) - start ))
  stats="$out/$target/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    printf '%-18s did not start: see %s\n' "$target" "$out/$target.log"
    total_crashes=$((total_crashes + 1))
    continue
  fi
  done_=$(stat execs_done "$stats")
  crashes=$(stat saved_crashes "$stats")
  hangs=$(stat saved_hangs "$stats")
  printf '%-18s %12s %10s %8s %8s %9s\n' "$target" "$done_" "$(( done_ / (seconds > 0 ? seconds : 1) ))" "$crashes" "$hangs" "$seconds"
  if [ "${crashes:-0}" -gt 0 ]; then
    mkdir -p "$out/crashes/$target"
    cp "$out/$target/default/crashes/"id* "$out/crashes/$target/"
    total_crashes=$((total_crashes + crashes))
  fi
done
echo "crashes in all: $total_crashes"
[ "$total_crashes" -eq 0 ]
