package com.salondesk.persistence.mail;

import com.salondesk.persistence.runtime.RetryPolicy;
import com.salondesk.persistence.settings.PrivateSettingsFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * How this desk sends e-mail to customers: the SMTP server, port, connection security, the account (user and
 * password, both empty for a server that needs no login), the sender address, and how patiently a failing message is
 * retried. Kept in {@code mail.properties} in the data folder, readable and writable by its owner only where the file
 * system has POSIX permissions (the password is in it). A desk without the file sends no e-mail: its messages wait.
 */
public record MailSettings(String host, int port, MailSecurity security, String user, String password, String from,
                           RetryPolicy retry) {

    /** The file's name in the data folder. */
    public static final String FILE = "mail.properties";

    /** Six attempts, the first retry after a minute, then doubling up to an hour apart: about two hours in all. */
    public static final RetryPolicy STANDARD_RETRY = new RetryPolicy(6, Duration.ofMinutes(1), Duration.ofHours(1));

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    public MailSettings {
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(retry, "retry");
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        from = from == null ? "" : from.strip();
        Map<MailField, MailProblem> problems = problems(host, String.valueOf(port), security, user, password, from);
        if (!problems.isEmpty()) {
            throw new InvalidMailSettings(problems);
        }
    }

    /**
     * Settings from what a person typed, with the standard retry; {@link InvalidMailSettings} names every field that
     * is wrong, so each can be explained beside it.
     */
    public static MailSettings of(String host, String port, MailSecurity security, String user, String password,
                                  String from) {
        Map<MailField, MailProblem> problems = problems(host, port, security, user, password, from);
        if (!problems.isEmpty()) {
            throw new InvalidMailSettings(problems);
        }
        return new MailSettings(host, Integer.parseInt(port.strip()), security, user, password, from, STANDARD_RETRY);
    }

    /** What is wrong with each field of typed settings; empty when they can be used. */
    public static Map<MailField, MailProblem> problems(String host, String port, MailSecurity security, String user,
                                                       String password, String from) {
        Map<MailField, MailProblem> problems = new EnumMap<>(MailField.class);
        String h = host == null ? "" : host.strip();
        if (h.isEmpty()) {
            problems.put(MailField.HOST, MailProblem.HOST_REQUIRED);
        } else if (!HOST.matcher(h).matches()) {
            problems.put(MailField.HOST, MailProblem.HOST_INVALID);
        }
        String p = port == null ? "" : port.strip();
        if (p.isEmpty()) {
            problems.put(MailField.PORT, MailProblem.PORT_REQUIRED);
        } else if (!p.matches("[0-9]{1,9}")) {
            problems.put(MailField.PORT, MailProblem.PORT_NOT_A_NUMBER);
        } else if (Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65_535) {
            problems.put(MailField.PORT, MailProblem.PORT_OUT_OF_RANGE);
        }
        if (security == null) {
            problems.put(MailField.SECURITY, MailProblem.SECURITY_REQUIRED);
        }
        boolean hasUser = user != null && !user.isBlank();
        boolean hasPassword = password != null && !password.isEmpty();
        if (hasUser && !hasPassword) {
            problems.put(MailField.PASSWORD, MailProblem.USER_WITHOUT_PASSWORD);
        } else if (hasPassword && !hasUser) {
            problems.put(MailField.USER, MailProblem.PASSWORD_WITHOUT_USER);
        }
        String f = from == null ? "" : from.strip();
        if (f.isEmpty()) {
            problems.put(MailField.FROM, MailProblem.FROM_REQUIRED);
        } else if (!ADDRESS.matcher(f).matches()) {
            problems.put(MailField.FROM, MailProblem.FROM_INVALID);
        }
        return problems;
    }

    /** Whether the server wants a login. */
    public boolean logsIn() {
        return !user.isEmpty();
    }

    /** The same settings, retrying as {@code policy} says (tests retry in milliseconds). */
    public MailSettings withRetry(RetryPolicy policy) {
        return new MailSettings(host, port, security, user, password, from, policy);
    }

    /** The settings kept in {@code dataDir}; empty when the desk sends no e-mail. */
    public static Optional<MailSettings> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Optional<Properties> read = PrivateSettingsFile.read(dataDir, FILE, "e-mail settings");
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Properties p = read.get();
        try {
            MailSecurity security = MailSecurity.valueOf(p.getProperty("security", "").strip().toUpperCase(Locale.ROOT));
            RetryPolicy retry = new RetryPolicy(
                    Integer.parseInt(p.getProperty("retry.attempts", String.valueOf(STANDARD_RETRY.maxAttempts())).strip()),
                    duration(p, "retry.first-delay", STANDARD_RETRY.baseDelay()),
                    duration(p, "retry.max-delay", STANDARD_RETRY.maxDelay()));
            return Optional.of(new MailSettings(p.getProperty("host"), Integer.parseInt(p.getProperty("port", "").strip()),
                    security, p.getProperty("user"), p.getProperty("password"), p.getProperty("from"), retry));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("The e-mail settings in " + file + " are damaged (" + e.getMessage()
                    + "); enter them again under Settings, E-mail.", e);
        }
    }

    private static Duration duration(Properties p, String key, Duration otherwise) {
        String value = p.getProperty(key);
        return value == null ? otherwise : Duration.parse(value.strip());
    }

    /**
     * Keeps the settings in {@code dataDir}, replacing any before, atomically: a reader sees the old file or the new
     * one. The file is its owner's alone where the file system knows POSIX permissions.
     */
    public void save(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", String.valueOf(port));
        p.setProperty("security", security.name());
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("from", from);
        p.setProperty("retry.attempts", String.valueOf(retry.maxAttempts()));
        p.setProperty("retry.first-delay", retry.baseDelay().toString());
        p.setProperty("retry.max-delay", retry.maxDelay().toString());
        PrivateSettingsFile.write(dataDir, FILE, p, "SalonDesk e-mail: the mail server this desk sends customer"
                + " messages through. Keep private.", "e-mail settings");
    }

    /** Never shows the password: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "MailSettings[" + security + " " + host + ":" + port + (logsIn() ? ", user=" + user + ", password=…" : "")
                + ", from=" + from + ", retry=" + retry + "]";
    }
}
