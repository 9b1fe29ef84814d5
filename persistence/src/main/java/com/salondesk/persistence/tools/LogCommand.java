package com.salondesk.persistence.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salondesk.persistence.backend.DeskBackEnd;
import com.salondesk.persistence.desk.RecordedEvent;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code salondesk log [--data-dir DIR] [--after N]}: the desk's event log as JSON lines, one event per line
 * in the sync protocol's envelope shape ({@code globalPosition} once the server has given one), in local
 * order, with {@code localPosition} and {@code syncStatus} added — for support and audits, and to compare a
 * desk's log with the server's.
 */
@Command(name = "log")
final class LogCommand extends DeskMaintenance.OnDesk {

    /** Events read from the log at a time: a log may hold millions, and only one page is held in memory. */
    static final int PAGE = 1_000;

    /**
     * Read as text, so that a word, a negative number or a bare {@code --after} (arity 0..1) gets this command's
     * own plain answer rather than picocli's; hideParamSyntax keeps the help showing the value as needed.
     */
    @Option(names = "--after", paramLabel = "<position>", descriptionKey = "after", arity = "0..1", fallbackValue = "",
            hideParamSyntax = true)
    String afterText;
    private long after;

    LogCommand(DeskMaintenance.Words words, PrintWriter out, PrintWriter err) {
        super(words, out, err);
    }

    @Override
    void checkArguments() {
        if (afterText == null) {
            after = 0;
            return;
        }
        try {
            after = Long.parseLong(afterText.strip());
        } catch (NumberFormatException e) {
            after = -1;
        }
        if (after < 0) {
            throw new ParameterException(spec.commandLine(), words.get("usage.log-after", afterText));
        }
    }

    @Override
    int on(DeskBackEnd desk) {
        ObjectMapper json = desk.types().json();
        long position = after;
        StringBuilder lines = new StringBuilder();
        while (true) {
            List<RecordedEvent> page = desk.log().readAfter(position, PAGE);
            if (page.isEmpty()) {
                return DeskMaintenance.DONE;
            }
            lines.setLength(0);
            for (RecordedEvent event : page) {
                lines.append(line(json, event)).append('\n');
                position = event.position();
            }
            // One write per page: the writer flushes on every println, which a million lines would feel.
            out.print(lines);
            out.flush();
            if (out.checkError()) {
                return DeskMaintenance.DONE; // the reader went away (| head): nothing left to say to anyone
            }
        }
    }

    private static String line(ObjectMapper json, RecordedEvent event) {
        ObjectNode node = json.valueToTree(event.envelope());
        node.put("localPosition", event.position());
        node.put("syncStatus", event.syncStatus().name());
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.id() + " cannot be written as JSON", e);
        }
    }
}
