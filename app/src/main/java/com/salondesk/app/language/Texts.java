package com.salondesk.app.language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way the app gets the words a person reads: every label, prompt, message and status line is a key
 * in the bundle {@code com/salondesk/app/texts} (English) with a translation beside it ({@code texts_de}).
 * Views give {@link #bundle()} to their FXML ({@code text="%key"}); Java code calls {@link #get}.
 *
 * <p>The locale is the desk's, chosen once before the first window opens ({@link #use}); like
 * {@link Locale#getDefault()}, which it also sets so JavaFX's own controls (the date picker's calendar, the
 * dialogs' OK and Cancel) speak the same language, it is process-wide.
 */
public final class Texts {

    static final String BUNDLE = "com.salondesk.app.texts";
    /** Without this, a missing English bundle entry would be looked for in the default locale's bundle first. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale;

    private Texts() {
    }

    /** Makes {@code chosen} (completed with a country, see {@link DeskLocale#complete}) the desk's locale. */
    public static void use(Locale chosen) {
        Locale completed = DeskLocale.complete(chosen);
        locale = completed;
        Locale.setDefault(completed);
    }

    /** The desk's locale: the one last {@linkplain #use used}, else the JVM's, completed with a country. */
    public static Locale locale() {
        Locale current = locale;
        return current != null ? current : DeskLocale.complete(Locale.getDefault());
    }

    public static ResourceBundle bundle() {
        return bundle(locale());
    }

    /** The bundle for a given locale; English where there is no translation into its language. */
    public static ResourceBundle bundle(Locale in) {
        return ResourceBundle.getBundle(BUNDLE, in, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * The text of {@code key}. With arguments the text is a {@link MessageFormat} pattern (numbers and dates
     * in it follow the locale; an apostrophe is written twice); without, it is used as it stands, as in FXML.
     */
    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for '" + key + "' in " + BUNDLE, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }
}
