#!/usr/bin/env bash
# Load benchmark of the EgovExport API. See benchmarks/README.md for what each figure means.
#
# For each provider (sqlite, postgresql): generate COUNT synthetic projects, start the API (Release,
# 127.0.0.1, free port, seeding off), count the SQL statements per request with EF's command log, drive
# it with wrk (get one project, list with filter+sort, list with text search), measure list latency at
# a quarter of saturation with a fixed-rate client, and run the raw ADO.NET read of the same rows.
# Writes benchmarks/results/latest.md and prints it. Not part of the test suite.
#
# Environment (all optional):
#   PROVIDERS=sqlite,postgresql   which providers to run
#   COUNT=100000                  projects to generate
#   SEED=20261122                 generator seed
#   DURATION=12                   seconds per measured wrk run (and raw read)
#   WARMUP=20                     seconds of warm-up before each measured run (the JIT needs ~20 s to settle)
#   THREADS=2 CONNECTIONS=32      wrk threads and connections (raw read uses CONNECTIONS workers)
#   RATE_DURATION=15              seconds of the fixed-rate (quarter of saturation) runs
#   AGG_REPEAT=7                  timed requests per aggregate (dashboard figures, board totals, CSV export)
#   Q=customs                     the text of the search scenario
#   PG_CONNECTION="Host=...;..."  use this PostgreSQL database instead of a throw-away cluster (it is
#                                 migrated, seeded and topped up to COUNT projects, never emptied)
#   REUSE_DATA=1                  keep the SQLite file of an earlier run (top it up to COUNT)
#   WORK=benchmarks/.work         scratch folder (API build, SQLite file, logs)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH=$(dirname "$HERE")
ROOT=$(dirname "$BENCH")
PROVIDERS=${PROVIDERS:-sqlite,postgresql}
COUNT=${COUNT:-100000}
SEED=${SEED:-20261122}
DURATION=${DURATION:-12}
WARMUP=${WARMUP:-20}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
RATE_DURATION=${RATE_DURATION:-15}
AGG_REPEAT=${AGG_REPEAT:-7}
ROWS_AGG=()
Q=${Q:-customs}
PG_CONNECTION=${PG_CONNECTION:-}
REUSE_DATA=${REUSE_DATA:-0}
WORK=${WORK:-$BENCH/.work}
RESULTS_DIR=$BENCH/results
RESULTS=$RESULTS_DIR/latest.md
LIST_QUERY='stage=Consulting&sort=-estimatedValueUsd&pageSize=25'
PGBIN=/usr/lib/postgresql/15/bin
BENCH_SECRET=bench-secret-0123456789abcdef
AUTH_HEADER=""

mkdir -p "$WORK" "$RESULTS_DIR"
# Builds go to their own artifacts folder so they never touch src/*/bin or obj of a concurrent build.
ARTIFACTS="$WORK/artifacts"
TOOL="$ARTIFACTS/bin/EgovExport.Benchmarks/release/EgovExport.Benchmarks"
API_DIR="$WORK/api"
API_PID=""
PG_DIR=""
STARTED=$(date +%s)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

