/**
 * Reads YAML tables into the {@code model}, checking everything on the way.
 *
 * <p>SnakeYAML's {@code compose()} gives nodes that remember their line and column; nothing here
 * ever lets SnakeYAML construct Java objects, so no tag in a file can run code. Every problem is
 * collected as a {@code Diagnostic} at its position, and a model is built only when there are none.
 */
package io.github.sipstatus.yaml;
