#!/usr/bin/env bash
# Start the action server in the background, open `rasa shell`, and stop both when the shell ends, on
# Ctrl-C, or when the terminal closes (SIGHUP): nothing is left holding ports 5005/5055.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var/log
export RASA_TELEMETRY_ENABLED=false SANIC_HOST=127.0.0.1 TF_CPP_MIN_LOG_LEVEL=3
# Library deprecation warnings are for the developers of those libraries, not for a worker at a terminal.
export PYTHONWARNINGS=ignore

ACTIONS_PID="" SHELL_PID=""
stop_all() {
  trap - EXIT HUP INT TERM
  for pid in $SHELL_PID $ACTIONS_PID; do kill "$pid" 2>/dev/null || true; done
  for pid in $SHELL_PID $ACTIONS_PID; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT HUP INT TERM

.venv/bin/rasa run actions --actions actions --port 5055 >var/log/actions.log 2>&1 &
ACTIONS_PID=$!

for _ in $(seq 1 120); do
  if .venv/bin/python -c 'import urllib.request as u; u.urlopen("http://127.0.0.1:5055/health", timeout=1)' \
       2>/dev/null; then break; fi
  if ! kill -0 "$ACTIONS_PID" 2>/dev/null; then
    echo "The action server failed to start; see var/log/actions.log" >&2; exit 1
  fi
  sleep 0.5
done

echo "Action server up on 127.0.0.1:5055. Type \"hi\" to start a reflection, /stop to leave."
# In the background (so the traps above run as soon as a signal arrives) but reading this terminal.
exec 3<&0
.venv/bin/rasa shell --model models/peer-reflect.tar.gz --endpoints endpoints.yml --interface 127.0.0.1 \
  --quiet 0<&3 2>var/log/rasa-shell.log &
SHELL_PID=$!
wait "$SHELL_PID" || true
