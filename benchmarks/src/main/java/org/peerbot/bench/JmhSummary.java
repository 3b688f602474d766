package org.peerbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's JSON results and writes the figures docs/benchmarks.md quotes: for throughput, the median and
 * spread of the measured iterations (every fork); for sample time, the median over all samples, its p90/p99,
 * and how far the per-iteration medians spread. Usage: {@code JmhSummary results.json out.txt}.
 */
public final class JmhSummary {

    private static final double TRIAGE_TARGET_PER_SECOND = 100_000;
    private static final double TURN_TARGET_MICROS = 50;

    private JmhSummary() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        StringBuilder b = new StringBuilder();
        b.append("# JMH, one thread (one core); per benchmark: forks x measured iterations as run by bench/run.sh\n");
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText().replace("org.peerbot.bench.", "");
            String params = params(r.path("params"));
            JsonNode m = r.path("primaryMetric");
            String unit = m.path("scoreUnit").asText();
            String mode = r.path("mode").asText();
            int forks = r.path("forks").asInt();
            int iterations = r.path("measurementIterations").asInt();
            if (mode.equals("thrpt")) {
                List<Double> its = new ArrayList<>();
                m.path("rawData").forEach(fork -> fork.forEach(v -> its.add(v.asDouble())));
                Stats s = Stats.of(its);
                b.append(Stats.fmt("%s%s: %s %s over %d forks x %d iterations", name, params, s.summary("%.0f"),
                        unit, forks, iterations));
                if (name.startsWith("TriageBenchmark")) {
                    b.append(Stats.fmt("; target >= %.0f: median/target %.2f (%s)", TRIAGE_TARGET_PER_SECOND,
                            s.median() / TRIAGE_TARGET_PER_SECOND,
                            s.median() >= TRIAGE_TARGET_PER_SECOND ? "met" : "NOT MET"));
                }
                b.append('\n');
            } else if (mode.equals("sample")) {
                JsonNode p = m.path("scorePercentiles");
                List<Double> iterationMedians = new ArrayList<>();
                long samples = 0;
                for (JsonNode fork : m.path("rawDataHistogram")) {
                    for (JsonNode iteration : fork) {
                        iterationMedians.add(histogramMedian(iteration));
                        for (JsonNode bin : iteration) {
                            samples += bin.get(1).asLong();
                        }
                    }
                }
                Stats its = Stats.of(iterationMedians);
                double median = p.path("50.0").asDouble();
                b.append(Stats.fmt("%s%s: median %.2f %s, p90 %.2f, p99 %.2f, p99.9 %.2f, max %.0f, mean %.2f;"
                                + " per-iteration medians %.2f to %.2f (%d forks x %d iterations, %d samples)",
                        name, params, median, unit, p.path("90.0").asDouble(), p.path("99.0").asDouble(),
                        p.path("99.9").asDouble(), p.path("100.0").asDouble(), m.path("score").asDouble(), its.min(),
                        its.max(), forks, iterations, samples));
                if (name.startsWith("EngineTurnBenchmark")) {
                    b.append(Stats.fmt("; target median <= %.0f us: median/target %.2f (%s)", TURN_TARGET_MICROS,
                            median / TURN_TARGET_MICROS, median <= TURN_TARGET_MICROS ? "met" : "NOT MET"));
                }
                b.append('\n');
            } else {
                b.append(Stats.fmt("%s%s: %.3f %s (%s)%n", name, params, m.path("score").asDouble(), unit, mode));
            }
        }
        System.out.print(b);
        Stats.write(Paths.get(args[1]), b.toString());
    }

    private static String params(JsonNode params) {
        if (params.isMissingNode() || params.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("[");
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append(e.getKey()).append('=').append(e.getValue().asText()).append(it.hasNext() ? "," : "");
        }
        return b.append(']').toString();
    }

    /** The median of one iteration's histogram: a list of [value, count] pairs. */
    private static double histogramMedian(JsonNode iteration) {
        List<double[]> bins = new ArrayList<>();
        long total = 0;
        for (JsonNode bin : iteration) {
            bins.add(new double[] {bin.get(0).asDouble(), bin.get(1).asDouble()});
            total += bin.get(1).asLong();
        }
        bins.sort((x, y) -> Double.compare(x[0], y[0]));
        long half = (total + 1) / 2;
        long seen = 0;
        for (double[] bin : bins) {
            seen += (long) bin[1];
            if (seen >= half) {
                return bin[0];
            }
        }
        return Double.NaN;
    }
}
