#!/usr/bin/env bash
# One Rasa server of a scale-out deployment. Run one per machine/port behind the load balancer:
#   RASA_PORT=5005 deploy/run_rasa.sh
#   RASA_PORT=5006 deploy/run_rasa.sh
# Reads .env (Rasa itself does not), refuses unsafe endpoints (SQL tracker store, no Redis expiry, event
# broker) and a REST channel beyond loopback without REST_CHANNEL_TOKEN before starting, and never enables
# Rasa's HTTP API (no --enable-api): only the channels in credentials.yml are served.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -f .env ]]; then set -a; source .env; set +a; fi
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SANIC_WORKERS=1
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
ENDPOINTS=${ENDPOINTS:-deploy/endpoints.redis.yml}
INTERFACE=${RASA_INTERFACE:-127.0.0.1}
.venv/bin/python -m peer_reflect.ops.guard "$ENDPOINTS" --domain domain.yml --interface "$INTERFACE"
exec .venv/bin/rasa run --model "${MODEL:-models/peer-reflect.tar.gz}" --endpoints "$ENDPOINTS" \
  --credentials credentials.yml --port "${RASA_PORT:-5005}" --interface "$INTERFACE"
