package org.peerbot.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** When the console seat is on, reads standard input until it ends, then stops the application. */
@Component
class ConsoleRunner implements ApplicationRunner {

    private final PeerBotRuntime runtime;
    private final ConfigurableApplicationContext context;

    ConsoleRunner(PeerBotRuntime runtime, ConfigurableApplicationContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (runtime.console() == null || Boolean.getBoolean("peerbot.console.no-stdin")) {
            return;
        }
        if (atATerminal()) {
            runtime.console().greet();
        }
        runtime.console().run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        SpringApplication.exit(context, () -> 0);
    }

    /**
     * Whether a person is typing: standard input and output are a terminal, not a pipe or a file. Java 17
     * gives a console only then; from Java 22 it gives one always and says so with {@code isTerminal()}.
     */
    static boolean atATerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
