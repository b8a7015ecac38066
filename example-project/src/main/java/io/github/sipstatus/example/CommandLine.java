package io.github.sipstatus.example;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * The parsed arguments: {@code [--locale TAG] [--format text|json] [--file TRACE]... [--help] [--] [CODE | STATUS-LINE]...}.
 *
 * @param files  traces to read, {@code -} for stdin; empty with no inputs means "read stdin"
 * @param inputs codes and status lines to explain
 */
public record CommandLine(Locale locale, boolean help, Format format, List<String> files, List<String> inputs) {

    /** How the explanations, of codes or of the calls in a trace, are written. */
    public enum Format {
        TEXT, JSON
    }

    /** English unless asked otherwise; never the JVM default, so the output does not depend on the machine. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    public static CommandLine parse(String... args) throws UsageException {
        Locale locale = DEFAULT_LOCALE;
        boolean help = false;
        Format format = Format.TEXT;
        List<String> files = new ArrayList<>();
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
            } else if (arg.equals("--format") || arg.startsWith("--format=")) {
                format = parseFormat(optionValue(args, arg, "--format", i, "--format needs text or json"));
                i += arg.equals("--format") ? 1 : 0;
            } else if (arg.equals("--file") || arg.startsWith("--file=")) {
                files.add(optionValue(args, arg, "--file", i, "--file needs a file name, or - for standard input"));
                i += arg.equals("--file") ? 1 : 0;
            } else if (arg.equals("-")) {
                files.add(arg);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        if (!files.isEmpty() && !inputs.isEmpty()) {
            throw new UsageException("give either codes or traces (--file), not both");
        }
        return new CommandLine(locale, help, format, List.copyOf(files), List.copyOf(inputs));
    }

    /** Whether a trace is read (from files or stdin) rather than codes from the arguments. */
    public boolean readsTrace() {
        return inputs.isEmpty();
    }

    private static String optionValue(String[] args, String arg, String option, int i, String missing) throws UsageException {
        if (arg.startsWith(option + "=")) {
            return arg.substring(option.length() + 1);
        }
        if (i + 1 == args.length) {
            throw new UsageException(missing);
        }
        return args[i + 1];
    }

    private static Format parseFormat(String value) throws UsageException {
        return switch (value) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw new UsageException("--format needs text or json, not \"" + value + "\"");
        };
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
