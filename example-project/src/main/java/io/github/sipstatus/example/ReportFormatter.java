package io.github.sipstatus.example;

import io.github.sipstatus.sip.Q850Cause;
import io.github.sipstatus.sip.SipStatus;
import io.github.sipstatus.sip.SipStatusCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns explanations, errors and counts into output lines in one language. Pure: no printing here. */
public final class ReportFormatter {

    private final UiMessages ui;
    private final Locale locale;

    public ReportFormatter(UiMessages ui) {
        this.ui = ui;
        this.locale = ui.locale();
    }

    /** Between the parts of {@link #policy(SipStatus)}. */
    private static final String POLICY_SEPARATOR = " \u00b7 ";

    /**
     * For example:
     * <pre>
     * 486 Busy Here (Client Error)
     *   Message: Busy here
     *   Hint:    called party's equipment busy
     *   Policy:  Counts as: busy · Dialer retries: yes · Escalate: no
     *   Advice:  Retry later: ...
     * </pre>
     * and, when the line came with a reason phrase of its own, a line {@code Received: SIP/2.0 486 Nope}.
     */
    public List<String> explanation(Explanation explanation) {
        return explanation(explanation, Optional.empty(), List.of());
    }

    /** A row of a block: a label and its text, lined up with the others. */
    public record Row(String label, String text) {
    }

    /**
     * The block of {@link #explanation(Explanation)}, with the hint replaced when the context says more than the
     * table, and extra rows (Retry-After, Reason, challenge) before the policy and the advice. The policy is
     * shown for final responses only: a provisional one ends no call.
     */
    public List<String> explanation(Explanation explanation, Optional<String> hintOverride, List<Row> extra) {
        List<String> lines = new ArrayList<>(headline(explanation));
        SipStatus status = explanation.status();
        List<Row> rows = new ArrayList<>();
        explanation.receivedWithOwnPhrase().ifPresent(line -> rows.add(new Row(ui.get("label.received"), line.toString())));
        rows.add(new Row(ui.get("label.message"), status.message(locale)));
        Optional<String> hint = hintOverride.isPresent() ? hintOverride : status.hint(locale);
        hint.ifPresent(text -> rows.add(new Row(ui.get("label.hint"), text)));
        rows.addAll(extra);
        if (status.isFinal()) {
            rows.add(new Row(ui.get("label.policy"), policy(status)));
        }
        rows.add(new Row(ui.get("label.advice"), ui.advice(explanation.advice())));
        int width = 0;
        for (Row row : rows) {
            width = Math.max(width, row.label().length());
        }
        for (Row row : rows) {
            lines.add(labelled(row.label(), width + 2, row.text())); // ":" and one space after the longest label
        }
        return lines;
    }

    /**
     * The support desk's policy for a status, as the table's own attributes give it:
     * {@code Counts as: busy · Dialer retries: yes · Escalate: no}, then {@code · Ticket queue: noc} for a status
     * that has a queue. A code the table lacks has the policy of the status it is treated as (499 that of 400).
     */
    public String policy(SipStatus status) {
        StringBuilder text = new StringBuilder(ui.format("policy.countsAs", ui.countsAs(status.outcome())));
        text.append(POLICY_SEPARATOR).append(ui.format("policy.retries", yesNo(status.retryable())));
        text.append(POLICY_SEPARATOR).append(ui.format("policy.escalate", yesNo(status.escalate())));
        status.ticketQueue().ifPresent(queue -> text.append(POLICY_SEPARATOR).append(ui.format("policy.ticketQueue", queue)));
        return text.toString();
    }

    private String yesNo(boolean value) {
        return ui.get(value ? "policy.yes" : "policy.no");
    }

    /**
     * A Q.850 cause from the phone network, as the table maps it (RFC 3398 §7.2.4.1), for example:
     * <pre>
     * Q.850 cause 17: User busy
     *   Message: User busy
     *   SIP:     486 Busy Here
     * </pre>
     */
    public List<String> cause(int value) {
        List<String> lines = new ArrayList<>();
        Optional<Q850Cause> listed = Q850Cause.of(value);
        List<Row> rows = new ArrayList<>();
        if (listed.isPresent()) {
            // The name stays as Q.850 writes it: it is protocol text, the text of a Reason header.
            lines.add(ui.format("cause.title", String.valueOf(value), listed.get().text()));
            rows.add(new Row(ui.get("label.message"), listed.get().message(locale)));
        } else {
            lines.add(ui.format(value == 0 ? "cause.notACause" : "cause.notInTable", String.valueOf(value)));
        }
        Optional<SipStatus> response = Q850Cause.toSipStatus(value);
        rows.add(new Row(ui.get("label.sip"), response.isPresent()
                ? response.get().code() + " " + response.get().reasonPhrase()
                        + (listed.isPresent() ? "" : " " + ui.get("cause.rfcDefault"))
                : ui.get(value == 0 ? "cause.noAnswer" : value == 16 ? "cause.clearing" : "cause.noResponse")));
        int width = 0;
        for (Row row : rows) {
            width = Math.max(width, row.label().length());
        }
        for (Row row : rows) {
            lines.add(labelled(row.label(), width + 2, row.text()));
        }
        return lines;
    }

    /**
     * The status in one line, after the RFC 3261 §8.1.3.2 note for a code the table lacks; for a provisional
     * response in a call that is all there is, with the received line when its phrase is its own.
     */
    public List<String> headline(Explanation explanation) {
        SipStatus status = explanation.status();
        List<String> lines = new ArrayList<>();
        if (explanation.isResolvedFromUnknownCode()) {
            lines.add(ui.format("resolved", String.valueOf(explanation.receivedCode()),
                    String.valueOf(status.code()), status.reasonPhrase()));
        }
        // The reason phrase stays English: it is protocol text, the same as in the trace.
        lines.add(status.code() + " " + status.reasonPhrase() + " (" + status.category().title(locale) + ")");
        return lines;
    }

    /** One line for stderr, quoting the input so that it can be found in a long trace. */
    public String error(ParsedInput.Invalid invalid) {
        return "sip-explain: " + errorText(invalid);
    }

    /** The text of {@link #error}, without the program's name: what a JSON document says about the input. */
    public String errorText(ParsedInput.Invalid invalid) {
        String key = switch (invalid.problem()) {
            case NOT_A_STATUS_CODE -> "error.notAStatusCode";
            case OUT_OF_RANGE -> "error.outOfRange";
            case CAUSE_OUT_OF_RANGE -> "error.causeOutOfRange";
            case MALFORMED_STATUS_LINE -> "error.malformedStatusLine";
        };
        // The parser's detail is English, as protocol errors are; it quotes the line itself.
        return ui.format(key, invalid.input().strip(), invalid.detail());
    }

    /** The header line, then one line per class that occurred, with the counts in a column. */
    public List<String> summary(CategoryCounts counts) {
        List<String> lines = new ArrayList<>();
        lines.add(ui.format("summary.title", String.valueOf(counts.total())));
        Map<SipStatusCategory, Integer> byCategory = counts.asMap();
        int width = byCategory.keySet().stream().mapToInt(c -> c.title(locale).length()).max().orElse(0) + 2;
        byCategory.forEach((category, count) ->
                lines.add("  " + padRight(category.title(locale), width) + count));
        return lines;
    }

    private static String labelled(String label, int width, String text) {
        return "  " + padRight(label + ":", width) + text;
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

}