log() { printf '\n[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# ---------------------------------------------------------------- cleanup: API and PostgreSQL cluster
stop_api() {
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill "$API_PID" 2>/dev/null || true
    for _ in $(seq 40); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$API_PID" 2>/dev/null || true
  fi
  API_PID=""
}

stop_pg() {
  if [[ -n "$PG_DIR" && -d "$PG_DIR/data" ]]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [[ -n "$PG_DIR" ]]; then rm -rf "$PG_DIR"; fi
  PG_DIR=""
}

cleanup() {
  local rc=$?
  stop_api
  stop_pg
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- tools and builds
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

# MSBuild may find a file in use while another build runs: retry a few times.
build() {
  local attempt
  for attempt in 1 2 3 4; do
    if "$@" >"$WORK/build.log" 2>&1; then return 0; fi
    if grep -qiE "being used by another process|file is locked|MSB3027|MSB3021" "$WORK/build.log"; then
      echo "  (a file is in use; retrying in 20 s)"; sleep 20
    else
      cat "$WORK/build.log"; return 1
    fi
  done
  cat "$WORK/build.log"; return 1
}

log "building the benchmark tool and publishing the API (Release)"
build dotnet build "$BENCH/EgovExport.Benchmarks/EgovExport.Benchmarks.csproj" -c Release -nologo -v quiet --artifacts-path "$ARTIFACTS"
rm -rf "$API_DIR"
build dotnet publish "$ROOT/src/Api/EgovExport.Api.csproj" -c Release -nologo -v quiet --artifacts-path "$ARTIFACTS" -o "$API_DIR" -p:BuildClient=false
# The API runs from a copy of its apphost under its own name, so that another session's broad
# `pkill dotnet` / `pkill -f EgovExport.Api` (seen on shared machines) cannot stop it mid-run.
cp "$API_DIR/EgovExport.Api" "$API_DIR/egovexport-bench-api"

# ---------------------------------------------------------------- helpers
# wait_ready URL: bounded wait (30 s) for /health/ready
wait_ready() {
  local url=$1 i
  for i in $(seq 120); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready" || true)" == 200 ]]; then return 0; fi
    if [[ -n "$API_PID" ]] && ! kill -0 "$API_PID" 2>/dev/null; then echo "the API exited:"; tail -30 "$API_LOG"; return 1; fi
    sleep 0.25
  done
  echo "the API did not become ready in 30 s"; tail -30 "$API_LOG"; return 1
}

# start_api PROVIDER CONNECTION LOGFILE [extra env...]: Release build, 127.0.0.1 on a free port, no seeding or migrating
start_api() {
  local provider=$1 connection=$2
  API_LOG=$3
  shift 3
  API_PORT=$("$TOOL" freeport)
  API_URL="http://127.0.0.1:$API_PORT"
  (cd "$API_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1 \
      Database__Provider="$provider" ConnectionStrings__EgovExport="$connection" \
      Database__SeedOnStartup=false Database__MigrateOnStartup=false \
      Auth__KeysPath="$WORK/keys" Auth__Admin__Password="Bench-Admin-2026-x" \
      Auth__Clients__0__ClientId=bench Auth__Clients__0__ClientSecret="$BENCH_SECRET" Auth__Clients__0__Scopes="projects:read" Auth__AccessTokenMinutes=120 "$@" \
      ./egovexport-bench-api --urls "$API_URL" >"$API_LOG" 2>&1 </dev/null) &
  API_PID=$!
  wait_ready "$API_URL"
  # Every API request carries a real token, got as a partner system gets one (client credentials).
  BENCH_TOKEN=$(curl -s -X POST "$API_URL/connect/token" -d grant_type=client_credentials -d client_id=bench -d client_secret="$BENCH_SECRET" \
    | sed -n 's/.*"access_token": *"\([^"]*\)".*/\1/p')
  if [[ -z "$BENCH_TOKEN" ]]; then echo "could not get a token from $API_URL/connect/token"; tail -30 "$API_LOG"; return 1; fi
  export BENCH_TOKEN
  AUTH_HEADER="Authorization: Bearer $BENCH_TOKEN"
}

# to_ms VALUE: wrk's 850.00us / 12.34ms / 1.20s as milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "n/a" } }'
}

# cpu_ms PID...: user+system CPU time of the processes, in ms (clock ticks of 10 ms)
cpu_ms() {
  local total=0 pid
  for pid in "$@"; do
    if [[ -r /proc/$pid/stat ]]; then total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) )); fi
  done
  echo $(( total * 1000 / $(getconf CLK_TCK) ))
}

# pg_pids: the throw-away cluster's postmaster and its children (backends), when we run one
pg_pids() {
  if [[ -n "$PG_DIR" && -r "$PG_DIR/data/postmaster.pid" ]]; then
    local pm
    pm=$(head -1 "$PG_DIR/data/postmaster.pid")
    echo "$pm" $(ps -o pid= --ppid "$pm")
  fi
}

