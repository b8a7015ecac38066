package io.github.sipstatus.model;

import java.util.Locale;

/**
 * The six classes of SIP responses, named as RFC 3261 §7.2 names them. Generated code takes its
 * category constants and switch-helper method names from here, so the names live in one place.
 */
public enum ResponseClass {
    /** 1xx: the request is being processed. */
    PROVISIONAL(1, "Provisional"),
    /** 2xx: the request succeeded. */
    SUCCESS(2, "Success"),
    /** 3xx: the request should be tried elsewhere. */
    REDIRECTION(3, "Redirection"),
    /** 4xx: the request cannot be served by this server as it is. */
    CLIENT_ERROR(4, "Client Error"),
    /** 5xx: the server failed to serve a valid request. */
    SERVER_ERROR(5, "Server Error"),
    /** 6xx: the request cannot be served by any server. */
    GLOBAL_FAILURE(6, "Global Failure");

    private final int digit;
    private final String rfcName;

    ResponseClass(int digit, String rfcName) {
        this.digit = digit;
        this.rfcName = rfcName;
    }

    /**
     * The leading digit of the codes in this class.
     *
     * @return 1 for 1xx, up to 6 for 6xx
     */
    public int digit() {
        return digit;
    }

    /**
     * The class name as RFC 3261 §7.2 spells it.
     *
     * @return e.g. "Client Error"
     */
    public String rfcName() {
        return rfcName;
    }

    /**
     * The name in lower camel case: the switch-helper method's name.
     *
     * @return e.g. {@code clientError}
     */
    public String camelName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return camel.toString();
    }

    /**
     * The name of the predicate for this class.
     *
     * @return e.g. {@code isClientError}
     */
    public String predicateName() {
        String camel = camelName();
        return "is" + Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /**
     * The code an unknown code of this class is treated as, RFC 3261 §8.1.3.2: 183 for 1xx, the x00 of
     * the class otherwise. Every client must handle these, so every table has them.
     *
     * @return the fallback code
     */
    public int fallbackCode() {
        return this == PROVISIONAL ? 183 : digit * 100;
    }

    /**
     * Whether responses of this class are final: they end a transaction (RFC 3261 §7.2).
     *
     * @return {@code true} for every class but 1xx
     */
    public boolean isFinal() {
        return this != PROVISIONAL;
    }

    /**
     * The class of a leading digit.
     *
     * @param digit 1 to 6
     * @return the class
     * @throws IllegalArgumentException for any other digit
     */
    public static ResponseClass ofDigit(int digit) {
        if (digit < 1 || digit > 6) {
            throw new IllegalArgumentException("no SIP response class " + digit + "xx");
        }
        return values()[digit - 1];
    }

    /**
     * The class of a status code.
     *
     * @param code 100 to 699
     * @return the class of its leading digit
     * @throws IllegalArgumentException for a code outside that range
     */
    public static ResponseClass ofCode(int code) {
        if (code < StatusCode.MIN_CODE || code > StatusCode.MAX_CODE) {
            throw new IllegalArgumentException("not a SIP status code: " + code);
        }
        return values()[code / 100 - 1];
    }
}
