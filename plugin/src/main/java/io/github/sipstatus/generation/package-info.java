/**
 * The whole run of the goal, free of Maven: request in, files on disk and a summary out.
 *
 * <p>{@link io.github.sipstatus.generation.SipStatusGenerator} reads the table ({@code yaml}), builds
 * the Java sources ({@code codegen}) and bundles ({@code bundle}) from the model, and hands them to
 * {@code output}. The Maven goal only fills in a {@link io.github.sipstatus.generation.GenerationRequest}.
 */
package io.github.sipstatus.generation;
