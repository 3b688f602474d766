package org.peerbot.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peerbot.core.signpost.DirectoryPack;
import org.peerbot.core.signpost.PackDirectory;
import org.peerbot.core.triage.RuleFile;
import org.peerbot.core.triage.Triage;
import org.peerbot.core.wording.CatalogPrompts;

/** Builds the core's wording, triage and directory from the shipped packs plus the organiser's files. */
public final class CorePacks {

    private CorePacks() {
    }

    public static CatalogPrompts prompts(List<Path> extra) {
        List<Map<String, Object>> trees = new ArrayList<>();
        trees.add(Packs.classpath(CatalogPrompts.DEFAULT_RESOURCE));
        for (Path p : extra == null ? List.<Path>of() : extra) {
            trees.add(Packs.file(p, "peerbot.wording.prompts"));
        }
        try {
            return CatalogPrompts.fromTrees(trees);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the wording file set in peerbot.wording.prompts.");
        }
    }

    public static Triage triage(List<Path> extra) {
        List<RuleFile> files = new ArrayList<>();
        files.add(RuleYaml.classpath(Triage.DEFAULT_RULES));
        for (Path p : extra == null ? List.<Path>of() : extra) {
            // errors name the file by its path and line: that is what the organiser can open
            files.add(RuleYaml.file(p, "peerbot.wording.rules"));
        }
        try {
            return Triage.fromFiles(files);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the rule file set in peerbot.wording.rules.");
        }
    }

    public static PackDirectory directory(String region, String nation, Path override) {
        String r = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
        if (override == null && !DirectoryPack.REGIONS.contains(r)) {
            throw new ConfigProblem("peerbot.region '" + region + "' is not a region PeerBot has a directory for.",
                    "Set peerbot.region to one of " + String.join(", ", DirectoryPack.REGIONS.stream().sorted()
                            .toList()) + ", or give your own pack in peerbot.wording.directory.");
        }
        Map<String, Object> tree = override != null ? Packs.file(override, "peerbot.wording.directory")
                : Packs.classpath(String.format(DirectoryPack.RESOURCE_PATTERN, r));
        try {
            return new PackDirectory(DirectoryPack.fromTree(r, tree), blankToNull(nation));
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem(e.getMessage(), "Fix the directory pack, or peerbot.nation.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
