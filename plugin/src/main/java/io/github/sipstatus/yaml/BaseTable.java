package io.github.sipstatus.yaml;

import io.github.sipstatus.diagnostics.DiagnosticCollector;
import io.github.sipstatus.diagnostics.InvalidInputException;
import io.github.sipstatus.diagnostics.Position;
import io.github.sipstatus.input.BuiltInTable;
import io.github.sipstatus.model.ResponseClass;
import io.github.sipstatus.yaml.TableDraft.DraftCategory;
import io.github.sipstatus.yaml.TableDraft.DraftCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The built-in table that a table {@code extends}: its entries as read, and how messages name them.
 * The user never sees its file, so an entry is named by table and line, {@code built-in iana table, line 476},
 * which {@code src-data} and the plugin jar both show.
 */
final class BaseTable {

    private final BuiltInTable table;
    private final TableDraft draft;
    private final Map<Integer, DraftCode> codes = new HashMap<>();
    private final Map<ResponseClass, DraftCategory> categories = new EnumMap<>(ResponseClass.class);
    private final Map<Integer, CauseParser.DraftCause> causes = new HashMap<>();

    private BaseTable(BuiltInTable table, TableDraft draft) {
        this.table = table;
        this.draft = draft;
        for (DraftCode code : draft.codes()) {
            codes.put(code.code(), code);
        }
        for (DraftCategory category : draft.categories()) {
            categories.put(category.responseClass(), category);
        }
        for (CauseParser.DraftCause cause : draft.causes()) {
            causes.put(cause.cause(), cause);
        }
    }

    /** Reads a built-in table; the plugin's own tests keep them free of problems, so any is a broken jar. */
    static BaseTable of(BuiltInTable table) {
        DiagnosticCollector translations = new DiagnosticCollector();
        TableParser.Parsed parsed;
        try {
            parsed = TableParser.parse(table.displayName(), table.bytes(), translations);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the " + table.tableName() + " cannot be read: " + e.diagnostics(), e);
        }
        if (!parsed.draft().attributes().isEmpty()) {
            // A user's attribute names are free only while the built-in tables declare none.
            throw new IllegalStateException("the " + table.tableName() + " declares attributes of its own");
        }
        if (!parsed.problems().isEmpty() || translations.hasProblems()) {
            throw new IllegalStateException("the " + table.tableName() + " has problems: " + parsed.problems()
                    + translations.diagnostics());
        }
        return new BaseTable(table, parsed.draft());
    }

    /**
     * The base that {@code extends} names, or null when it names none (then the problem is reported). Only
     * the built-in tables can be extended: a path would need rules for relative paths and cycles, and a
     * user's own shared table can be a {@code source} of its own.
     */
    static BaseTable named(NodeReader reader, Node node) {
        Optional<String> name = reader.string(node, "", "extends");
        if (name.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (BuiltInTable table : BuiltInTable.values()) {
            if (table.parameterValue().equals(name.get())) {
                return of(table);
            }
            names.add(table.parameterValue());
        }
        String value = name.get();
        String known = BuiltInTable.parameterValues();
        if (value.contains("/") || value.contains("\\") || value.endsWith(".yaml") || value.endsWith(".yml")) {
            reader.error(node, "extends: '" + value + "' names a file; a table can extend only a built-in table, " + known);
            return null;
        }
        Optional<String> closest = Suggestions.closest(value, names);
        reader.error(node, "extends: '" + value + "' is not a built-in table"
                + (closest.isPresent() ? " (did you mean '" + closest.get() + "'?)" : "; a table can extend " + known));
        return null;
    }

    /** Inherited texts with the table's changes: the locales it gives replace the base's, the rest stay. */
    static Map<Locale, String> merge(Map<Locale, String> inherited, Map<Locale, String> changes) {
        Map<Locale, String> texts = new LinkedHashMap<>(inherited);
        texts.putAll(changes);
        return texts;
    }

    BuiltInTable table() {
        return table;
    }

    TableDraft draft() {
        return draft;
    }

    /** The base's entry for a code, or null when the code is new. */
    DraftCode code(int code) {
        return codes.get(code);
    }

    /** The base's entry for a class, or null when the base has none. */
    DraftCategory category(ResponseClass responseClass) {
        return categories.get(responseClass);
    }

    /** The base's entry for a Q.850 cause, or null when the cause is new. */
    CauseParser.DraftCause cause(int cause) {
        return causes.get(cause);
    }

    /** A place in the base as messages name it: {@code built-in iana table, line 476}. */
    String at(Position position) {
        return table.tableName() + ", line " + position.line();
    }
}
