package org.peerbot.app;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.peerbot.core.model.CrisisKind;
import org.peerbot.core.model.TriageResult;
import org.peerbot.core.port.Directory;
import org.peerbot.core.port.PromptCatalog;
import org.peerbot.core.port.Reloader;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.port.SentenceModel;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;

/**
 * The wording, triage rules and directory the running bot uses, read from the shipped packs and the
 * organiser's files. {@link #reload()} reads them all again and swaps them in together, so a turn never
 * sees new wording with old rules; if any file has a problem nothing changes.
 */
final class LivePacks implements Reloader {

    private record Loaded(CatalogPrompts prompts, Triage triage, PackDirectory directory) {
    }

    private final Supplier<Loaded> load;
    private volatile Loaded current;
    private final PromptCatalog prompts = new PromptCatalog() {
        @Override
        public List<Prompt> variants(String key) {
            return current.prompts().variants(key);
        }

        @Override
        public Set<String> keys() {
            return current.prompts().keys();
        }
    };
    private final Directory directory = new Directory() {
        @Override
        public String region() {
            return current.directory().region();
        }

        @Override
        public Map<String, String> terms() {
            return current.directory().terms();
        }

        @Override
        public ServiceInfo emergency() {
            return current.directory().emergency();
        }

        @Override
        public List<ServiceInfo> crisisLines(CrisisKind kind, Instant now) {
            return current.directory().crisisLines(kind, now);
        }

        @Override
        public List<ServiceInfo> forTopics(Collection<String> topics, Instant now) {
            return current.directory().forTopics(topics, now);
        }
    };

    /** Reads everything once; a problem here stops the start with a {@link ConfigProblem}. */
    LivePacks(PeerBotProperties props) {
        this(props, null);
    }

    /** As above, with the semantic triage layer beside the rules when {@code model} is not null. */
    LivePacks(PeerBotProperties props, SentenceModel model) {
        this.load = () -> new Loaded(CorePacks.prompts(props.wording().prompts()),
                model == null ? CorePacks.triage(props.wording().rules())
                        : CorePacks.triage(props.wording().rules()).withModel(model),
                CorePacks.directory(props.region(), props.nation(), props.wording().directory()));
        this.current = load.get();
    }

    PromptCatalog prompts() {
        return prompts;
    }

    Directory directory() {
        return directory;
    }

    TriageResult classify(String text) {
        return current.triage().classify(text);
    }

    @Override
    public Reloaded reload() {
        Loaded next;
        try {
            next = load.get();
        } catch (ConfigProblem e) {
            throw new IllegalArgumentException(e.getMessage() + " " + e.action(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        current = next;
        return new Reloaded(next.prompts().keys().size(), next.directory().region());
    }
}
