#!/usr/bin/env bash
# Start the action server (5055), the Rasa server (5005, REST and socket.io)
# and the web page (8000). Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
model=$(scripts/train.sh)
: "${ACTIONS_PORT:=5055}" "${RASA_PORT:=5005}" "${WEB_PORT:=8000}"
: "${CORS_ORIGINS:=http://localhost:$WEB_PORT http://127.0.0.1:$WEB_PORT}"
export RASA_URL="${RASA_URL:-http://localhost:$RASA_PORT}"

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Arrêt des serveurs…"
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
}
trap stop INT TERM EXIT

.venv-actions/bin/python -m rasa_sdk --actions actions --port "$ACTIONS_PORT" &
pids+=($!)
endpoints=$(mktemp)
sed "s#http://localhost:5055/webhook#http://localhost:$ACTIONS_PORT/webhook#" bot/endpoints.yml > "$endpoints"
# shellcheck disable=SC2086
.venv-bot/bin/rasa run --model "$model" --endpoints "$endpoints" --credentials bot/credentials.yml \
  --port "$RASA_PORT" --cors $CORS_ORIGINS &
pids+=($!)
.venv-actions/bin/uvicorn web.app:app --host 127.0.0.1 --port "$WEB_PORT" --log-level warning &
pids+=($!)
echo "Assistant : http://localhost:$WEB_PORT  (Rasa $RASA_PORT, actions $ACTIONS_PORT). Ctrl-C pour arrêter."
wait -n "${pids[@]}"
