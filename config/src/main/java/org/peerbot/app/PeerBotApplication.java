package org.peerbot.app;

import java.util.Arrays;
import org.peerbot.app.converse.ConverseEval;
import org.peerbot.app.triage.TriageCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * PeerBot. With no platform token it starts the console seat on the embedded database. The first
 * argument may name a tool instead: {@code triage [FILE]}, {@code triage-eval FILE [options]} or
 * {@code converse-eval [FILE_OR_DIR] [--transcripts]}.
 */
@SpringBootApplication
@EnableConfigurationProperties(PeerBotProperties.class)
public class PeerBotApplication {

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("triage") || args[0].equals("triage-eval"))) {
            System.exit(runTool(args));
        }
        if (args.length > 0 && args[0].equals("converse-eval")) {
            System.exit(ConverseEval.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication app = new SpringApplication(PeerBotApplication.class);
        app.setWebApplicationType(platformConfigured(args) ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.run(args);
    }

    /**
     * Health, metrics and the Telegram webhook need the web server; the console demo does not, and must not
     * hold a port. Decided from the command line, system properties and the environment, where tokens live.
     */
    static boolean platformConfigured(String[] args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        String forced = env.getProperty("spring.main.web-application-type");
        if (forced != null) {
            return !forced.equalsIgnoreCase("none");
        }
        return hasText(env.getProperty("peerbot.telegram.token")) || hasText(env.getProperty("peerbot.discord.token"));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /** The command-line tools run without Spring: nothing but their output reaches standard output. */
    static int runTool(String[] args) {
        return TriageCli.run(args[0], Arrays.asList(args).subList(1, args.length), System.in, System.out, System.err);
    }
}
