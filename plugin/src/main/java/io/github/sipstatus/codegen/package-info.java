/**
 * Turns a {@code model.StatusTable} into Java sources, one emitter per generated type.
 *
 * <p>Emitters are pure: a model goes in, a JavaPoet type comes out; {@link
 * io.github.sipstatus.codegen.JavaSources} renders them into ASCII-only bytes. Text from a table
 * reaches a source only as a JavaPoet argument or through {@link io.github.sipstatus.codegen.CommentText},
 * never inside a format string, so no table can break the generated code. No I/O here.
 */
package io.github.sipstatus.codegen;
