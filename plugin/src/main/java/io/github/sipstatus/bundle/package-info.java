/**
 * Writes the table's texts as {@code .properties} resource bundles, one per locale plus the base.
 *
 * <p>The files are ASCII with Unicode escapes, keys in code order, LF line endings and no
 * timestamp, so every Java version reads the same text and the same table gives the same bytes.
 * Pure functions of the model: no I/O here.
 */
package io.github.sipstatus.bundle;
