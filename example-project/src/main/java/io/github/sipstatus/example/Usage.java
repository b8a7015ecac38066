package io.github.sipstatus.example;

import java.util.List;

/** The --help text, built line by line so the option column lines up in every language. */
public final class Usage {

    private Usage() {
    }

    public static List<String> lines(UiMessages ui) {
        return List.of(
                ui.get("usage.synopsis"),
                ui.get("usage.purpose"),
                "",
                option("CODE", ui.get("usage.code")),
                option("STATUS-LINE", ui.get("usage.statusLine")),
                option("q850:CAUSE", ui.get("usage.cause")),
                option("--locale TAG", ui.get("usage.locale")),
                option("--format FMT", ui.get("usage.format")),
                option("--file TRACE", ui.get("usage.file")),
                option("-h, --help", ui.get("usage.help")),
                "",
                ui.get("usage.stdin"),
                ui.get("usage.unknown"),
                ui.get("usage.exitStatus"));
    }

    private static String option(String name, String description) {
        return "  " + name + " ".repeat(15 - name.length()) + description;
    }
}
