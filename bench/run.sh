#!/usr/bin/env bash
# Reproduces every figure in docs/benchmarks.md, writing them to docs/bench-results/.
#
#   bench/run.sh [--members N] [--large N]
#
#   --members N   members writing at once in the burst harness (default 300)
#   --large N     the larger burst, run once (default 1000; 0 skips it)
#
# Builds what it needs with the Maven wrapper (no install), then runs: the JMH benchmarks (triage and one
# engine turn, modest settings), the per-rule cost report, the burst harness against the Telegram fake with its
# flood limits on, the contended-claim harness on H2 and PostgreSQL, and the idle-conversation footprint. About 10 minutes on a
# 2-core machine. Run it from anywhere; it works in the repository root.
set -euo pipefail

cd "$(dirname "$0")/.."
MEMBERS=300
LARGE=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --large) LARGE="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--members N] [--large N]" >&2; exit 2 ;;
  esac
done

OUT=docs/bench-results
mkdir -p "$OUT"
started=$(date +%s)

echo "== build (benchmarks and the modules it needs; tests not run)"
./mvnw -B -q -pl benchmarks -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
JAVA=${JAVA:-java}

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $($JAVA -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

echo "== JMH: triage and one engine turn (2 forks x 5 iterations of 2 s, after 3 of warm-up)"
$JAVA -cp "$CP" org.openjdk.jmh.Main 'org\.peerbot\.bench\.(TriageBenchmark|EngineTurnBenchmark)' \
  -f 2 -wi 3 -w 2s -i 5 -r 2s -rf json -rff benchmarks/target/jmh.json > benchmarks/target/jmh.log
sed -n '/^Benchmark /,$p' benchmarks/target/jmh.log > "$OUT/jmh-table.txt"
$JAVA -cp "$CP" org.peerbot.bench.JmhSummary benchmarks/target/jmh.json "$OUT/jmh.txt"

echo "== JMH: triage with the sentence model, one core (sample time: median and p99 per message)"
taskset -c 0 $JAVA -cp "$CP" org.openjdk.jmh.Main 'org\.peerbot\.bench\.TriageModelBenchmark' \
  -f 1 -wi 2 -w 2s -i 3 -r 3s -jvmArgs -XX:ActiveProcessorCount=1 > benchmarks/target/jmh-model.log
grep -E 'model load|^Benchmark|classify(:p0.50|:p0.99)? ' benchmarks/target/jmh-model.log | sort -u > "$OUT/jmh-model.txt"

echo "== rule costs: which rules the rules-only path spends its time on (the JMH mix, then the project's labelled sets)"
$JAVA -cp "$CP" org.peerbot.bench.RuleCostReport --top 30 --out "$OUT/rule-costs.txt" > /dev/null
$JAVA -cp "$CP" org.peerbot.bench.RuleCostReport --top 30 \
  --messages "$(ls bot-core/src/test/resources/peerbot/triage/own-*.jsonl | paste -sd, -)" >> "$OUT/rule-costs.txt"

echo "== burst: $MEMBERS members + 1 crisis on the Telegram fake, production store (embedded H2), 3 runs"
$JAVA -cp "$CP" org.peerbot.bench.BurstHarness --members "$MEMBERS" --runs 3 --store h2 --out "$OUT/burst-h2.txt" \
  | grep -v '^run '
echo "== burst: the same with the in-memory store, 3 runs"
$JAVA -cp "$CP" org.peerbot.bench.BurstHarness --members "$MEMBERS" --runs 3 --store memory \
  --out "$OUT/burst-memory.txt" | grep -v '^run '
echo "== burst: the same with 50 ms added to every send (a network round trip to Telegram), 3 runs"
$JAVA -cp "$CP" org.peerbot.bench.BurstHarness --members "$MEMBERS" --runs 3 --store h2 --rtt-ms 50 \
  --out "$OUT/burst-h2-rtt50.txt" | grep -v '^run '
echo "== burst: the same with 100 ms added to every send, 3 runs"
$JAVA -cp "$CP" org.peerbot.bench.BurstHarness --members "$MEMBERS" --runs 3 --store h2 --rtt-ms 100 \
  --out "$OUT/burst-h2-rtt100.txt" | grep -v '^run '
echo "== burst: the same with the sentence model beside the rules (as the bot runs by default), 1 run"
$JAVA -cp "$CP" org.peerbot.bench.BurstHarness --members "$MEMBERS" --runs 1 --store h2 --model true \
  --out "$OUT/burst-h2-model.txt" | grep -v '^run '
if [ "$LARGE" -gt 0 ]; then
  echo "== burst: $LARGE members + 1 crisis, embedded H2, 1 run"
  $JAVA -cp "$CP" org.peerbot.bench.BurstHarness --members "$LARGE" --runs 1 --store h2 \
    --out "$OUT/burst-h2-$LARGE.txt" | grep -v '^run '
fi

echo "== contended claim: 20 volunteers at once, H2 and PostgreSQL, 500 rounds each"
$JAVA -cp "$CP" org.peerbot.bench.ClaimLatency --rounds 500 --volunteers 20 --out "$OUT/claims.txt"

echo "== idle conversation footprint: 100,000 conversations, 3 repeats (serial GC, 1 GiB heap)"
$JAVA -XX:+UseSerialGC -Xms1g -Xmx1g -cp "$CP" org.peerbot.bench.IdleConversationFootprint \
  --conversations 100000 --repeats 3 --out "$OUT/footprint.txt"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
echo "whole run: $(( $(date +%s) - started )) s" >> "$OUT/machine.txt"
echo "== done: figures in $OUT/ ($(( $(date +%s) - started )) s)"
