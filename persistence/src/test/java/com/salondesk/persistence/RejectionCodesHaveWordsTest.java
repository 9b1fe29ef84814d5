package com.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.domain.shared.RejectionTexts;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain's {@code RejectionTextsTest} reads only the domain's sources; the desk's runtime refuses people too
 * (dead letters, handlers), so its codes need words in both languages as well.
 */
class RejectionCodesHaveWordsTest {

    @Test
    void every_code_persistence_throws_has_words_in_english_and_german() throws IOException {
        Pattern thrown = Pattern.compile("new DomainRejection\\(\"([a-z.-]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = thrown.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).contains("dead-letter.not-found", "dead-letter.already-settled", "dead-letter.waits-behind",
                "handler.not-on-this-desk");
        for (String file : new String[] {"rejections.properties", "rejections_de.properties"}) {
            // Each file on its own: a bundle would hand out the English words where German ones are missing.
            Properties words = new Properties();
            try (var in = RejectionTexts.class.getResourceAsStream("/com/salondesk/domain/" + file)) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(words.stringPropertyNames()).as(file).containsAll(codes);
            // The status a settled letter names is said in the person's language, not as the enum's name.
            assertThat(words.stringPropertyNames()).as(file)
                    .contains("value.DeadLetterStatus.RESOLVED", "value.DeadLetterStatus.SKIPPED");
        }
    }
}
