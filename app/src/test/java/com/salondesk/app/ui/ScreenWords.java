package com.salondesk.app.ui;

import com.salondesk.app.language.BundleFiles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Reads every word the open windows show (labels, buttons, prompts, tooltips, menus, column headers, titles,
 * accessible texts) and names those that are neither German texts from the bundles — the app's, and the domain's
 * for its rejections — (after argument substitution) nor the salon's own data (names, times, dates, amounts,
 * identifiers). An English literal in a view is caught.
 */
final class ScreenWords {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** Identifiers from the log (stream ids, event types, read models) are data, not words. */
    private static final Pattern IDENTIFIER =
            Pattern.compile("[\\p{L}\\p{N}_.:@/-]*[._:@/\\p{N}-][\\p{L}\\p{N}_.:@/-]*");
    private static final String JAVAFX_TEXTS = "com/sun/javafx/scene/control/skin/resources/controls";
    private static final String TOOLTIP_OF_NODE = "javafx.scene.control.Tooltip";

    private final Set<String> literals = new HashSet<>();
    /** German texts with words of their own, their arguments matching anything. */
    private final List<Pattern> sentences = new ArrayList<>();
    /** German texts that only join arguments ("{0} · {1}"): each argument is checked in turn. */
    private final List<Pattern> joins = new ArrayList<>();
    private final Set<String> data;

    ScreenWords(Collection<String> data) {
        this.data = Set.copyOf(data);
        List<String> german = new ArrayList<>(BundleFiles.german().values());
        // A broken rule is told in the domain's own words, looked up in the desk's language.
        german.addAll(BundleFiles.germanRejections().values());
        for (String text : german) {
            if (!text.contains("{")) {
                literals.add(text);
                continue;
            }
            boolean ownWords = text.contains(",choice,") || LETTER.matcher(text.replaceAll("\\{[^{}]*}", "")).find();
            (ownWords ? sentences : joins).add(regex(text));
        }
        // JavaFX's own words (the dialogs' buttons, an empty table) come from JavaFX's bundle, in the desk's locale.
        ResourceBundle javafx = ResourceBundle.getBundle(JAVAFX_TEXTS, GERMAN);
        javafx.keySet().forEach(key -> literals.add(javafx.getString(key)));
    }

    /** What the showing windows say that is not German from the bundle, each with where it was found. */
    List<String> foreignIn(Collection<Window> windows) {
        List<String> foreign = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Window window : windows) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            if (window instanceof Stage stage) {
                check("title of a window", stage.getTitle(), foreign);
            }
            walk(window.getScene().getRoot(), foreign, seen);
        }
        return foreign;
    }

    /** Whether a text is made only of the bundle's German and the salon's data. */
    boolean isGermanOrData(String text) {
        for (String line : text.split("\n")) {
            if (!lineOk(line.strip())) {
                return false;
            }
        }
        return true;
    }

    private boolean lineOk(String text) {
        if (text.isEmpty() || !LETTER.matcher(text).find() || data.contains(text) || literals.contains(text)
            || IDENTIFIER.matcher(text).matches() || isDateOrTime(text)) {
            return true;
        }
        for (Pattern sentence : sentences) {
            if (sentence.matcher(text).matches()) {
                return true;
            }
        }
        for (Pattern join : joins) {
            Matcher m = join.matcher(text);
            if (m.matches()) {
                boolean all = true;
                for (int g = 1; g <= m.groupCount() && all; g++) {
                    all = lineOk(m.group(g).strip());
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    private void walk(Node node, List<String> foreign, Map<Object, Boolean> seen) {
        if (!node.isVisible() || seen.put(node, true) != null) {
            return;
        }
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        if (node instanceof Labeled labeled) {
            check(where, labeled.getText(), foreign);
        }
        if (node instanceof TextInputControl input) {
            check(where + " prompt", input.getPromptText(), foreign);
        }
        if (node instanceof ComboBoxBase<?> combo) {
            check(where + " prompt", combo.getPromptText(), foreign);
        }
        check(where + " accessible text", node.getAccessibleText(), foreign);
        Tooltip tooltip = node instanceof Control control && control.getTooltip() != null ? control.getTooltip()
                : node.getProperties().get(TOOLTIP_OF_NODE) instanceof Tooltip installed ? installed : null;
        if (tooltip != null) {
            check(where + " tooltip", tooltip.getText(), foreign);
        }
        if (node instanceof TableView<?> table) {
            for (TableColumnBase<?, ?> column : table.getColumns()) {
                check(where + " column", column.getText(), foreign);
            }
        }
        if (node instanceof MenuButton menu) {
            items(where, menu.getItems(), foreign);
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            items(where + " context menu", control.getContextMenu().getItems(), foreign);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, foreign, seen);
            }
        }
    }

    private void items(String where, List<MenuItem> items, List<String> foreign) {
        for (MenuItem item : items) {
            check(where + " item" + (item.getId() == null ? "" : " #" + item.getId()), item.getText(), foreign);
            if (item instanceof Menu menu) {
                items(where, menu.getItems(), foreign);
            }
        }
    }

    private void check(String where, String text, List<String> foreign) {
        if (text != null && !isGermanOrData(text)) {
            foreign.add(where + ": \"" + text + "\"");
        }
    }

    private static boolean isDateOrTime(String text) {
        List<Function<String, ?>> parsers = new ArrayList<>();
        for (FormatStyle style : FormatStyle.values()) {
            parsers.add(t -> LocalDate.parse(t, DateTimeFormatter.ofLocalizedDate(style).withLocale(GERMAN)));
        }
        parsers.add(t -> LocalDateTime.parse(t, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(GERMAN)));
        parsers.add(t -> LocalTime.parse(t, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(GERMAN)));
        for (Function<String, ?> parser : parsers) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return false;
    }

    /** A MessageFormat pattern as a regular expression: its words literally, each choice's texts, any argument. */
    private static Pattern regex(String pattern) {
        return Pattern.compile(regexOf(pattern), Pattern.DOTALL);
    }

    private static String regexOf(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                literal.append('\'');
                i += 2;
            } else if (c == '\'') {
                quoted = !quoted;
                i++;
            } else if (c == '{' && !quoted) {
                int end = closing(pattern, i);
                regex.append(Pattern.quote(literal.toString())).append(argument(pattern.substring(i + 1, end)));
                literal.setLength(0);
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }

    /** "{2,choice,0#none|1#one|1<{2} more}" may read as any of its texts; any other argument as anything. */
    private static String argument(String argument) {
        String[] parts = argument.split(",", 3);
        if (parts.length < 3 || !parts[1].strip().equals("choice")) {
            return "(.*?)";
        }
        List<String> options = new ArrayList<>();
        int depth = 0;
        int from = 0;
        String choices = parts[2];
        for (int i = 0; i <= choices.length(); i++) {
            char c = i < choices.length() ? choices.charAt(i) : '|';
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '|' && depth == 0) {
                String option = choices.substring(from, i);
                int mark = option.replaceAll("[<≤]", "#").indexOf('#');
                options.add(regexOf(option.substring(mark + 1)));
                from = i + 1;
            }
        }
        return "(?:" + String.join("|", options) + ")";
    }

    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            depth += pattern.charAt(i) == '{' ? 1 : pattern.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in " + pattern);
    }
}
