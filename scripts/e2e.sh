#!/usr/bin/env bash
# Runs the browser app's end-to-end tests (Playwright) against the real API on a fresh SQLite file,
# driving Debian's Chromium (installed with apt when missing; never a downloaded browser).
#
#   ./scripts/e2e.sh [playwright arguments, e.g. e2e/board.spec.ts]
#
# Expects a built API and a built app (scripts/test.sh builds both). Overrides:
#   E2E_API_BIN   the API's executable   (default src/Api/bin/Release/net10.0/EgovExport.Api)
#   E2E_SPA_ROOT  the built app's folder (default client/dist)
#   E2E_OUTPUT_DIR Playwright's scratch folder (default client/test-results/playwright)
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log() { printf '\n== %s\n' "$*" >&2; }

api_bin="${E2E_API_BIN:-$root/src/Api/bin/Release/net10.0/EgovExport.Api}"
spa_root="${E2E_SPA_ROOT:-$root/client/dist}"
[[ -x "$api_bin" ]] || { echo "No built API at $api_bin (build the solution first)." >&2; exit 1; }
[[ -f "$spa_root/index.html" ]] || { echo "No built app at $spa_root (npm run build in client/)." >&2; exit 1; }

if [[ ! -x /usr/bin/chromium ]]; then
  log "Installing Chromium from Debian's packages"
  if [[ $(id -u) -ne 0 ]]; then echo "Chromium is missing and this user cannot apt-get install it." >&2; exit 1; fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum >/dev/null) || exit 1
fi

work="$(mktemp -d /tmp/egov-e2e.XXXXXX)"
api_pid=""
cleanup() {
  if [[ -n "$api_pid" ]]; then kill "$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
password="E2e-$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')"
# A client with every scope, for the tests' set-up over the API (users, projects) before they drive the UI.
# The sign-in rate limit is lifted: the suite signs in dozens of times a minute from one address (the
# limit itself is tested by the API tests).
client_secret="$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')"
log "Starting the API on $url (SQLite in $work)"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__EgovExport="Data Source=$work/e2e.db" Auth__KeysPath="$work/keys" \
  Auth__Admin__Password="$password" Auth__PublicOrigins__0="$url" Spa__Root="$spa_root" \
  Auth__Clients__0__ClientId=e2e-setup Auth__Clients__0__ClientSecret="$client_secret" Auth__Clients__0__Scopes=admin \
  Auth__RateLimit__PermitLimit=10000 \
  "$api_bin" --urls "$url" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 120); do
  if curl -sf -o /dev/null "$url/health/ready"; then break; fi
  sleep 0.5
done

status=0
(cd client && E2E_BASE_URL="$url" E2E_ADMIN_PASSWORD="$password" E2E_CLIENT_SECRET="$client_secret" npx playwright test "$@") || {
  status=1
  echo "-- last lines of the API's log:" >&2
  tail -20 "$work/api.log" >&2
}
exit "$status"
