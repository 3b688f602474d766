package org.peerbot.app;

import org.peerbot.core.port.SentenceModel;
import org.peerbot.triagemodel.MiniLmSentenceModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic triage layer as loaded at start ({@code peerbot.triage.model}, on by default). If it is on but cannot
 * load, the bot says so in the log and in health ("degraded") and runs on the rules alone, which still detect crisis:
 * it never starts silently without crisis detection.
 *
 * @param model     the loaded model, or null (off, or failed)
 * @param state     "up", "off" or "degraded"
 * @param loadMillis how long loading took (0 when off)
 */
record TriageModel(SentenceModel model, String state, long loadMillis) {
    private static final Logger LOG = LoggerFactory.getLogger(TriageModel.class);

    static TriageModel load(boolean enabled) {
        if (!enabled) {
            LOG.info("Triage model off (peerbot.triage.model=false): triage runs on the rules alone");
            return new TriageModel(null, "off", 0);
        }
        long t0 = System.nanoTime();
        try {
            MiniLmSentenceModel m = MiniLmSentenceModel.load();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("Triage model loaded in {} ms ({} prototypes)", ms, m.prototypeCount());
            return new TriageModel(m, "up", ms);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Triage model could not load ({}): running on the triage rules alone, which still detect crisis;"
                    + " health shows triageModel=degraded. Set peerbot.triage.model=false to silence this.",
                    e.getClass().getSimpleName());
            return new TriageModel(null, "degraded", 0);
        }
    }
}
