package io.newsgraph.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The packaged application (target/quarkus-app*), server or command line, run as a child process: its output is read
 * line by line as it comes, and {@link #kill()} is SIGKILL (Process.destroyForcibly on Linux), no shutdown hook runs.
 */
final class ChildApp implements AutoCloseable {
    /** Generous: a start on a loaded 2-core machine can take half a minute. */
    static final Duration PATIENCE = Duration.ofSeconds(180);

    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private volatile boolean ended;

    private ChildApp(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "child-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildApp start(Path app, List<String> jvmArgs, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(app.resolve("quarkus-run.jar").toString());
        command.addAll(args);
        try {
            return new ChildApp(
                    new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output unreadable: " + e + ")");
        }
        lines.add(END);
        ended = true;
    }

    /** The first line from now on that matches; fails, with the output so far, if none comes in time. */
    String await(Predicate<String> match) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.equals(END)) {
                    throw new AssertionError((line == null ? "no matching line in " + PATIENCE : "the process ended")
                            + "; its output:\n" + output());
                }
                seen.add(line);
                if (match.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Waits until the condition holds, polled every few milliseconds, and fails if a line that matches
     * {@code tooLate} comes first (the moment to act on has passed) or the time is up.
     */
    void awaitCondition(BooleanSupplier condition, Predicate<String> tooLate) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            for (String line = lines.poll(); line != null; line = lines.poll()) {
                if (line.equals(END) || tooLate.test(line)) {
                    throw new AssertionError("too late: " + line + "; the output:\n" + output());
                }
                seen.add(line);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within " + PATIENCE + "; output:\n" + output());
            }
            sleep(5);
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Waits for the process to end by itself; the lines it printed are then in {@link #output()}. */
    int waitForExit() {
        try {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + PATIENCE + "; output:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every line read so far (once the process ended: all it printed). */
    List<String> lines() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!process.isAlive() && !ended && System.nanoTime() < deadline) {
            sleep(5);
        }
        for (String line = lines.poll(); line != null; line = lines.poll()) {
            if (!line.equals(END)) {
                seen.add(line);
            }
        }
        return List.copyOf(seen);
    }

    String output() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
