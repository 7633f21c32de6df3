#!/usr/bin/env bash
# Runs every test. Starts (installing if needed) the servers the tests use: a real PostgreSQL and a real RabbitMQ
# on loopback.
# Tests never skip a missing server: they fail and say how to start it.
set -euo pipefail
cd "$(dirname "$0")/.."

services_out=$(bash deploy/services.sh postgres rabbitmq)
# Only the export lines are evaluated, whatever else a tool may have printed.
eval "$(printf '%s\n' "$services_out" | grep -E '^export OBSERVATORY_[A-Z]+=')"

# The dashboard is tested in a real headless Chromium (Debian's, driven through Debian's chromedriver).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "test.sh: installing chromium and chromium-driver" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
export OBSERVATORY_POSTGRES OBSERVATORY_RABBITMQ

dotnet build Observatory.sln -c Release --nologo -v quiet
# normal verbosity lists every test by name, so the log shows which ran against the real servers.
dotnet test Observatory.sln -c Release --no-build --nologo --logger "console;verbosity=normal" "$@"

# The benchmark program in its smoke mode (tiny sizes, a few seconds): keeps it building and running; its figures
# are not meaningful here (docs/benchmarks.md has the real ones).
smoke_log=$(mktemp)
if ! dotnet run -c Release --no-build --project benchmarks/Observatory.Benchmarks -- --smoke > "$smoke_log" 2>&1; then
  cat "$smoke_log"; echo "test.sh: the benchmark smoke run failed" >&2; exit 1
fi
echo "test.sh: benchmark smoke run passed"
