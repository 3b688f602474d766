#!/usr/bin/env bash
# Checks that the standby takes over: with compose.several.yaml running, finds the instance holding the gateway
# (its health says "gateway":"held"), kills it (as a machine dying would: no clean stop), and reports how long the
# other took to hold the gateway. Then starts the killed one again; it comes back as the standby.
#   ./failover-check.sh            # kill -9 the holder
#   ./failover-check.sh --stop     # stop it cleanly instead (docker compose stop)
set -euo pipefail
cd "$(dirname "$0")"
compose=(docker compose -f compose.several.yaml)
declare -A port=([peerbot-a]=8080 [peerbot-b]=8081)

# The body says "held" or "standby" even while the health is DOWN (503), so no -f.
role() { curl -sS --max-time 2 "http://127.0.0.1:${port[$1]}/actuator/health" 2>/dev/null | grep -o '"gateway":"[a-z]*"' | cut -d'"' -f4 || true; }

holder=""
for s in peerbot-a peerbot-b; do
  if [ "$(role "$s")" = held ]; then holder=$s; fi
done
if [ -z "$holder" ]; then echo "no instance holds the gateway yet; is the stack up and healthy?" >&2; exit 1; fi
other=$([ "$holder" = peerbot-a ] && echo peerbot-b || echo peerbot-a)
echo "$holder holds the gateway; $other stands by ($(role "$other"))"

how=killed
[ "${1:-}" = "--stop" ] && how=stopped
start=$(date +%s%N)
if [ "$how" = stopped ]; then "${compose[@]}" stop "$holder" >/dev/null; else "${compose[@]}" kill "$holder" >/dev/null; fi
until [ "$(role "$other")" = held ]; do
  if (( ($(date +%s%N) - start) / 1000000000 > 60 )); then echo "$other did not take over within 60 s" >&2; exit 1; fi
  sleep 0.2
done
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$other took over ${ms} ms after $holder was $how"
"${compose[@]}" start "$holder" >/dev/null
echo "$holder started again (it stands by now)"
