package io.github.sipstatus.yaml;

import org.yaml.snakeyaml.nodes.Node;

/** The one schema version this plugin reads, for tables and overlays alike. */
final class SchemaVersion {

    static final int CURRENT = 1;

    private SchemaVersion() {}

    static void check(NodeReader reader, Node node) {
        reader.decimal(node, "", "schema").ifPresent(version -> {
            if (version != CURRENT) {
                reader.error(node, "schema " + version + " is not known; this plugin reads schema " + CURRENT);
            }
        });
    }
}
