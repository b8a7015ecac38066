/**
 * Puts generated files on disk: the only package that writes into the output folders.
 *
 * <p>Generators hand it {@link io.github.sipstatus.output.GeneratedFile}s, pure bytes with a relative
 * path. It compares before it writes, so files whose bytes did not change keep their timestamps and
 * the compiler does not see them as new. It remembers each file by size and CRC-32, so the next run
 * knows, by content, whether the output is still what it wrote.
 */
package io.github.sipstatus.output;
