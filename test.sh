#!/usr/bin/env bash
# Runs every Parley test. Installs the Debian packages the tests need when they are missing,
# so that a fresh Debian machine with the .NET 10 SDK needs nothing else.
set -euo pipefail
cd "$(dirname "$0")"

need=()
# package:command pairs the integration tests start for real (filled in as features need them)
for pair in "chromium:chromium" "nginx-light:nginx"; do
  pkg=${pair%%:*}; cmd=${pair##*:}
  command -v "$cmd" >/dev/null 2>&1 || need+=("$pkg")
done
# The store tests start a private PostgreSQL (15 or later) cluster with Debian's initdb and pg_ctl.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=("postgresql")
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p artifacts
log=artifacts/test-output.txt
set +e
dotnet test parley.slnx -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed"
exit "$status"
