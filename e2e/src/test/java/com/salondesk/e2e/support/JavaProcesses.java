package com.salondesk.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts JVMs on this test JVM's class path (the server, the desk launcher, the test drivers), each with its
 * output in a file, and runs short ones to their end.
 */
public final class JavaProcesses {

    private JavaProcesses() {
    }

    /** What a finished command printed, and how it ended. */
    public record Finished(int exitCode, String out, String err) {
        /** The last non-blank line of standard output (where the server prints an enrolled device's token). */
        public String lastLine() {
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new IllegalStateException("the command printed nothing; its errors:\n" + err);
            }
            return lines.getLast().strip();
        }
    }

    /** The command line that runs {@code mainClass} with {@code jvmOptions} and {@code args}. */
    public static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * Starts {@code mainClass} with standard output and error going to {@code output}; the environment is this
     * one without any {@code SALONDESK_} variable, plus {@code environment}.
     */
    public static Process start(List<String> jvmOptions, String mainClass, List<String> args,
                                Map<String, String> environment, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, mainClass, args));
        builder.environment().keySet().removeIf(name -> name.startsWith("SALONDESK_"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    /** Runs {@code mainClass} to its end (at most two minutes) and returns what it printed. */
    public static Finished run(List<String> jvmOptions, String mainClass, List<String> args,
                               Map<String, String> environment) {
        try {
            Path out = File.createTempFile("salondesk-e2e-out", ".txt").toPath();
            Path err = File.createTempFile("salondesk-e2e-err", ".txt").toPath();
            try {
                ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, mainClass, args));
                builder.environment().keySet().removeIf(name -> name.startsWith("SALONDESK_"));
                builder.environment().putAll(environment);
                builder.redirectOutput(out.toFile()).redirectError(err.toFile());
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    throw new AssertionError(mainClass + " " + args + " did not finish within 120 s:\n"
                            + Files.readString(out) + Files.readString(err));
                }
                return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + mainClass, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + mainClass + " ran", e);
        }
    }

    /** SIGKILL: the process gets no chance to clean up. */
    public static void kill(Process process) {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("process " + process.pid() + " still runs 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
