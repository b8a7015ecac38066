package io.github.sipstatus.model;

import java.util.Locale;

/**
 * The six classes of SIP responses, named as RFC 3261 §7.2 names them. Generated code takes its
 * category constants and switch-helper method names from here, so the names live in one place.
 */
public enum ResponseClass {
    PROVISIONAL(1, "Provisional"),
    SUCCESS(2, "Success"),
    REDIRECTION(3, "Redirection"),
    CLIENT_ERROR(4, "Client Error"),
    SERVER_ERROR(5, "Server Error"),
    GLOBAL_FAILURE(6, "Global Failure");

    private final int digit;
    private final String rfcName;

    ResponseClass(int digit, String rfcName) {
        this.digit = digit;
        this.rfcName = rfcName;
    }

    /** The leading digit of the codes in this class: 1 for 1xx. */
    public int digit() {
        return digit;
    }

    /** The class name as RFC 3261 §7.2 spells it, e.g. "Client Error". */
    public String rfcName() {
        return rfcName;
    }

    /** The name in lower camel case, e.g. {@code clientError}: the switch-helper method's name. */
    public String camelName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return camel.toString();
    }

    /** The name of the predicate for this class, e.g. {@code isClientError}. */
    public String predicateName() {
        String camel = camelName();
        return "is" + Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /**
     * The code an unknown code of this class is treated as, RFC 3261 §8.1.3.2: 183 for 1xx, the x00 of
     * the class otherwise. Every client must handle these, so every table has them.
     */
    public int fallbackCode() {
        return this == PROVISIONAL ? 183 : digit * 100;
    }

    /** Final responses end a transaction: every class but 1xx (RFC 3261 §7.2). */
    public boolean isFinal() {
        return this != PROVISIONAL;
    }

    public static ResponseClass ofDigit(int digit) {
        if (digit < 1 || digit > 6) {
            throw new IllegalArgumentException("no SIP response class " + digit + "xx");
        }
        return values()[digit - 1];
    }

    public static ResponseClass ofCode(int code) {
        if (code < StatusCode.MIN_CODE || code > StatusCode.MAX_CODE) {
            throw new IllegalArgumentException("not a SIP status code: " + code);
        }
        return values()[code / 100 - 1];
    }
}
