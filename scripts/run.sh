#!/usr/bin/env bash
# Start the action server (5055), the Rasa server (5005, REST and socket.io)
# and the web page (8000). Ctrl-C stops all three.
#
# Environment (secrets only from here, never from files in the repository):
#   ACTIONS_PORT, RASA_PORT, WEB_PORT   ports (loopback by default for Rasa's HTTP API)
#   CORS_ORIGINS                        origins allowed to call Rasa from a browser (space-separated)
#   RASA_ENABLE_API=1 + RASA_API_TOKEN  turn on Rasa's HTTP API (off by default), token-protected
#   CONVERSATION_RETENTION_HOURS        how long conversations are kept (168 = 7 days by default)
#   TRACKER_DB_HOST (+ _PORT, _NAME, _USER, _PASSWORD), REDIS_HOST (+ _PORT, _PASSWORD)
#                                       scaled-out setup: conversations in PostgreSQL, locks in
#                                       Redis (deploy/endpoints.yml) instead of in memory
#   DATABASE_URL                        the knowledge base (SQLite var/knowledge.sqlite3 by default)
#   ACTION_SERVER_TOKEN                 the secret Rasa shows the action server (a new one each run
#                                       by default); AGENTS_TOKEN, TRUSTED_PROXY, rate limits:
#                                       README « Déploiement » and docs/threat-model.md
set -euo pipefail
cd "$(dirname "$0")/.."
api=()
if [[ "${RASA_ENABLE_API:-0}" == 1 ]]; then
  if [[ -z "${RASA_API_TOKEN:-}" ]]; then
    echo "RASA_ENABLE_API=1 demande un jeton : définissez RASA_API_TOKEN (variable d'environnement)." >&2
    exit 2
  fi
  api=(--enable-api --auth-token "$RASA_API_TOKEN")
fi

# The knowledge base is checked before anything starts: a clear error now, not at the first person.
.venv-actions/bin/python -m knowledge.health >/dev/null
model=$(scripts/train.sh)
: "${ACTIONS_PORT:=5055}" "${RASA_PORT:=5005}" "${WEB_PORT:=8000}"
: "${CORS_ORIGINS:=http://localhost:$WEB_PORT http://127.0.0.1:$WEB_PORT}"
export RASA_URL="${RASA_URL:-http://localhost:$RASA_PORT}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"  # bot.rasa_ext and common, loaded by the Rasa server
# Only Rasa may call the action server: both read this token (endpoints.yml: token: ${ACTION_SERVER_TOKEN}).
: "${ACTION_SERVER_TOKEN:=$(.venv-actions/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))')}"
export ACTION_SERVER_TOKEN

endpoints=$(mktemp)
if [[ -n "${TRACKER_DB_HOST:-}" ]]; then
  export ACTION_ENDPOINT_URL="${ACTION_ENDPOINT_URL:-http://localhost:$ACTIONS_PORT/webhook}"
  : "${TRACKER_DB_PORT:=5432}" "${TRACKER_DB_NAME:=rasa}" "${TRACKER_DB_USER:=rasa}" "${TRACKER_DB_PASSWORD:=}"
  : "${REDIS_HOST:?REDIS_HOST est nécessaire avec TRACKER_DB_HOST}" "${REDIS_PORT:=6379}" "${REDIS_PASSWORD:=}"
  export TRACKER_DB_PORT TRACKER_DB_NAME TRACKER_DB_USER TRACKER_DB_PASSWORD REDIS_PORT REDIS_PASSWORD
  cp deploy/endpoints.yml "$endpoints"
else
  sed "s#http://localhost:5055/webhook#http://localhost:$ACTIONS_PORT/webhook#" bot/endpoints.yml > "$endpoints"
fi

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Arrêt des serveurs…"
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  rm -f "$endpoints"
}
trap stop INT TERM EXIT

# The action server loads the eligibility engine once the Rasa server answers (actions/warmup.py).
ACTIONS_WARM_UP_AFTER="http://localhost:$RASA_PORT/" .venv-actions/bin/python -m actions --port "$ACTIONS_PORT" &
pids+=($!)
# shellcheck disable=SC2086
.venv-bot/bin/rasa run --model "$model" --endpoints "$endpoints" --credentials bot/credentials.yml \
  --port "$RASA_PORT" --cors $CORS_ORIGINS "${api[@]}" &
pids+=($!)
.venv-actions/bin/uvicorn web.app:app --host 127.0.0.1 --port "$WEB_PORT" --log-level warning --no-proxy-headers &
pids+=($!)
echo "Assistant : http://localhost:$WEB_PORT  (Rasa $RASA_PORT, actions $ACTIONS_PORT). Ctrl-C pour arrêter."
wait -n "${pids[@]}"