# run_wrk NAME PATH_OR_SCRIPT: warm-up, then a measured run; sets W_RPS W_P50 W_P99 W_ERR and the CPU
# milliseconds per request spent by the API process (W_API_CPU) and by PostgreSQL (W_DB_CPU)
run_wrk() {
  local name=$1 target=$2 out="$WORK/wrk-$PROVIDER-$1.txt" args=()
  if [[ "$target" == *.lua ]]; then args=(-s "$target" "$API_URL"); else args=("$API_URL$target"); fi
  IDS_FILE="$IDS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -H "$AUTH_HEADER" "${args[@]}" >/dev/null
  local api0 db0 api1 db1
  api0=$(cpu_ms "$API_PID"); db0=$(cpu_ms $(pg_pids))
  IDS_FILE="$IDS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -H "$AUTH_HEADER" "${args[@]}" >"$out"
  api1=$(cpu_ms "$API_PID"); db1=$(cpu_ms $(pg_pids))
  local n
  n=$(awk '/requests in/ { print $1 }' "$out")
  W_API_CPU=$(awk -v c=$(( api1 - api0 )) -v n="${n:-0}" 'BEGIN { if (n > 0) printf "%.2f", c / n; else print "n/a" }')
  W_DB_CPU=$(awk -v c=$(( db1 - db0 )) -v n="${n:-0}" -v pg="$(pg_pids)" 'BEGIN { if (n > 0 && pg != "") printf "%.2f", c / n; else print "–" }')
  W_RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  W_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  W_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  local non2xx sock
  non2xx=$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$out")
  sock=$(awk '/Socket errors/ { s = 0; for (i = 4; i <= NF; i += 2) { gsub(/,/, "", $i); s += $i } print s }' "$out")
  W_ERR=$(( ${non2xx:-0} + ${sock:-0} ))
  printf '  %-8s %8s req/s   p50 %7s ms   p99 %7s ms   errors %s   CPU per request: API %s ms, PostgreSQL %s ms\n' \
    "$name" "$W_RPS" "$W_P50" "$W_P99" "$W_ERR" "$W_API_CPU" "$W_DB_CPU"
}

# result KEY LINE: the value of KEY in the tool's "RESULT k=v ..." line
result() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { if (v == "n/a" || v == "") print "n/a"; else if ((op == ">=" && v >= t) || (op == "<=" && v <= t)) print "met"; else print "**MISSED**" }'; }

# ---------------------------------------------------------------- PostgreSQL: a throw-away cluster on 127.0.0.1
start_pg() {
  if [[ ! -x "$PGBIN/initdb" ]]; then
    log "installing PostgreSQL (Debian)"
    apt-get install -y postgresql >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y postgresql >/dev/null; }
  fi
  PG_DIR=$(mktemp -d /tmp/egovexport-bench-pg.XXXXXX)
  chown postgres: "$PG_DIR"
  PG_PORT=$("$TOOL" freeport)
  runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/pg-initdb.log" 2>&1
  # listen on 127.0.0.1 only, socket in the temp folder; shared_buffers large enough to hold the 100k rows
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c shared_buffers=512MB -c max_connections=200" start >/dev/null
  runuser -u postgres -- "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres egovexport
  echo "  PostgreSQL $("$PGBIN/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# ---------------------------------------------------------------- one provider
ROWS_SCENARIOS=()
ROWS_RAW=()
ROWS_RATE=()
ROWS_STATEMENTS=()

