#!/usr/bin/env bash
# Runs every test suite of EgovExport and ends with one line: "N passed, N failed".
#
#   ./scripts/test.sh
#
# - Builds the solution once (Release). Warnings are errors there: the .NET analyzers at their
#   recommended level and the code style of .editorconfig (Directory.Build.props).
# - Checks the C# layout against .editorconfig (`dotnet format --verify-no-changes`); a difference
#   counts as one failed check.
# - PostgreSQL: uses EGOV_TEST_POSTGRES (an Npgsql connection string to a server where the user may
#   create databases) when it is set; otherwise installs PostgreSQL from Debian's packages if missing
#   and starts a throw-away cluster on 127.0.0.1 that is removed at the end.
# - Runs every test project, then the browser app's lint and Vitest tests (client/); the totals are read
#   from each project's TRX report and Vitest's JUnit report.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

log() { printf '\n== %s\n' "$*" >&2; }

pg_dir=""
pg_bin=""
pg_owner=""
stop_postgres() {
  if [[ -n "$pg_dir" && -d "$pg_dir" ]]; then
    as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT

as_owner() {
  if [[ -n "$pg_owner" ]]; then runuser -u "$pg_owner" -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

start_postgres() {
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ ! -x "$pg_bin/initdb" ]]; then
    log "Installing PostgreSQL from Debian's packages"
    if [[ $(id -u) -ne 0 ]]; then echo "PostgreSQL is missing and this user cannot apt-get install it; set EGOV_TEST_POSTGRES." >&2; return 1; fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || return 1
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi

  pg_dir="$(mktemp -d /tmp/egov-pg.XXXXXX)"
  if [[ $(id -u) -eq 0 ]]; then
    pg_owner=postgres
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    chown postgres "$pg_dir"
  fi
  chmod 700 "$pg_dir"
  local port
  port="$(free_port)" || { echo "no free port for PostgreSQL" >&2; return 1; }
  log "Starting a throw-away PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$port"
  as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; return 1; }
  export EGOV_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
}

if [[ -z "${EGOV_TEST_POSTGRES:-}" ]]; then
  start_postgres || echo "PostgreSQL could not be started: the PostgreSQL tests will fail." >&2
fi

log "Building EgovExport.sln (Release)"
dotnet tool restore >/dev/null
if ! dotnet build EgovExport.sln -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed (analyzer and code-style warnings are errors: see above)." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
# Checks that are not test projects (each counts as one failed check in the last line).
checks_failed=0

# The layout of the C# code (whitespace, line ends, final newlines, order of usings) as .editorconfig
# says. The analyzers and code-style rules are left to the build above, where they are already
# errors (--severity error: format does not report them a second time). Fix with the command below.
log "Checking the C# layout (dotnet format --verify-no-changes)"
if ! dotnet format EgovExport.sln --verify-no-changes --no-restore --severity error; then
  echo "dotnet format: the files above differ from .editorconfig; run 'dotnet format EgovExport.sln --severity error' to fix them." >&2
  checks_failed=$((checks_failed + 1))
  status=1
fi

log "Running the test projects"
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

# The browser app's unit and component tests (Vitest), when the app is there. The solution build has
# already installed its packages and built it (src/Api/EgovExport.Api.csproj, target BuildClient).
client_expected=0
if [[ -f client/package.json ]]; then
  client_expected=1
  log "Running the browser app's tests (client/)"
  rm -f client/test-results/vitest.xml
  (cd client && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run lint && npm test) || status=1
  if [[ -f client/test-results/vitest.xml ]]; then cp client/test-results/vitest.xml "$results/client-vitest.junit.xml"; fi
fi

# End-to-end tests of the browser app (Playwright): scripts/e2e.sh starts the built API on a fresh
# SQLite file and drives Debian's Chromium (installed with apt when missing).
if [[ -f client/playwright.config.ts && -f client/dist/index.html ]]; then
  client_expected=$((client_expected + 1))
  log "Running the browser app's end-to-end tests (Playwright, system Chromium, API on SQLite)"
  rm -f client/test-results/e2e.xml
  ./scripts/e2e.sh || status=1
  if [[ -f client/test-results/e2e.xml ]]; then cp client/test-results/e2e.xml "$results/client-e2e.junit.xml"; fi
fi

# Totals over every suite, from the TRX reports (dotnet's own summary is per project) and the JUnit
# report of the browser app's tests.
read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
for path in glob.glob(sys.argv[1] + "/*.junit.xml"):
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("skipped") is not None:
            continue
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        else:
            passed += 1
print(passed, failed)
PY
)
expected=$(( $(ls tests/*/*.csproj | wc -l) + client_expected ))
reports=$(( $(ls "$results"/*.trx 2>/dev/null | wc -l) + $(ls "$results"/*.junit.xml 2>/dev/null | wc -l) ))
if [[ "$reports" -lt "$expected" ]]; then
  echo "only $reports of $expected test projects reported results" >&2
  failed=$((failed + expected - reports))
  status=1
fi
failed=$((failed + checks_failed))
if [[ "$failed" -gt 0 ]]; then status=1; fi
echo "$passed passed, $failed failed"
exit "$status"
