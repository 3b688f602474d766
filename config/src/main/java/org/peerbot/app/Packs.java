package org.peerbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the YAML packs (wording, triage rules, directory) into the plain trees the core takes. */
public final class Packs {

    private Packs() {
    }

    public static Map<String, Object> classpath(String resource) {
        try (InputStream in = Packs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigProblem("The built-in file " + resource + " is missing from the jar.",
                        "Rebuild PeerBot with ./mvnw -B verify.");
            }
            return parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new ConfigProblem("Could not read " + resource + ": " + e.getMessage(), "Rebuild PeerBot.");
        }
    }

    public static Map<String, Object> file(Path path, String key) {
        if (!Files.isReadable(path)) {
            throw new ConfigProblem("The file " + path + " set in " + key + " cannot be read.",
                    "Check the path in " + key + ", or remove the setting.");
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(r, path.toString());
        } catch (IOException e) {
            throw new ConfigProblem("Could not read " + path + " (" + key + "): " + e.getMessage(),
                    "Check the file and its permissions.");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(Reader reader, String name) {
        try {
            Object tree = new Yaml(new SafeConstructor(RuleYaml.strict())).load(reader);
            if (!(tree instanceof Map)) {
                throw new ConfigProblem(name + " is not a YAML mapping.", "Fix the YAML in " + name + ".");
            }
            return (Map<String, Object>) tree;
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ConfigProblem(name + " is not valid YAML: " + e.getMessage(), "Fix the YAML in " + name + ".");
        }
    }
}