bench_provider() {
  PROVIDER=$1
  local provider_name connection gen_args=()
  case "$PROVIDER" in
    sqlite)
      provider_name=Sqlite
      local file="$WORK/sqlite-$COUNT.db"
      if [[ "$REUSE_DATA" != 1 ]]; then rm -f "$file" "$file-shm" "$file-wal"; fi
      connection="Data Source=$file"
      gen_args=(--ensure)
      ;;
    postgresql)
      provider_name=PostgreSql
      if [[ -n "$PG_CONNECTION" ]]; then
        connection=$PG_CONNECTION
      else
        start_pg
        connection="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=egovexport"
      fi
      gen_args=(--ensure)
      ;;
    *) echo "unknown provider $PROVIDER (sqlite, postgresql)"; exit 2 ;;
  esac

  log "[$PROVIDER] generating $COUNT projects"
  local gen_started=$(date +%s)
  "$TOOL" generate --provider "$provider_name" --connection "$connection" --count "$COUNT" --seed "$SEED" "${gen_args[@]}" | tee "$WORK/generate-$PROVIDER.log"
  local gen_seconds=$(( $(date +%s) - gen_started ))
  local total_projects
  total_projects=$(awk '/projects already there/ { for (i = 1; i <= NF; i++) if ($(i + 1) == "projects") { gsub(/,/, "", $i); print $i } }' "$WORK/generate-$PROVIDER.log" | tail -1)
  local inserted
  inserted=$(awk '/inserted/ { gsub(/,/, "", $2); print $2 }' "$WORK/generate-$PROVIDER.log" | tail -1)
  total_projects=$(( ${total_projects:-0} + ${inserted:-0} ))

  # -- statements per request: EF's command log, one request of each kind
  log "[$PROVIDER] counting SQL statements per request (EF command log)"
  start_api "$provider_name" "$connection" "$WORK/api-$PROVIDER-probe.log" 'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information'
  IDS="$WORK/ids-$PROVIDER.txt"
  : >"$IDS"
  local sort page
  for sort in code -code title -estimatedValueUsd stageEnteredAt; do
    for page in 1 7; do
      curl -sf -H "$AUTH_HEADER" "$API_URL/api/v1/projects?sort=$sort&page=$page&pageSize=200" | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 >>"$IDS" || true
    done
  done
  sort -u "$IDS" -o "$IDS"
  echo "  $(wc -l <"$IDS") project ids for the get-one scenario"
  [[ -s "$IDS" ]] || { echo "no ids"; exit 1; }
  sleep 1
  local kind path before after code
  for kind in get-one list search; do
    case $kind in
      get-one) path="/api/v1/projects/$(sed -n '17p' "$IDS")" ;;
      list) path="/api/v1/projects?$LIST_QUERY" ;;
      search) path="/api/v1/projects?q=$Q" ;;
    esac
    before=$(grep -c "Executed DbCommand" "$API_LOG" || true)
    code=$(curl -s -H "$AUTH_HEADER" -o /dev/null -w '%{http_code}' "$API_URL$path")
    sleep 1 # the console logger writes on its own thread
    after=$(grep -c "Executed DbCommand" "$API_LOG" || true)
    eval "STMT_${kind//-/_}=$(( after - before ))"
    printf '  %-8s HTTP %s  %d statement(s)  %s\n' "$kind" "$code" "$(( after - before ))" "$path"
  done
  stop_api
  ROWS_STATEMENTS+=("| $PROVIDER | $STMT_get_one | $(verdict "$STMT_get_one" 2 '<=') | $STMT_list | $(verdict "$STMT_list" 2 '<=') | $STMT_search |")

  # -- query plans of the three requests (for the report; not timed)
  "$TOOL" explain --provider "$provider_name" --connection "$connection" --id "$(sed -n '17p' "$IDS")" --q "$Q" --repeat 10 \
    >"$RESULTS_DIR/plans-$PROVIDER.txt" 2>&1 || echo "  (explain failed: see $RESULTS_DIR/plans-$PROVIDER.txt)"

  # -- saturation with wrk
  LOADS+=("$PROVIDER $(cut -d' ' -f1 /proc/loadavg)")
  log "[$PROVIDER] wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per scenario; each list then at 25% of its req/s for ${RATE_DURATION}s"
  start_api "$provider_name" "$connection" "$WORK/api-$PROVIDER.log"
  run_wrk get-one "$HERE/get-one.lua"
  local get_rps=$W_RPS
  ROWS_SCENARIOS+=("| $PROVIDER | GET one \`/api/v1/projects/{id}\` ($(wc -l <"$IDS") ids rotated) | $W_RPS | $W_P50 | $W_P99 | $W_ERR | $W_API_CPU | $W_DB_CPU |")
  # -- each list scenario: saturation with wrk, then its latency at a quarter of that throughput with a
  #    fixed-rate open-loop client (right after, so nothing else has run in between)
  local name url target line p99 verdict_text
  for name in list search; do
    if [[ $name == list ]]; then url="/api/v1/projects?$LIST_QUERY"; else url="/api/v1/projects?q=$Q"; fi
    run_wrk "$name" "$url"
    if [[ $name == list ]]; then
      ROWS_SCENARIOS+=("| $PROVIDER | list \`?$LIST_QUERY\` | $W_RPS | $W_P50 | $W_P99 | $W_ERR | $W_API_CPU | $W_DB_CPU |")
    else
      ROWS_SCENARIOS+=("| $PROVIDER | search \`?q=$Q\` | $W_RPS | $W_P50 | $W_P99 | $W_ERR | $W_API_CPU | $W_DB_CPU |")
    fi
    target=$(awk -v r="$W_RPS" 'BEGIN { t = r / 4; if (t < 1) t = 1; printf "%.1f", t }')
    "$TOOL" rate --url "$API_URL$url" --rate "$target" --duration "$RATE_DURATION" --warmup 2 --connections 8 --label "$PROVIDER-$name" \
      | sed 's/^/  /' | tee "$WORK/rate-$PROVIDER-$name.txt" || true
    line=$(grep 'RESULT' "$WORK/rate-$PROVIDER-$name.txt" | tail -1 | sed 's/^ *//')
    p99=$(result p99_ms "$line")
    verdict_text=$(verdict "$p99" 15 '<=')
    [[ $name == search ]] && verdict_text="(no target)"
    ROWS_RATE+=("| $PROVIDER | $name | $W_RPS | $target | $(printf '%.0f' "$(result achieved_s "$line")") | $(printf '%.2f' "$(result p50_ms "$line")") | $(printf '%.2f' "$(result p90_ms "$line")") | $(printf '%.2f' "$p99") | $(printf '%.2f' "$(result p999_ms "$line")") | $(printf '%.2f' "$(result service_p99_ms "$line")") | $(result errors "$line") | $verdict_text |")
  done

  # -- the app's aggregate reads over all the data, one request at a time: a warm-up, then AGG_REPEAT timed
  #    requests; median and slowest wall time, and the answer's size
  local agg times median slowest bytes
  log "[$PROVIDER] aggregates: $AGG_REPEAT sequential requests each"
  for agg in /api/v1/dashboard/pipeline /api/v1/dashboard/contracts-by-year /api/v1/dashboard/by-region \
    /api/v1/dashboard/by-solution /api/v1/dashboard/sme-share /api/v1/projects/stage-totals "/api/v1/projects/stage-totals?region=Africa" \
    "/api/v1/projects/export?stage=Maintenance" /api/v1/projects/export; do
    curl -s -o /dev/null -H "$AUTH_HEADER" "$API_URL$agg"
    times=()
    for _ in $(seq "$AGG_REPEAT"); do
      times+=("$(curl -s -o "$WORK/agg.out" -w '%{time_total}' -H "$AUTH_HEADER" "$API_URL$agg")")
    done
    bytes=$(wc -c <"$WORK/agg.out")
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }')
    slowest=$(printf '%s\n' "${times[@]}" | sort -g | tail -1 | awk '{ printf "%.1f", $1 * 1000 }')
    printf '  %-55s median %8s ms  slowest %8s ms  %s bytes\n' "$agg" "$median" "$slowest" "$bytes"
    ROWS_AGG+=("| $PROVIDER | \`$agg\` | $median | $slowest | $bytes |")
  done
  stop_api

  # -- the raw ADO.NET read of the same rows, same concurrency (API stopped so it does not compete)
  log "[$PROVIDER] raw read of the same rows: $CONNECTIONS workers, ${DURATION}s per mode"
  DOTNET_gcServer=1 "$TOOL" rawread --provider "$provider_name" --connection "$connection" --ids-file "$IDS" --concurrency "$CONNECTIONS" \
    --duration "$DURATION" --warmup "$WARMUP" --mode raw,keepopen,ef | tee "$WORK/rawread-$PROVIDER.txt"
  local raw keep ef
  raw=$(result ops_s "$(grep 'mode=raw ' "$WORK/rawread-$PROVIDER.txt")")
  keep=$(result ops_s "$(grep 'mode=keepopen ' "$WORK/rawread-$PROVIDER.txt")")
  ef=$(result ops_s "$(grep 'mode=ef ' "$WORK/rawread-$PROVIDER.txt")")
  local r1 r2
  r1=$(ratio "$get_rps" "$raw")
  r2=$(ratio "$get_rps" "$keep")
  ROWS_RAW+=("| $PROVIDER | $(printf '%.0f' "$raw") | $(printf '%.0f' "$keep") | $(printf '%.0f' "$ef") | $get_rps | $r1 | $(verdict "$r1" 0.45 '>=') | $r2 |")

  GEN_NOTES+=("$PROVIDER: $total_projects projects in the database (generated in ${gen_seconds}s)")
  if [[ "$PROVIDER" == postgresql && -z "$PG_CONNECTION" ]]; then stop_pg; fi
}

