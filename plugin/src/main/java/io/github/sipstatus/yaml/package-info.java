/**
 * Reads YAML tables into the {@code model}, checking everything on the way.
 *
 * <p>SnakeYAML's {@code compose()} gives nodes that remember their line and column; nothing here
 * ever lets SnakeYAML construct Java objects, so no tag in a file can run code. SnakeYAML reads every
 * file: there is no second parser to keep in agreement with it. Its limits that carry no position
 * (nesting, aliases) are enforced on its events instead, where they do. Every problem is collected
 * as a {@code Diagnostic} at its position, and a model is built only when there are none.
 *
 * <p>Each section of a table has one reader: {@code TableParser} the root, {@code CodeListReader} the
 * codes, {@code CauseParser} the Q.850 causes, {@code AttributeParser} the table's own attributes (with
 * {@code AttributeDeclarationReader} for each declaration and {@code AttributeValueReader} for each value).
 *
 * <p>A table may {@code extends} a built-in one and give only its additions and changes; it is read
 * into the whole result, so everything after reading (overlays, the translation check, the model's
 * invariants) sees a table like any other.
 */
package io.github.sipstatus.yaml;
