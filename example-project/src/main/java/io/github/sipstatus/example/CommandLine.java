package io.github.sipstatus.example;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * The parsed arguments: {@code [--locale TAG] [--help] [--] [CODE | STATUS-LINE]...}.
 *
 * @param inputs codes and status lines to explain; empty means "read stdin"
 */
public record CommandLine(Locale locale, boolean help, List<String> inputs) {

    /** English unless asked otherwise; never the JVM default, so the output does not depend on the machine. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    public static CommandLine parse(String... args) throws UsageException {
        Locale locale = DEFAULT_LOCALE;
        boolean help = false;
        List<String> inputs = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-")) {
                inputs.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--locale")) {
                if (i + 1 == args.length) {
                    throw new UsageException("--locale needs a language tag, e.g. --locale nl");
                }
                locale = parseLocale(args[++i]);
            } else if (arg.startsWith("--locale=")) {
                locale = parseLocale(arg.substring("--locale=".length()));
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return new CommandLine(locale, help, List.copyOf(inputs));
    }

    private static Locale parseLocale(String tag) throws UsageException {
        // Locale.forLanguageTag accepts anything (it returns the empty locale for garbage); the builder validates.
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new UsageException("--locale needs a language tag, e.g. --locale nl");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new UsageException("\"" + tag + "\" is not a BCP 47 language tag (try nl, nl-BE or en)");
        }
    }

    /** A mistake in the options themselves; reported in English because the locale may be what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }
}
