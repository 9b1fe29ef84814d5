package com.salondesk.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged desk as a person would: java -jar app/target/salondesk-app.jar with its lib folder. */
class RunnableJarIT {

    @Test
    void printsItsVersion() throws Exception {
        Path jar = Path.of(System.getProperty("salondesk.jar", "target/salondesk-app.jar"));
        assertThat(jar).isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--version"));
        Process p = new ProcessBuilder(command).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes()).strip()).isEqualTo(StartOptions.versionLine());
        assertThat(p.exitValue()).isZero();
    }
}
