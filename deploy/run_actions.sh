#!/usr/bin/env bash
# The action server with several worker processes on one port (Sanic workers):
#   ACTION_WORKERS=4 deploy/run_actions.sh
# rasa-sdk has no authentication: bind 127.0.0.1 (default) or a private-network address only.
# Each worker retries queued saves (var/outbox, or OUTBOX_DIR) itself; a reflection is stored once
# whichever worker writes it (unique session key).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f .env ]]; then set -a; source .env; set +a; fi
export RASA_TELEMETRY_ENABLED=false SANIC_HOST=${ACTION_HOST:-127.0.0.1} SANIC_WORKERS=${ACTION_WORKERS:-2}
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
exec .venv/bin/rasa run actions --actions actions --port "${ACTION_PORT:-5055}"
