package org.peerbot.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the packaged jar as a user would, feeding standard input and capturing both outputs. */
final class JarRunner {

    record Result(int exit, String stdout, String stderr) {
        List<String> lines() {
            return stdout.lines().toList();
        }
    }

    private JarRunner() {
    }

    static Path jar() {
        String path = System.getProperty("peerbot.jar", "target/peerbot.jar");
        Path jar = Path.of(path);
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build the jar first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    /** Starts the jar in the background with extra environment variables; the caller stops it. */
    static Process start(List<String> args, java.util.Map<String, String> env, Path out, Path err) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    static Result run(String stdin, List<String> args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("peerbot-out", ".txt");
        Path err = Files.createTempFile("peerbot-err", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the jar did not exit within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
