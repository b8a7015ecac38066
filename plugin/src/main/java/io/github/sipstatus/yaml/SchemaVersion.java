package io.github.sipstatus.yaml;

import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.Node;

/** The one schema version this plugin reads, for tables and overlays alike. */
final class SchemaVersion {

    static final int CURRENT = 1;

    private SchemaVersion() {}

    static void check(NodeReader reader, Node node) {
        OptionalInt version = reader.decimal(node, "", "schema");
        if (version.isPresent() && version.getAsInt() != CURRENT) {
            reader.error(node, "schema " + version.getAsInt() + " is not known; this plugin reads schema " + CURRENT);
        }
    }
}