GEN_NOTES=()
LOADS=()
IFS=',' read -r -a PROVIDER_LIST <<<"$PROVIDERS"
for p in "${PROVIDER_LIST[@]}"; do bench_provider "$p"; done

# ---------------------------------------------------------------- results
ELAPSED=$(( $(date +%s) - STARTED ))
{
  echo "# EgovExport load benchmark — latest run"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, load average (1/5/15 min) before the run: $LOAD_BEFORE; 1-min load when the wrk runs began: ${LOADS[*]}"
  echo "- .NET $(dotnet --version), wrk $(wrk -v 2>&1 | awk 'NR == 1 { print $2 }'), API in Release on 127.0.0.1 (seeding and migrating off), client and server on the same cores"
  echo "- data: ${GEN_NOTES[*]}; seed $SEED"
  echo "- wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up then ${DURATION}s measured; run took ${ELAPSED}s in all"
  echo
  echo "## Saturation (wrk, closed loop)"
  echo
  echo "| provider | scenario | req/s | p50 ms | p99 ms | errors | API CPU ms/req | PostgreSQL CPU ms/req |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS_SCENARIOS[@]}"
  echo
  echo "## GET one vs raw ADO.NET read of the same rows (target: API ≥ 0.45 × raw)"
  echo
  echo "raw = pooled connection opened per read + \`SELECT * FROM \"Projects\" WHERE \"Id\" = @id\`; keep-open = one open connection and prepared command per worker; EF handler = the real GetProjectHandler on a pooled DbContext, no HTTP. All with $CONNECTIONS concurrent workers over the same ids."
  echo
  echo "| provider | raw reads/s | keep-open reads/s | EF handler reads/s | API GET one req/s | API / raw | target | API / keep-open |"
  echo "|---|---:|---:|---:|---:|---:|---|---:|"
  printf '%s\n' "${ROWS_RAW[@]}"
  echo
  echo "## Latency at a quarter of saturation (fixed-rate open-loop client, ${RATE_DURATION}s, 8 connections; target: list p99 ≤ 15 ms)"
  echo
  echo "Latency is measured from the time each request was due (open loop); \"service p99\" is from when it was sent."
  echo
  echo "| provider | scenario | saturation req/s | rate req/s | achieved req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | service p99 ms | errors | target |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS_RATE[@]}"
  echo
  echo "## SQL statements per request (EF command log; target ≤ 2 for GET one and list)"
  echo
  echo "| provider | GET one | target | list | target | search |"
  echo "|---|---:|---|---:|---|---:|"
  printf '%s\n' "${ROWS_STATEMENTS[@]}"
  echo
  echo "## The app's aggregates over all the data (one request at a time, $AGG_REPEAT timed after a warm-up; no target)"
  echo
  echo "Dashboard figures, the board's column totals and the CSV export, each computed in the database over every project."
  echo
  echo "| provider | request | median ms | slowest ms | answer bytes |"
  echo "|---|---|---:|---:|---:|"
  printf '%s\n' "${ROWS_AGG[@]}"
  echo
  echo "Query plans and in-process handler times: \`benchmarks/results/plans-<provider>.txt\`."
} >"$RESULTS"

log "results ($RESULTS)"
cat "$RESULTS"
