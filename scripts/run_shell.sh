#!/usr/bin/env bash
# Start the action server in the background, open `rasa shell`, and stop the action server afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var/log
export RASA_TELEMETRY_ENABLED=false SANIC_HOST=127.0.0.1

.venv/bin/rasa run actions --actions actions --port 5055 >var/log/actions.log 2>&1 &
ACTIONS_PID=$!
trap 'kill $ACTIONS_PID 2>/dev/null; wait $ACTIONS_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if .venv/bin/python -c 'import urllib.request as u; u.urlopen("http://127.0.0.1:5055/health", timeout=1)' \
       2>/dev/null; then break; fi
  if ! kill -0 $ACTIONS_PID 2>/dev/null; then
    echo "The action server failed to start; see var/log/actions.log" >&2; exit 1
  fi
  sleep 0.5
done

echo "Action server up on 127.0.0.1:5055. Type \"hi\" to start a reflection, /stop to leave."
.venv/bin/rasa shell --model models/peer-reflect.tar.gz --endpoints endpoints.yml --interface 127.0.0.1
