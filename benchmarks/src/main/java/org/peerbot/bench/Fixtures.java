package org.peerbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped packs and a realistic message mix, written for the benchmarks (not taken from any data set). */
final class Fixtures {

    private Fixtures() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Triage triage() {
        return Triage.fromTrees(List.of(tree(Triage.DEFAULT_RULES)));
    }

    static CatalogPrompts prompts() {
        return CatalogPrompts.fromTrees(List.of(tree(CatalogPrompts.DEFAULT_RESOURCE)));
    }

    static PackDirectory directory() {
        return new PackDirectory(DirectoryPack.fromTree("uk", tree(String.format(DirectoryPack.RESOURCE_PATTERN,
                "uk"))), null);
    }

    private static final String[] SHORT = {
        "hi", "hello there", "thanks, bye", "I've had a rough week", "can I talk to a real person?",
        "where can I find a support group near me", "my sugar levels have been all over the place",
        "I feel so tired of all this", "is it ok to take ibuprofen with my tablets?", "are you a bot?",
        "my feet are killing me after that walk", "I don't want to be here anymore",
        "chemo starts on monday and I'm scared", "nobody understands what it's like", "goodnight",
    };

    private static final String[] LONG_PARTS = {
        "Since the diagnosis I have been trying to keep going for the kids, but some days it is a lot.",
        "My partner is supportive but I don't like to worry them with every little thing.",
        "The clinic changed my appointment again and I had to take another day off work.",
        "I went for a walk by the river this morning and it helped a bit, I think.",
        "Sometimes I wonder whether anyone else feels like this after a long day of appointments.",
    };

    /** About four short messages to one long one, as a busy group chat looks. */
    static List<String> messages(int count, long seed) {
        return messages(count, seed, "mixed");
    }

    /**
     * {@code mixed}: about four short messages (2-44 characters) to one long one (3-8 sentences, 221-724
     * characters); {@code short} or {@code long}: only that kind, to see where the time goes.
     */
    static List<String> messages(int count, long seed, String mix) {
        if (!List.of("mixed", "short", "long").contains(mix)) {
            throw new IllegalArgumentException("mix must be mixed, short or long: " + mix);
        }
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean longOne = switch (mix) {
                case "short" -> false;
                case "long" -> true;
                default -> r.nextInt(5) == 0;
            };
            if (longOne) {
                StringBuilder b = new StringBuilder();
                int parts = 3 + r.nextInt(6);
                for (int p = 0; p < parts; p++) {
                    b.append(LONG_PARTS[r.nextInt(LONG_PARTS.length)]).append(' ');
                }
                out.add(b.toString().strip());
            } else {
                out.add(SHORT[r.nextInt(SHORT.length)]);
            }
        }
        return out;
    }
}
